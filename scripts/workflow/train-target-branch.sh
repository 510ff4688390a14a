#!/usr/bin/env bash
# Workflow step: trains the project as it is on the pull request's target branch (checked out
# in TARGET_DIR), with this checkout's trainer, so the report can show deltas against it.
# Outputs metrics-file (empty when the target branch has no such project yet: a new project).
set -euo pipefail

: "${PROJECT:?PROJECT must name a model project}" "${TARGET_DIR:?TARGET_DIR must be the target branch checkout}"
python="${SLIPWAY_PYTHON:-ml/.venv/bin/python}"
out="${GITHUB_OUTPUT:-/dev/stdout}"
spec="$TARGET_DIR/ml/projects/${PROJECT}.yaml"

if [[ ! -f "$spec" ]]; then
  echo "the target branch has no project ${PROJECT} (${spec}): no target-branch comparison"
  echo "metrics-file=" >>"$out"
  exit 0
fi
work="${RUNNER_TEMP:?RUNNER_TEMP is set by the runner}/target-branch-${PROJECT}"
rm -rf "$work"
mkdir -p "$work"
"$python" -m slipway_ml train --project "$spec" --data-root "$TARGET_DIR/data" \
  --output-dir "$work" --result-file "$work/result.json" >"$work/train.log"
metrics="$("$python" -c 'import json, sys; print(json.load(open(sys.argv[1]))["metrics_file"])' "$work/result.json")"
echo "metrics-file=${metrics}" >>"$out"
echo "target branch model of ${PROJECT}: ${metrics}"
