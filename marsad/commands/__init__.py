"""CLI commands that span several areas."""
