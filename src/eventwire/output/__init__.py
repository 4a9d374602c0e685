"""Writing event records: JSONL (the contract), JSON, and a table for people."""
