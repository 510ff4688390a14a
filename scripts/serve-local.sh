#!/usr/bin/env bash
# Serves model bundles locally: one inference API per project and the UI on 127.0.0.1:8080 (the
# UI's web server proxies /api to the API), until Ctrl-C. The end of `make start`.
#   bash scripts/serve-local.sh [--project <name>]... [<bundle dir>]...
# Each --project serves that project's newest successful run's bundle (runs/<UTC timestamp>-<project>/
# bundles/<version>/); each bundle dir serves that bundle; with neither, the newest run of any project.
# One project: its API on SLIPWAY_API_PORT (8000). Several: the APIs on consecutive ports from
# SLIPWAY_API_PORT, each under /projects/<name> too, the first one the UI's default. UI: SLIPWAY_UI_PORT.
# Predictions and feedback are recorded under SLIPWAY_RECORDS_URI (default .slipway/records; empty: off).
set -euo pipefail

cd "$(dirname "$0")/.."
api_port="${SLIPWAY_API_PORT:-8000}"
ui_port="${SLIPWAY_UI_PORT:-8080}"
records_uri="${SLIPWAY_RECORDS_URI-$PWD/.slipway/records}"
python=ml/.venv/bin/python
projects=()
bundles=()

fail() {
  printf 'error: %s\n' "$1" >&2
  exit 2
}

while [ $# -gt 0 ]; do
  case "$1" in
    --project) [ $# -ge 2 ] || fail "--project needs a project name, e.g. --project house-prices"; projects+=("$2"); shift 2 ;;
    -h | --help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) fail "unknown option $1; use --project <name> and/or bundle folders" ;;
    *) bundles+=("$1"); shift ;;
  esac
done

for project in ${projects[@]+"${projects[@]}"}; do
  [[ "$project" =~ ^[a-z][a-z0-9-]{0,30}$ ]] || fail "--project $project: a project name is lower-case letters, digits and '-', starting with a letter (ml/projects/<name>.yaml)"
done
[[ "$api_port" =~ ^[0-9]+$ ]] || fail "SLIPWAY_API_PORT must be a port number; got \"$api_port\""
[[ "$ui_port" =~ ^[0-9]+$ ]] || fail "SLIPWAY_UI_PORT must be a port number; got \"$ui_port\""

newest_bundle() {
  local project="$1" run bundle
  # Timestamped names sort in time order; failed runs end in .failed and are skipped.
  run=$(find runs -mindepth 1 -maxdepth 1 -type d -name "*-${project:-*}" ! -name '*.failed' 2>/dev/null | sort | tail -n 1)
  [ -n "$run" ] || fail "no successful run${project:+ of $project} under runs/; run the pipeline first (make start, or npm run pipeline -- --project <name>)"
  bundle=$(find "$run/bundles" -mindepth 1 -maxdepth 1 -type d 2>/dev/null | sort | tail -n 1)
  [ -n "$bundle" ] || fail "$run has no bundles/<version>/ folder; run the pipeline again"
  printf '%s\n' "$bundle"
}

for project in ${projects[@]+"${projects[@]}"}; do
  bundles+=("$(newest_bundle "$project")")
done
[ ${#bundles[@]} -gt 0 ] || bundles=("$(newest_bundle "")")
[ -x "$python" ] || fail "$python is missing; run make install"

# Each bundle's project and model version, from its manifest; a project is served once.
names=()
versions=()
for bundle in "${bundles[@]}"; do
  [ -f "$bundle/model.joblib" ] || fail "$bundle: no model.joblib there; give a bundle folder (runs/<run>/bundles/<version>/)"
  manifest=$("$python" -c 'import json, sys; m = json.load(open(sys.argv[1])); print(m["project"], m["version"])' "$bundle/manifest.json" 2>/dev/null) ||
    fail "$bundle: manifest.json is missing or names no project; give a bundle folder the trainer wrote"
  name="${manifest%% *}"
  versions+=("${manifest#* }")
  for seen in ${names[@]+"${names[@]}"}; do
    [ "$seen" != "$name" ] || fail "project $name is given twice ($bundle); serve one bundle per project"
  done
  names+=("$name")
done
several=$([ ${#names[@]} -gt 1 ] && echo yes || echo no)

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
for i in "${!names[@]}"; do
  port=$((api_port + i))
  port_in_use "$port" && fail "port $port is in use; stop what listens there or set SLIPWAY_API_PORT (the first API's port)"
done
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
  [ -z "${alias_pid:-}" ] || kill "$alias_pid" 2>/dev/null || true
  if [ ${#pids[@]} -gt 0 ]; then
    if [ "$several" = yes ]; then echo "Stopping the APIs and the UI..."; else echo "Stopping the API and the UI..."; fi
    kill "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
  fi
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

logs="${TMPDIR:-/tmp}/slipway-serve-local"
mkdir -p "$logs"
project_apis=()
api_logs=()
for i in "${!names[@]}"; do
  name="${names[$i]}" port=$((api_port + i))
  if [ "$several" = yes ]; then
    prefix="/projects/$name" log="$logs/api-$name.log"
  else
    prefix="" log="$logs/api.log"
  fi
  SLIPWAY_PATH_PREFIX="$prefix" SLIPWAY_RECORDS_URI="$records_uri" "$python" -m slipway_ml serve --bundle "${bundles[$i]}" --host 127.0.0.1 --port "$port" >"$log" 2>&1 &
  pids+=($!)
  project_apis+=("$name=http://127.0.0.1:$port")
  api_logs+=("$log")
done
if [ "$several" = yes ]; then
  ui_api=(SLIPWAY_PROJECT_APIS="$(IFS=,; echo "${project_apis[*]}")")
else
  ui_api=(SLIPWAY_API_URL="http://127.0.0.1:$api_port")
fi
env PORT="$ui_port" HOST=127.0.0.1 "${ui_api[@]}" node ui/server-dist/main.js >"$logs/ui.log" 2>&1 &
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
for i in "${!names[@]}"; do
  base="http://127.0.0.1:$((api_port + i))"
  [ "$several" = no ] || base="$base/projects/${names[$i]}"
  wait_ready "$base/readyz" "${api_logs[$i]}" "${pids[$i]}"
done
wait_ready "http://127.0.0.1:$ui_port/healthz" "$logs/ui.log" "${pids[${#names[@]}]}"

# The local deploy is done: each served bundle's MLflow version (in its run's SQLite store, when
# the bundle is a run's) gets the alias production, as a production deploy sets it. In the
# background (MLflow's import takes seconds): the URLs do not wait for it.
set_aliases() {
  local i store
  for i in "${!names[@]}"; do
    store="$(cd "$(dirname "${bundles[$i]}")/.." && pwd)/mlflow.db"
    [ -f "$store" ] || continue
    "$python" -m slipway_ml mlflow-alias --tracking-uri "sqlite:///$store" --project "${names[$i]}" --version "${versions[$i]}" --alias production ||
      echo "warning: the MLflow alias production was not set for ${versions[$i]} (error above); serving it anyway" >&2
  done
}
set_aliases &
alias_pid=$!

if [ "$several" = no ]; then
  echo "Serving ${bundles[0]}"
  echo "  UI:  http://127.0.0.1:$ui_port/"
  echo "  API: http://127.0.0.1:$api_port/  (docs: http://127.0.0.1:$api_port/docs)"
else
  echo "Serving ${#names[@]} projects (the first is the UI's default)"
  echo "  UI:  http://127.0.0.1:$ui_port/  (pick a project there, or http://127.0.0.1:$ui_port/?project=<name>)"
  for i in "${!names[@]}"; do
    base="http://127.0.0.1:$((api_port + i))/projects/${names[$i]}"
    echo "  ${names[$i]}: ${bundles[$i]}"
    echo "    API: $base/  (docs: $base/docs)"
  done
fi
if [ -n "$records_uri" ]; then echo "  Records: $records_uri (predictions and feedback; the UI's Live page)"; fi
echo "Logs in $logs. Press Ctrl-C to stop."
# Returns when any server ends (not the alias job); the EXIT trap stops the others.
set +e
wait -n "${pids[@]}"
status=$?
set -e
echo "A server stopped (exit code $status); see the logs in $logs" >&2
exit 1
