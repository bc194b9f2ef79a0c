"""Held-out 21: blind report-text de-identification set (issue 14)."""
