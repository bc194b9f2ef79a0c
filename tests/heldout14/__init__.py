"""Held-out 14: blind report-text de-identification set (issue 14)."""
