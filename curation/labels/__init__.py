"""Per-report disease labels (the 18 CT-RATE labels and RATE-style abdominal questions): rules and LLM."""
