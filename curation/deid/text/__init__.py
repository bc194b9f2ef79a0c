"""De-identification of report text: dictionary, rules and a spaCy rule pipeline."""
