#!/usr/bin/env bash
# Checks the digests the builds reported, writes the action's outputs and a job summary of
# the pushed images (tags and digests), and says whether provenance is attested next.
# Environment: API_NAME UI_NAME API_IMAGE UI_IMAGE API_TAGS UI_TAGS API_DIGEST UI_DIGEST
#   MODEL_VERSION GIT_SHA ATTEST
# Outputs: api-image, ui-image, api-digest, ui-digest, api-image-ref, ui-image-ref.
set -euo pipefail
# shellcheck source=SCRIPTDIR/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

check_digest() {
  local image="$1" digest="$2"
  if [[ ! "${digest}" =~ ^sha256:[0-9a-f]{64}$ ]]; then
    fail "the build of ${image} reported digest \"${digest}\", not sha256:<64 hex> — the push did not complete; see the build step's log"
  fi
}

# One Markdown table row per tag of an image.
summary_rows() {
  local role="$1" tags="$2" digest="$3" tag
  while IFS= read -r tag; do
    if [[ -n "${tag}" ]]; then
      printf '| %s | \x60%s\x60 | \x60%s\x60 |\n' "${role}" "${tag}" "${digest}"
    fi
  done <<<"${tags}"
}

for variable in API_NAME UI_NAME API_IMAGE UI_IMAGE API_TAGS UI_TAGS MODEL_VERSION GIT_SHA; do
  if [[ -z "${!variable:-}" ]]; then
    fail "${variable} is empty — the earlier build-push steps did not hand it over; rerun the job"
  fi
done
check_digest "${API_IMAGE}" "${API_DIGEST:-}"
check_digest "${UI_IMAGE}" "${UI_DIGEST:-}"
[[ -n "${GITHUB_STEP_SUMMARY:-}" ]] || fail "GITHUB_STEP_SUMMARY is not set — run this script as a step of the action"

write_output api-image "${API_IMAGE}"
write_output ui-image "${UI_IMAGE}"
write_output api-digest "${API_DIGEST}"
write_output ui-digest "${UI_DIGEST}"
write_output api-image-ref "${API_NAME}@${API_DIGEST}"
write_output ui-image-ref "${UI_NAME}@${UI_DIGEST}"

if [[ "${ATTEST:-true}" == "true" ]]; then
  provenance="attested next (actions/attest-build-provenance, pushed to the registry)"
else
  provenance="not attested (input attest is false)"
fi
{
  printf '## build-push: images pushed\n\n'
  printf 'Model \x60%s\x60, commit \x60%s\x60. Build provenance: %s.\n\n' "${MODEL_VERSION}" "${GIT_SHA}" "${provenance}"
  printf '| image | tag | digest |\n| --- | --- | --- |\n'
  summary_rows API "${API_TAGS}" "${API_DIGEST}"
  summary_rows UI "${UI_TAGS}" "${UI_DIGEST}"
  printf '\nDeploy by digest: \x60%s@%s\x60 and \x60%s@%s\x60.\n' "${API_NAME}" "${API_DIGEST}" "${UI_NAME}" "${UI_DIGEST}"
} >>"${GITHUB_STEP_SUMMARY}"
echo "build-push: pushed ${API_NAME}@${API_DIGEST} and ${UI_NAME}@${UI_DIGEST}"
