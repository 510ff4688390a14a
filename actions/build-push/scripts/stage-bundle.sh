#!/usr/bin/env bash
# Copies the model bundle into the API image's build context as <api-context>/<bundle-dir>, so
# the image holds code and model together. The copy is made in a temporary sibling folder and
# renamed when complete: the build never sees a partial bundle under the final name.
# Environment: BUNDLE_PATH API_CONTEXT BUNDLE_DIR. Output: staged-path.
set -euo pipefail
# shellcheck source=SCRIPTDIR/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

require_env BUNDLE_PATH bundle-path
require_env API_CONTEXT api-context
require_env BUNDLE_DIR bundle-dir
[[ -d "${BUNDLE_PATH}" ]] || fail "input bundle-path: ${BUNDLE_PATH}: no such folder — pass the bundle folder that passed the quality gate"
[[ -d "${API_CONTEXT}" ]] || fail "input api-context: ${API_CONTEXT}: no such folder — give the Docker build context relative to the workspace"
destination="${API_CONTEXT%/}/${BUNDLE_DIR}"
if [[ -e "${destination}" ]]; then
  fail "${destination}: already exists in the build context — remove it, or choose another bundle-dir; build-push never overwrites it"
fi

staging="$(mktemp -d "${API_CONTEXT%/}/.${BUNDLE_DIR}.staging.XXXXXX")"
trap 'rm -rf "${staging}"' EXIT
# -L: symbolic links become real files; a link out of the context would break in the image.
cp -RL "${BUNDLE_PATH%/}/." "${staging}/" ||
  fail "${BUNDLE_PATH}: could not be copied into ${API_CONTEXT} (cp's message above) — fix the bundle folder, e.g. a broken link, and rerun"
missing="$(first_missing_bundle_file "${staging}")"
[[ -z "${missing}" ]] || fail "${BUNDLE_PATH%/}/${missing}: missing after the copy — the bundle changed while it was staged; rerun the step"
# mktemp makes the folder private; the image's non-root user must be able to read the bundle.
chmod -R u+rwX,go+rX,go-w "${staging}"
mv -T "${staging}" "${destination}"
trap - EXIT
write_output staged-path "${destination}"
echo "build-push: staged the bundle at ${destination} ($(find "${destination}" -type f | wc -l) files)"
