"""Radiology reports: load report tables, link them to studies, de-identify, structure."""
