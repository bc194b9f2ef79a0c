"""De-identification: DICOM attributes (PS3.15 Annex E) and free text."""
