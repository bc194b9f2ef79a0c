"""Held-out 26: blind report-text de-identification set (issue 14)."""
