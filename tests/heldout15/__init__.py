"""Held-out 15: blind report-text de-identification set (issue 14)."""
