"""Held-out 13: blind report-text de-identification set (issue 14)."""
