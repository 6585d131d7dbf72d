# strikemap: `make run` serves the app on the bundled seeds; `make test` runs the tests.
# Both set everything up first (virtualenv, Python packages, front-end assets).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
OUT    := out
PORT   ?= 8501

.PHONY: setup browser run build test test-fast test-browser lint typecheck format wheel wheel-smoke \
	bench screenshot layers gazetteer clean

VENDOR := geo/app/static/vendor

setup: $(VENV)/.installed $(VENDOR)/.installed

$(VENV)/.installed: pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $@

# Leaflet, jQuery, Bootstrap, Font Awesome and the Leaflet plugins come from the npm
# registry (package-lock.json pins them) and are served locally: no CDN at run time.
node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || sh scripts/install_system_packages.sh npm
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

# The app serves them from static/vendor beside its script (Streamlit static serving): the
# packaged app's geo/app/static/vendor, mirrored to static/vendor for the top-level script.
$(VENDOR)/.installed: node_modules/.installed $(VENV)/.installed geo/output/assets.py
	$(PY) -m geo.output.assets install
	@touch $@

# Debian's chromium for the browser tests (installed as root, like npm above).
browser:
	@sh scripts/install_system_packages.sh chromium

build: setup
	$(BIN)/strikemap build seeds --out $(OUT)

run: build
	$(BIN)/streamlit run streamlit_app.py --server.port $(PORT)

# Two workers, one per core; the tests of a file stay on one worker (module fixtures).
PYTEST_JOBS ?= -n 2 --dist loadfile

test: setup browser
	$(BIN)/pytest $(PYTEST_JOBS)

test-fast: setup
	$(BIN)/pytest $(PYTEST_JOBS) -m "not browser"

test-browser: setup browser
	$(BIN)/pytest $(PYTEST_JOBS) -m browser

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

typecheck: setup
	$(BIN)/mypy

# A wheel carrying the layers, the sample reports, the gazetteer and the front-end files.
wheel: setup
	rm -rf dist
	$(PY) -m pip wheel --quiet --no-deps --wheel-dir dist .

# Install the wheel in a fresh virtualenv outside the checkout and run every command there.
wheel-smoke: wheel
	sh scripts/wheel_smoke.sh dist/strikemap-*.whl

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: setup
	$(PY) -m bench

screenshot: setup
	$(PY) -m scripts.screenshot docs/screenshot.png

# Maintainer tools: rebuild committed data from the reference sources.
gazetteer: setup
	$(PY) scripts/build_gazetteer.py

layers: setup
	$(PY) scripts/draw_layers.py areas $(if $(SHARED),--shared $(SHARED))
	$(PY) scripts/draw_layers.py control

clean:
	rm -rf $(OUT) dist build .pytest_cache .ruff_cache .mypy_cache
