#!/usr/bin/env bash
# Workflow step: the data file the chain validates and trains on, as the step output `file`.
# PROJECT names the model project; DATA_URI (a data-arrived manifest's s3:// URI), when set,
# replaces the contract's source and is also given as the output `override` for train-model.
set -euo pipefail

: "${PROJECT:?PROJECT must name a model project (ml/projects/<name>.yaml)}"
python="${SLIPWAY_PYTHON:-ml/.venv/bin/python}"
out="${GITHUB_OUTPUT:-/dev/stdout}"

if [[ -n "${DATA_URI:-}" ]]; then
  file="$("$python" -m slipway_ml resolve-data --uri "$DATA_URI")"
  echo "override=${file}" >>"$out"
else
  file="$("$python" -m slipway_ml resolve-data --project "ml/projects/${PROJECT}.yaml")"
fi
echo "file=${file}" >>"$out"
echo "data for ${PROJECT}: ${file}" >&2
