"""Data shipped with strikemap: gazetteer, aliases, code labels and front-end scripts."""
