"""spaCy loading and the per-paragraph parse the extractors read."""
