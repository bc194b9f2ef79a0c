"""Held-out 20: blind report-text de-identification set (issue 14)."""
