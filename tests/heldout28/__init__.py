"""Held-out 28: blind report-text de-identification set (issue 14)."""
