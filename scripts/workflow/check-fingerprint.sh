#!/usr/bin/env bash
# Workflow step: the validated file must be the one the data-arrived manifest announced.
# FINGERPRINT is validate-data's output ({"sha256": ..., "rows": ...}); EXPECTED_SHA256 the manifest's.
set -euo pipefail

expected="${EXPECTED_SHA256:?the data-arrived manifest carries no sha256}"
if [[ ! "$expected" =~ ^[0-9a-f]{64}$ ]]; then
  echo "::error::manifest sha256 \"${expected}\" is not 64 lowercase hex digits; fix the data-arrived sender"
  exit 1
fi
actual="$(printf '%s' "${FINGERPRINT:?validate-data gave no fingerprint}" | sed -n 's/.*"sha256"[[:space:]]*:[[:space:]]*"\([0-9a-f]\{64\}\)".*/\1/p')"
if [[ "$actual" != "$expected" ]]; then
  echo "::error::the downloaded data has sha256 ${actual:-unknown}, the manifest announced ${expected}; the object changed after the upload — upload again"
  exit 1
fi
echo "data sha256 ${actual} matches the manifest"
