"""eventwire store commands (being written)."""
