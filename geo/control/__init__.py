"""Who held the ground: control layers, their composition by date, and the spatial join."""
