"""What the Streamlit app computes, as plain, tested functions.

Uploads, cache keys, merged tables, corrections from buttons, undo, labels and the
ground of the day shown.
"""
