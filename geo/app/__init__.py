"""The analyst's app: the Streamlit page and what it computes, as plain, tested functions.

Uploads, cache keys, merged tables, corrections from buttons, undo, labels and the
ground of the day shown; ``launch`` serves the packaged page (``streamlit_app.py``).
"""
