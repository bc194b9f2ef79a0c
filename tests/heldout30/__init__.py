"""Held-out 30: blind report-text de-identification set (issue 14)."""
