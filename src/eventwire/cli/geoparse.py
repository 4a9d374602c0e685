"""eventwire geoparse commands (being written)."""
