"""The analyst's app: the Streamlit page and what it needs, as plain functions."""
