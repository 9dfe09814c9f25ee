"""Clinic mode: invitations, who may see whose records, the audit log, summaries and alerts."""
