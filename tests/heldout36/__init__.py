"""Held-out 36: blind report-text de-identification set (issue 14)."""
