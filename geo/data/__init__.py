"""Data shipped with strikemap: the gazetteer, its aliases and front-end scripts."""
