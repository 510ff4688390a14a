#!/usr/bin/env bash
# Workflow step (monitor.yml): which projects to watch. Every project spec in ml/projects/ (the
# watch job skips one with nothing in production), or the one PROJECT a manual run names, which
# must have a spec. Writes `projects` (a JSON array) to GITHUB_OUTPUT.
set -euo pipefail

out="${GITHUB_OUTPUT:-/dev/stdout}"
requested="${PROJECT:-}"
mapfile -t known < <(find ml/projects -maxdepth 1 -name '*.yaml' -printf '%f\n' | sed 's/\.yaml$//' | sort)
if [[ -n "$requested" ]]; then
  if [[ ! "$requested" =~ ^[a-z][a-z0-9-]{0,30}$ || ! -f "ml/projects/${requested}.yaml" ]]; then
    echo "::error::project \"${requested}\" has no spec ml/projects/${requested}.yaml; known projects: ${known[*]}"
    exit 1
  fi
  known=("$requested")
fi
projects="$(printf '%s\n' "${known[@]}" | jq -R . | jq -cs .)"
echo "projects=${projects}" >>"$out"
echo "watching: ${known[*]}"
