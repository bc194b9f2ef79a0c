"""Held-out 22: blind report-text de-identification set (issue 14)."""
