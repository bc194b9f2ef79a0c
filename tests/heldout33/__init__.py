"""Held-out 33: blind report-text de-identification set (issue 14)."""
