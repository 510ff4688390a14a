#!/usr/bin/env bash
# Stages the model bundle as the API build's named build context `bundle` (the API
# Dockerfile's `baked` target copies it into the image), so the image holds code and model
# together. The copy is made in a fresh folder under RUNNER_TEMP and renamed when complete:
# the build never sees a partial bundle under the final name. Links become real files and
# the copy is world-readable, so the image's non-root user can read it.
# Environment: BUNDLE_PATH RUNNER_TEMP. Output: staged-path.
set -euo pipefail
# shellcheck source=SCRIPTDIR/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

require_env BUNDLE_PATH bundle-path
[[ -n "${RUNNER_TEMP:-}" && -d "${RUNNER_TEMP}" ]] ||
  fail "RUNNER_TEMP (\"${RUNNER_TEMP:-}\") is not a folder — run this script as a step of the action"
[[ -d "${BUNDLE_PATH}" ]] || fail "input bundle-path: ${BUNDLE_PATH}: no such folder — pass the bundle folder that passed the quality gate"

# A folder of its own per run, so a second call in the same job never meets the first's copy.
parent="$(mktemp -d "${RUNNER_TEMP%/}/slipway-build-push.XXXXXX")"
staging="${parent}/.staging"
destination="${parent}/bundle"
trap 'rm -rf "${parent}"' EXIT
mkdir "${staging}"
cp -RL "${BUNDLE_PATH%/}/." "${staging}/" ||
  fail "${BUNDLE_PATH}: could not be copied (cp's message above) — fix the bundle folder, e.g. a broken link, and rerun"
missing="$(first_missing_bundle_file "${staging}")"
[[ -z "${missing}" ]] || fail "${BUNDLE_PATH%/}/${missing}: missing after the copy — the bundle changed while it was staged; rerun the step"
chmod -R u+rwX,go+rX,go-w "${staging}"
mv -T "${staging}" "${destination}"
chmod 755 "${parent}"
trap - EXIT
write_output staged-path "${destination}"
echo "build-push: staged the bundle at ${destination} ($(find "${destination}" -type f | wc -l) files)"
