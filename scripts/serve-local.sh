#!/usr/bin/env bash
# Serves a model bundle locally: the inference API on 127.0.0.1:8000 and the UI on 127.0.0.1:8080
# (the UI's web server proxies /api to the API), until Ctrl-C. The end of `make start`.
#   bash scripts/serve-local.sh [--project <name>] [<bundle dir>]
# Without a bundle dir, serves the newest successful run's bundle (runs/<UTC timestamp>-<project>/
# bundles/<version>/), of <project> when given. Ports: SLIPWAY_API_PORT, SLIPWAY_UI_PORT.
set -euo pipefail

cd "$(dirname "$0")/.."
api_port="${SLIPWAY_API_PORT:-8000}"
ui_port="${SLIPWAY_UI_PORT:-8080}"
python=ml/.venv/bin/python
project=""
bundle=""

fail() {
  printf 'error: %s\n' "$1" >&2
  exit 2
}

while [ $# -gt 0 ]; do
  case "$1" in
    --project) [ $# -ge 2 ] || fail "--project needs a project name, e.g. --project house-prices"; project="$2"; shift 2 ;;
    -h | --help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) fail "unknown option $1; use --project <name> and/or a bundle folder" ;;
    *) bundle="$1"; shift ;;
  esac
done

newest_bundle() {
  local run
  # Timestamped names sort in time order; failed runs end in .failed and are skipped.
  run=$(find runs -mindepth 1 -maxdepth 1 -type d -name "*-${project:-*}" ! -name '*.failed' 2>/dev/null | sort | tail -n 1)
  [ -n "$run" ] || fail "no successful run${project:+ of $project} under runs/; run the pipeline first (make start, or npm run pipeline -- --project <name>)"
  find "$run/bundles" -mindepth 1 -maxdepth 1 -type d 2>/dev/null | sort | tail -n 1
}

[ -n "$bundle" ] || bundle=$(newest_bundle)
[ -n "$bundle" ] || fail "the newest run has no bundles/<version>/ folder; run the pipeline again"
[ -f "$bundle/model.joblib" ] || fail "$bundle: no model.joblib there; give a bundle folder (runs/<run>/bundles/<version>/)"
[ -x "$python" ] || fail "$python is missing; run make install"

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
port_in_use "$api_port" && fail "port $api_port is in use; stop what listens there or set SLIPWAY_API_PORT"
port_in_use "$ui_port" && fail "port $ui_port is in use; stop what listens there or set SLIPWAY_UI_PORT"

# Rebuild the UI when a source file is newer than the build (or there is none).
if [ ! -f ui/dist/index.html ] || [ ! -f ui/server-dist/main.js ] ||
  [ -n "$(find ui/src ui/server ui/index.html ui/vite.config.ts ui/tsconfig.server.json -newer ui/dist/index.html -print -quit)" ]; then
  echo "Building the UI (npm run build -w ui)..."
  npm run --silent build -w ui >/dev/null
fi

pids=()
# shellcheck disable=SC2317  # reached through the EXIT trap
stop_all() {
  trap - EXIT INT TERM
  if [ ${#pids[@]} -gt 0 ]; then
    echo "Stopping the API and the UI..."
    kill "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
  fi
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

logs="${TMPDIR:-/tmp}/slipway-serve-local"
mkdir -p "$logs"
"$python" -m slipway_ml serve --bundle "$bundle" --host 127.0.0.1 --port "$api_port" >"$logs/api.log" 2>&1 &
pids+=($!)
PORT="$ui_port" HOST=127.0.0.1 SLIPWAY_API_URL="http://127.0.0.1:$api_port" node ui/server-dist/main.js >"$logs/ui.log" 2>&1 &
pids+=($!)

answers_ok() {
  node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$1"
}

# Prints what the URL answers now (e.g. the API's not-ready reason), for the error message.
last_answer() {
  node -e 'fetch(process.argv[1]).then(async (r) => console.log(r.status, await r.text()), (e) => console.log(String(e.cause ?? e)))' "$1"
}

wait_ready() {
  local url="$1" log="$2" pid="$3" deadline=$((SECONDS + 60))
  while [ "$SECONDS" -lt "$deadline" ]; do
    answers_ok "$url" && return 0
    kill -0 "$pid" 2>/dev/null || { tail -n 20 "$log" >&2; fail "the process behind $url exited; its log: $log"; }
    sleep 0.5
  done
  fail "$url was not ready within 60 s; it answers: $(last_answer "$url") (log: $log)"
}
wait_ready "http://127.0.0.1:$api_port/readyz" "$logs/api.log" "${pids[0]}"
wait_ready "http://127.0.0.1:$ui_port/healthz" "$logs/ui.log" "${pids[1]}"

echo "Serving $bundle"
echo "  UI:  http://127.0.0.1:$ui_port/"
echo "  API: http://127.0.0.1:$api_port/  (docs: http://127.0.0.1:$api_port/docs)"
echo "Logs in $logs. Press Ctrl-C to stop."
# Returns when either process ends; the EXIT trap stops the other.
set +e
wait -n "${pids[@]}"
status=$?
set -e
echo "A server stopped (exit code $status); see $logs/api.log and $logs/ui.log" >&2
exit 1
