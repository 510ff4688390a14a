#!/usr/bin/env bash
# Decides which images to build. With EXISTING_TAGS=reuse (ECR repositories with immutable
# tags), an image whose main tag is already in ECR is not built again: its digest is reused,
# so a rerun never needs to move a tag. An API image is reused only when it carries the same
# model (its tags include MODEL_TAG, <model-version>-<sha7>); a tag holding another model fails
# the step — ECR cannot move it, so the fix is a new commit. With EXISTING_TAGS=push every
# named image is built and pushed.
# Environment: EXISTING_TAGS API_REPOSITORY UI_REPOSITORY (empty: not built here) API_TAG UI_TAG
#   MODEL_TAG ATTEST. Outputs: build-api, build-ui, build-any, attest-api, attest-ui
#   (true|false), api-existing-digest, ui-existing-digest (sha256:… when reused, else empty).
set -euo pipefail
# shellcheck source=SCRIPTDIR/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# Prints "<digest> <tag>,<tag>…" of the image tagged TAG in REPOSITORY, or nothing when the tag
# is not there. Any other error fails the step with the CLI's message.
existing_image() {
  local repository="$1" tag="$2" answer
  if answer="$(aws ecr describe-images --repository-name "${repository}" --image-ids "imageTag=${tag}" --output json 2>&1)"; then
    jq -r '.imageDetails[0] | "\(.imageDigest) \(.imageTags | join(","))"' <<<"${answer}"
  elif [[ "${answer}" == *ImageNotFoundException* ]]; then
    return 0
  else
    fail "could not ask ECR whether ${repository}:${tag} exists: ${answer//$'\n'/ } — the role needs ecr:DescribeImages on the repository"
  fi
}

build_api=false build_ui=false api_digest="" ui_digest=""
[[ -n "${API_REPOSITORY:-}" ]] && build_api=true
[[ -n "${UI_REPOSITORY:-}" ]] && build_ui=true
if [[ "${EXISTING_TAGS:-push}" == "reuse" ]]; then
  if [[ "${build_api}" == true ]]; then
    found="$(existing_image "${API_REPOSITORY}" "${API_TAG:?API_TAG is empty — compute-tags.sh reported no API tag}")"
    if [[ -n "${found}" ]]; then
      if [[ ",${found#* }," != *",${MODEL_TAG:?},"* ]]; then
        fail "${API_REPOSITORY}:${API_TAG} already holds another image (tags ${found#* }), not model tag ${MODEL_TAG}: this run trained a different model on the same commit, and immutable ECR tags cannot move — push a new commit (or delete the old image) and rerun"
      fi
      api_digest="${found%% *}" build_api=false
      echo "build-push: ${API_REPOSITORY}:${API_TAG} is already in ECR with model tag ${MODEL_TAG}: reusing ${api_digest}"
    fi
  fi
  if [[ "${build_ui}" == true ]]; then
    found="$(existing_image "${UI_REPOSITORY}" "${UI_TAG:?UI_TAG is empty — compute-tags.sh reported no UI tag}")"
    if [[ -n "${found}" ]]; then
      ui_digest="${found%% *}" build_ui=false
      echo "build-push: ${UI_REPOSITORY}:${UI_TAG} is already in ECR (same commit, same UI): reusing ${ui_digest}"
    fi
  fi
fi
build_any=false
[[ "${build_api}" == true || "${build_ui}" == true ]] && build_any=true
write_output build-api "${build_api}"
write_output build-ui "${build_ui}"
write_output build-any "${build_any}"
# A reused image was attested when its first attempt pushed it.
write_output attest-api "$([[ "${ATTEST:-true}" == true && "${build_api}" == true ]] && echo true || echo false)"
write_output attest-ui "$([[ "${ATTEST:-true}" == true && "${build_ui}" == true ]] && echo true || echo false)"
write_output api-existing-digest "${api_digest}"
write_output ui-existing-digest "${ui_digest}"
