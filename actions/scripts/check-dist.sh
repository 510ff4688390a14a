#!/usr/bin/env bash
# Rebuilds every action's dist/ into a temporary folder and fails, naming the action, when it
# differs from the dist/ in the tree: the committed bundle must be exactly what the sources give.
# Also checks that the precompiled JSON Schema validators match the schemas.
# With EXPECTED_DIST_DIR set, each stale action's fresh bundle is copied to
# $EXPECTED_DIST_DIR/<action>/ (CI uploads it as an artifact, so the fix can be downloaded).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ncc="${repo_root}/node_modules/.bin/ncc"
scratch="$(mktemp -d)"
trap 'rm -rf "${scratch}"' EXIT

stale=()
# The bundles embed the precompiled schema validators: those must match the schemas first.
if ! node "${repo_root}/actions/shared/scripts/generate-validators.mjs" --check; then
  stale+=("shared (generated validators)")
fi

for action_dir in "${repo_root}"/actions/*/; do
  action="$(basename "${action_dir}")"
  [[ -f "${action_dir}action.yml" && -f "${action_dir}src/index.ts" ]] || continue
  if [[ ! -d "${action_dir}dist" ]]; then
    echo "check-dist: ${action}: no dist/ folder; run npm run build -w actions/${action} and commit dist/" >&2
    stale+=("${action}")
    continue
  fi
  (cd "${action_dir}" && "${ncc}" build src/index.ts -o "${scratch}/${action}" --license licenses.txt --quiet)
  if ! diff -r -q "${action_dir}dist" "${scratch}/${action}" >"${scratch}/${action}.diff"; then
    echo "check-dist: ${action}: dist/ differs from a fresh build:" >&2
    cat "${scratch}/${action}.diff" >&2
    echo "check-dist: run npm run build -w actions/${action} and commit dist/" >&2
    stale+=("${action}")
    if [[ -n "${EXPECTED_DIST_DIR:-}" ]]; then
      mkdir -p "${EXPECTED_DIST_DIR}"
      cp -r "${scratch}/${action}" "${EXPECTED_DIST_DIR}/${action}"
    fi
  else
    echo "check-dist: ${action}: dist/ matches a fresh build"
  fi
done

if ((${#stale[@]} > 0)); then
  echo "check-dist: stale dist/ in: ${stale[*]}" >&2
  exit 1
fi
