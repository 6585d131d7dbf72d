"""Geocoding: struck place names to points, offline through the Syrian gazetteer by default."""
