"""Held-out 24: a blind report-text de-identification set for `radcurate scrub-text` (issue 14)."""
