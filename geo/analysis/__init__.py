"""Analysis of joined events: claims against the ground, incidents, figures and filters."""
