"""Signals of practice writes that a row's own post_save cannot give."""

from django.dispatch import Signal

# Sent inside the writing transaction once a session and all its exercises are stored
# (the exercises go in one bulk insert, which sends no post_save): `session` is the row.
session_stored = Signal()
