#!/usr/bin/env bash
# Workflow step: where this project trains — the spec's training.backend (local when absent),
# or a manual run's `backend` input when it names one (`spec`, or empty, defers to the spec).
# Read before the train job, so the trainer image is built (and the training role assumed) only
# for sagemaker. The spec is read with `yq -r` in the syntax both yq flavours share (jq's on
# Debian, mikefarah's on GitHub's runners).
# Environment: SPEC (the project's YAML), BACKEND_INPUT (optional). Output: backend.
set -euo pipefail

out="${GITHUB_OUTPUT:-/dev/stdout}"
backends='local, sagemaker'

fail() {
  echo "::error::$1" >&2
  exit 1
}

: "${SPEC:?SPEC must name the project spec (ml/projects/<project>.yaml)}"
[[ -f "$SPEC" ]] || fail "${SPEC}: no such project spec — add ml/projects/<project>.yaml or fix the project name"

input="${BACKEND_INPUT:-}"
if [[ -n "$input" && "$input" != spec ]]; then
  [[ "$input" == local || "$input" == sagemaker ]] ||
    fail "input backend: \"${input}\" is not a training backend — use spec (the project's training.backend), ${backends}"
  backend="$input"
  source="the run's backend input"
else
  backend="$(yq -r '.training.backend // "local"' "$SPEC" 2>&1)" ||
    fail "${SPEC}: cannot read training.backend: ${backend//$'\n'/ } — fix the YAML"
  [[ "$backend" == local || "$backend" == sagemaker ]] ||
    fail "${SPEC}: training.backend \"${backend}\" is not a training backend — use one of ${backends}"
  source="${SPEC} training.backend"
fi
echo "training backend: ${backend} (from ${source})"
printf 'backend=%s\n' "$backend" >>"$out"
