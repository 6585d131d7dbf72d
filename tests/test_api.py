import subprocess
import sys

import geo


def test_all_names_resolve():
    for name in geo.__all__:
        assert getattr(geo, name) is not None, name


def test_all_is_sorted_and_complete():
    assert geo.__all__ == sorted(geo.__all__)
    assert "build" in geo.__all__ and "extract_events" in geo.__all__


def test_import_is_cheap():
    code = "import sys, geo; print('folium' in sys.modules, 'streamlit' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
