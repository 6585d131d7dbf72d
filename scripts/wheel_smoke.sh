#!/bin/sh
# Install a built wheel into a fresh virtualenv outside the checkout and run each command
# from an unrelated working folder: build, map, join and app. Usage: wheel_smoke.sh WHEEL
set -eu
wheel=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
python=${PYTHON:-python3}
work=$(mktemp -d)
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT INT TERM
cd "$work"
$python -m venv venv
venv/bin/python -m pip install --quiet --disable-pip-version-check "$wheel"
sm=venv/bin/strikemap
samples=$(venv/bin/python -c "from geo.resources import seeds_dir; print(seeds_dir())")
mkdir -p reports && cp "$samples"/*.txt "$samples"/manifest.csv reports/
echo "wheel smoke test in a fresh virtualenv, working folder outside the checkout"
set -x
$sm build reports --out out -q
test -s out/strikes.geojson && test -s out/strikes.csv && test -s out/map.html
$sm map reports --out map.html --title "Smoke test"
test -s map.html
printf 'latitude,longitude,event_date\n35.131,36.757,2015-10-07\n35.95,39.01,2016-01-10\n' > points.csv
$sm join points.csv --out joined.csv
grep -q controlled_by joined.csv
set +x
port=$(venv/bin/python -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
$sm app --port "$port" --address 127.0.0.1 > app.log 2>&1 &
app_pid=$!
ok=""
for _ in $(seq 1 60); do
  if venv/bin/python - "$port" <<'PY' 2>/dev/null
import sys, urllib.request
base = f"http://127.0.0.1:{sys.argv[1]}"
assert urllib.request.urlopen(base + "/_stcore/health", timeout=2).read() == b"ok"
js = urllib.request.urlopen(base + "/app/static/vendor/leaflet/dist/leaflet.js", timeout=2).read()
assert len(js) > 10000
PY
  then ok=1; break; fi
  kill -0 "$app_pid" 2>/dev/null || break
  sleep 1
done
if [ -z "$ok" ]; then echo "strikemap app did not serve the app and its assets"; cat app.log; exit 1; fi
echo "+ strikemap app: health ok, front-end assets served from the package"
echo "wheel smoke test passed"
