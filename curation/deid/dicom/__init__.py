"""De-identification of DICOM attributes: the PS3.15 Annex E profile and its options."""
