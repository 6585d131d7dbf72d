"""The build of a corpus in batches, spooled to GeoParquet parts and written out part by part."""
