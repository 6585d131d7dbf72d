"""The package ships its data and finds it with importlib.resources, from any folder."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

from geo.resources import data_dir, layers_dir, seeds_dir

ROOT = Path(__file__).resolve().parent.parent


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_subpackage_is_listed_for_the_wheel():
    listed = set(_pyproject()["tool"]["setuptools"]["packages"])
    on_disk = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "geo").rglob("__init__.py")
        if "static" not in p.parts
    }
    assert on_disk <= listed, f"not listed in pyproject.toml: {sorted(on_disk - listed)}"


def test_package_data_is_found_through_the_package():
    assert (layers_dir() / "control").is_dir()
    assert any((layers_dir() / "basemap").glob("*.geojson"))
    assert (data_dir() / "gazetteer.csv").is_file()
    assert sorted(p.suffix for p in seeds_dir().iterdir() if p.suffix == ".txt")


def test_resources_resolve_from_another_working_folder(tmp_path):
    code = (
        "from geo.resources import layers_dir; from geo.control.layers import load_layers; "
        "print(len(load_layers(layers_dir() / 'control')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert int(out.stdout.strip()) > 0
