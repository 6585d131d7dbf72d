"""Reading inputs: report texts with their metadata, and existing point tables."""
