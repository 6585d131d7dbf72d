"""The strikemap app in a checkout: ``streamlit run streamlit_app.py`` (``make run``).

The page itself ships inside the package (``geo/app/streamlit_app.py``) so that
``strikemap app`` serves the same page from an installed wheel; this file runs it
on every Streamlit rerun. ``.streamlit/config.toml`` turns on static file serving
for the map's front-end files in ``static/vendor``.
"""

import runpy

from geo.app.launch import APP_SCRIPT

runpy.run_path(str(APP_SCRIPT), run_name="__main__")
