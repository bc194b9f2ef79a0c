"""Held-out 16: blind report-text de-identification set (issue 14)."""
