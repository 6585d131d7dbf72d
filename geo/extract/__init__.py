"""Extraction: report text in, strike events with provenance out (no I/O)."""
