# strikemap: `make run` serves the app on the bundled seeds; `make test` runs the tests.
# Both set everything up first (virtualenv, Python packages, front-end assets).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
OUT    := out
PORT   ?= 8501

.PHONY: setup run build test test-fast test-browser lint format bench screenshot layers gazetteer clean

setup: $(VENV)/.installed static/vendor/.installed

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

# The app serves them from static/vendor (Streamlit static serving).
static/vendor/.installed: node_modules/.installed $(VENV)/.installed geo/output/assets.py
	$(PY) -m geo.output.assets install
	@touch $@

build: setup
	$(BIN)/strikemap build seeds --out $(OUT)

run: build
	$(BIN)/streamlit run streamlit_app.py --server.port $(PORT)

test: setup
	$(BIN)/pytest

test-fast: setup
	$(BIN)/pytest -m "not browser"

test-browser: setup
	$(BIN)/pytest -m browser

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

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
	rm -rf $(OUT) .pytest_cache .ruff_cache
