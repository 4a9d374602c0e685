"""Reliability: bad inputs, properties, kill -9, API hardening."""
