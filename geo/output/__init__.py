"""Outputs: files in every format, the folium map and its front-end assets."""
