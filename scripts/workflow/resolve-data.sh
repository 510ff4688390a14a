#!/usr/bin/env bash
# Workflow step: the data file the chain validates and trains on, as the step output `file`.
# PROJECT names the model project; DATA_URI (a checked data-arrived payload's s3:// URI), when
# set, replaces the contract's source and is also given as the output `override` for
# train-model. With DATA_URI, DATA_SHA256 is required: the download must hash to it or the step
# fails before anything is validated or trained; DATA_VERSION_ID reads that object version.
set -euo pipefail

: "${PROJECT:?PROJECT must name a model project (ml/projects/<name>.yaml)}"
python="${SLIPWAY_PYTHON:-ml/.venv/bin/python}"
out="${GITHUB_OUTPUT:-/dev/stdout}"

if [[ -n "${DATA_URI:-}" ]]; then
  args=(--uri "$DATA_URI" --sha256 "${DATA_SHA256:?an s3:// DATA_URI needs DATA_SHA256 (the manifest sha256)}")
  if [[ -n "${DATA_VERSION_ID:-}" ]]; then
    args+=(--version-id "$DATA_VERSION_ID")
  fi
  file="$("$python" -m slipway_ml resolve-data "${args[@]}")"
  echo "override=${file}" >>"$out"
else
  file="$("$python" -m slipway_ml resolve-data --project "ml/projects/${PROJECT}.yaml")"
fi
echo "file=${file}" >>"$out"
echo "data for ${PROJECT}: ${file}" >&2
