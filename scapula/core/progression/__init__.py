"""Adaptive progression: continue, progress, regress, stop or refer, from pain after sessions."""

from scapula.core.progression.rules import DECISIONS, Decision, SessionPain, decide, step_down

__all__ = ["DECISIONS", "Decision", "SessionPain", "decide", "step_down"]
