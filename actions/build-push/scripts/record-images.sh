#!/usr/bin/env bash
# Checks the digests the builds reported, writes the action's outputs and a job summary of
# the pushed images (tags and digests), and says whether provenance is attested next.
# Environment: API_NAME UI_NAME API_IMAGE UI_IMAGE API_TAGS UI_TAGS API_DIGEST UI_DIGEST
#   API_EXISTING_DIGEST UI_EXISTING_DIGEST (an image reused from ECR) MODEL_VERSION GIT_SHA
#   ATTEST. An image whose name is empty was not asked for and gets no outputs.
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

for variable in MODEL_VERSION GIT_SHA; do
  if [[ -z "${!variable:-}" && ! ( "${variable}" == MODEL_VERSION && -z "${API_NAME:-}" ) ]]; then
    fail "${variable} is empty — the earlier build-push steps did not hand it over; rerun the job"
  fi
done
[[ -n "${API_NAME:-}" || -n "${UI_NAME:-}" ]] || fail "API_NAME and UI_NAME are empty — the earlier build-push steps did not hand them over; rerun the job"
[[ -n "${GITHUB_STEP_SUMMARY:-}" ]] || fail "GITHUB_STEP_SUMMARY is not set — run this script as a step of the action"

# Each image asked for: its hand-over checked first (nothing is written on a bad one), then
# its outputs. A reused image's digest comes from ECR, a built one's from its build.
api_digest="${API_EXISTING_DIGEST:-${API_DIGEST:-}}"
ui_digest="${UI_EXISTING_DIGEST:-${UI_DIGEST:-}}"
roles=()
[[ -z "${API_NAME:-}" ]] || roles+=(API)
[[ -z "${UI_NAME:-}" ]] || roles+=(UI)
for role in "${roles[@]}"; do
  for variable in "${role}_IMAGE" "${role}_TAGS"; do
    [[ -n "${!variable:-}" ]] || fail "${variable} is empty — the earlier build-push steps did not hand it over; rerun the job"
  done
done
[[ -z "${API_NAME:-}" ]] || check_digest "${API_IMAGE}" "${api_digest}"
[[ -z "${UI_NAME:-}" ]] || check_digest "${UI_IMAGE}" "${ui_digest}"
if [[ -n "${API_NAME:-}" ]]; then
  write_output api-image "${API_IMAGE}"
  write_output api-digest "${api_digest}"
  write_output api-image-ref "${API_NAME}@${api_digest}"
fi
if [[ -n "${UI_NAME:-}" ]]; then
  write_output ui-image "${UI_IMAGE}"
  write_output ui-digest "${ui_digest}"
  write_output ui-image-ref "${UI_NAME}@${ui_digest}"
fi

if [[ "${ATTEST:-true}" == "true" ]]; then
  provenance="attested next (actions/attest-build-provenance, pushed to the registry)"
else
  provenance="not attested (input attest is false)"
fi
# "built" or "reused: already in ECR", for the summary line of an image.
how() { if [[ -n "$1" ]]; then printf ' (reused: already in ECR)'; fi; }
refs=()
[[ -z "${API_NAME:-}" ]] || refs+=("$(printf '\x60%s@%s\x60%s' "${API_NAME}" "${api_digest}" "$(how "${API_EXISTING_DIGEST:-}")")")
[[ -z "${UI_NAME:-}" ]] || refs+=("$(printf '\x60%s@%s\x60%s' "${UI_NAME}" "${ui_digest}" "$(how "${UI_EXISTING_DIGEST:-}")")")
{
  printf '## build-push: images pushed\n\n'
  printf 'Model \x60%s\x60, commit \x60%s\x60. Build provenance: %s.\n\n' "${MODEL_VERSION:-none (UI only)}" "${GIT_SHA}" "${provenance}"
  printf '| image | tag | digest |\n| --- | --- | --- |\n'
  if [[ -n "${API_NAME:-}" ]]; then summary_rows API "${API_TAGS}" "${api_digest}"; fi
  if [[ -n "${UI_NAME:-}" ]]; then summary_rows UI "${UI_TAGS}" "${ui_digest}"; fi
  printf '\nDeploy by digest: %s.\n' "${refs[0]}${refs[1]:+ and ${refs[1]}}"
} >>"${GITHUB_STEP_SUMMARY}"
echo "build-push: recorded ${refs[*]//\`/}"
