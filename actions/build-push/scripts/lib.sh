#!/usr/bin/env bash
# Helpers sourced by the build-push scripts: failing with a clear message, writing step outputs
# and reading required environment variables. Inputs arrive only as environment variables.

# Prints the message as a GitHub error annotation (on a runner) and on stderr, then exits 1.
fail() {
  if [[ "${GITHUB_ACTIONS:-}" == "true" ]]; then
    # GitHub decodes %XX in annotations: a literal % must travel as %25.
    printf '::error title=build-push::%s\n' "${1//%/%25}" >&2
  fi
  printf 'error: %s\n' "$1" >&2
  exit 1
}

# Fails unless the environment variable is set and not empty; the message names the input.
require_env() {
  local variable="$1" input="$2"
  if [[ -z "${!variable:-}" ]]; then
    fail "input ${input}: is empty — set ${input} in the step's with: block"
  fi
}

# Appends name=value to $GITHUB_OUTPUT; multi-line values use a random heredoc delimiter.
write_output() {
  local name="$1" value="$2" delimiter
  [[ -n "${GITHUB_OUTPUT:-}" ]] || fail "GITHUB_OUTPUT is not set — run this script as a step of the action"
  if [[ "${value}" == *$'\n'* ]]; then
    delimiter="slipway_$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
    printf '%s<<%s\n%s\n%s\n' "${name}" "${delimiter}" "${value}" "${delimiter}" >>"${GITHUB_OUTPUT}"
  else
    printf '%s=%s\n' "${name}" "${value}" >>"${GITHUB_OUTPUT}"
  fi
}

# The files a bundle must hold for the inference server to start (see
# ml/slipway_ml/serve/bundle_load.py; a test keeps the two lists in step).
BUNDLE_FILES=(
  model.joblib
  spec.yaml
  input_schema.json
  metrics.json
  manifest.json
  calibration.json
  fingerprint.json
  feature_importance.json
  predictions_sample.json
)

# The first bundle file missing from a folder, or nothing when the bundle is complete.
first_missing_bundle_file() {
  local folder="$1" name
  for name in "${BUNDLE_FILES[@]}"; do
    if [[ ! -f "${folder}/${name}" ]]; then
      printf '%s' "${name}"
      return
    fi
  done
}
