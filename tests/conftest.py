"""Shared test set-up. Django is set up only by the conftests of the folders that need it
(tests/web, tests/cli, tests/browser), so `pytest tests/core` runs without it."""
