"""eventwire evaluate commands (being written)."""
