"""Held-out 12: blind report-text de-identification set (issue 14)."""
