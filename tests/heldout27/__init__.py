"""Held-out 27: blind report-text de-identification set (issue 14)."""
