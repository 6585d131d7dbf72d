"""strikemap: map air-strike reports against who held the ground."""
