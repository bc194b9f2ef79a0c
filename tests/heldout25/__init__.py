"""Held-out 25: blind report-text de-identification set (issue 14)."""
