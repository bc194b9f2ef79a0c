"""Held-out 17: blind report-text de-identification set (issue 14)."""
