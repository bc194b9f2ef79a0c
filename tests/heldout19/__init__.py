"""Held-out 19: blind report-text de-identification set (issue 14)."""
