"""Control layers and basemap of strikemap, shipped as package data (``geo._layers``)."""
