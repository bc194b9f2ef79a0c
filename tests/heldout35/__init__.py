"""Held-out 35: blind report-text de-identification set (issue 14)."""
