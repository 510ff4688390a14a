#!/usr/bin/env bash
# Checks the action's inputs before anything touches AWS: the commit SHA, the repository names,
# the build contexts and Dockerfiles (the API Dockerfile's target stage must exist and the file
# must copy the named build context `bundle`, or the image would carry no model), and the model
# bundle (complete, with a manifest version that agrees with the model-version input).
# Only the images named in IMAGES (api, ui or api,ui) need their inputs; a UI-only build needs
# no bundle and writes an empty model-version. Outputs: model-version, api-repository,
# ui-repository (the repositories of the images asked for; empty for the other).
# Environment: GIT_SHA IMAGES EXISTING_TAGS API_REPOSITORY UI_REPOSITORY BUNDLE_PATH
#   MODEL_VERSION (optional) API_CONTEXT API_DOCKERFILE API_TARGET UI_CONTEXT UI_DOCKERFILE ATTEST
set -euo pipefail
# shellcheck source=SCRIPTDIR/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# ECR: lowercase components separated by / with single . _ - inside a component, 2-256 chars.
readonly ECR_NAME='^([a-z0-9]+([._-][a-z0-9]+)*/)*[a-z0-9]+([._-][a-z0-9]+)*$'

check_git_sha() {
  require_env GIT_SHA git-sha
  if [[ ! "${GIT_SHA}" =~ ^[0-9a-f]{40}$ ]]; then
    fail "input git-sha: \"${GIT_SHA}\" is not a full commit SHA (40 lowercase hex characters) — pass github.sha or the output of git rev-parse HEAD"
  fi
}

check_repository() {
  local input="$1" name="$2"
  if [[ "${name}" == *:* || "${name}" == *@* ]]; then
    fail "input ${input}: \"${name}\" carries a tag or digest — give the repository name only; the tags come from git-sha and the model version"
  fi
  if [[ "${name}" == *.amazonaws.com* || "${name}" == *.dkr.ecr.* ]]; then
    fail "input ${input}: \"${name}\" includes the registry host — give the repository name only (e.g. slipway/inference-api); the registry comes from the ECR login"
  fi
  if ((${#name} < 2 || ${#name} > 256)) || [[ ! "${name}" =~ ${ECR_NAME} ]]; then
    fail "input ${input}: \"${name}\" is not a valid ECR repository name — use 2 to 256 lowercase letters and digits, with single . _ - or / between them (e.g. slipway/inference-api)"
  fi
}

check_folder() {
  local input="$1" path="$2"
  [[ -d "${path}" ]] || fail "input ${input}: ${path}: no such folder — give the Docker build context relative to the workspace"
}

check_file() {
  local input="$1" path="$2"
  [[ -f "${path}" ]] || fail "input ${input}: ${path}: no such file — give the Dockerfile path relative to the workspace"
}

# The API image gets the bundle from the named build context `bundle` in stage API_TARGET.
check_api_dockerfile() {
  if [[ ! "${API_TARGET}" =~ ^[A-Za-z0-9][A-Za-z0-9_.-]*$ ]]; then
    fail "input api-target: \"${API_TARGET}\" is not a Dockerfile stage name — use letters, digits, _ . -, e.g. baked"
  fi
  if ! grep -Eiq "^FROM[[:space:]].*[[:space:]]AS[[:space:]]+${API_TARGET//./\\.}[[:space:]]*$" "${API_DOCKERFILE}"; then
    fail "input api-target: ${API_DOCKERFILE} has no stage named \"${API_TARGET}\" — name the stage that copies the bundle (FROM … AS ${API_TARGET})"
  fi
  if ! grep -Eq -- "--from=bundle([[:space:]]|$)" "${API_DOCKERFILE}"; then
    fail "input api-dockerfile: ${API_DOCKERFILE} never copies the build context bundle — add COPY --from=bundle . <folder> to the ${API_TARGET} stage, or the image carries no model"
  fi
}

check_bundle() {
  local missing
  require_env BUNDLE_PATH bundle-path
  if [[ -f "${BUNDLE_PATH}" ]]; then
    fail "input bundle-path: ${BUNDLE_PATH}: is a file — pass the bundle folder (train-model's bundle-path output), not the .tar.gz"
  fi
  if [[ ! -d "${BUNDLE_PATH}" ]]; then
    fail "input bundle-path: ${BUNDLE_PATH}: no such folder — pass the bundle folder that passed the quality gate (train-model's bundle-path output)"
  fi
  missing="$(first_missing_bundle_file "${BUNDLE_PATH}")"
  if [[ -n "${missing}" ]]; then
    fail "input bundle-path: ${BUNDLE_PATH%/}/${missing}: missing: the bundle is incomplete — pass the complete bundle folder train-model wrote"
  fi
}

# The version recorded in the bundle's manifest.json (jq is on GitHub's runner images).
manifest_version() {
  local manifest="${BUNDLE_PATH%/}/manifest.json" version
  command -v jq >/dev/null || fail "jq is not installed — install jq on the runner (GitHub's hosted runners have it)"
  if ! version="$(jq -er '.version | strings' "${manifest}" 2>/dev/null)" || [[ -z "${version}" ]]; then
    fail "${manifest}: field version: missing, empty or not a string (or the file is not JSON) — use a bundle written by train-model"
  fi
  printf '%s' "${version}"
}

check_git_sha
if [[ "${ATTEST:-true}" != "true" && "${ATTEST:-true}" != "false" ]]; then
  fail "input attest: \"${ATTEST}\" is neither true nor false — use true (attest provenance) or false"
fi
case "${IMAGES:=api,ui}" in
  api,ui | ui,api) api=true ui=true ;;
  api) api=true ui=false ;;
  ui) api=false ui=true ;;
  *) fail "input images: \"${IMAGES}\" is not api, ui or api,ui — name the images to build" ;;
esac
if [[ "${EXISTING_TAGS:-push}" != "push" && "${EXISTING_TAGS:-push}" != "reuse" ]]; then
  fail "input existing-tags: \"${EXISTING_TAGS}\" is neither push nor reuse — use reuse where ECR tags are immutable"
fi
if [[ "${api}" == true ]]; then
  require_env API_REPOSITORY api-repository
  check_repository api-repository "${API_REPOSITORY}"
fi
if [[ "${ui}" == true ]]; then
  require_env UI_REPOSITORY ui-repository
  check_repository ui-repository "${UI_REPOSITORY}"
fi
if [[ "${api}" == true && "${ui}" == true && "${API_REPOSITORY}" == "${UI_REPOSITORY}" ]]; then
  fail "inputs api-repository and ui-repository are both \"${API_REPOSITORY}\" — give each image its own repository, or the UI image's commit tag would overwrite the API image's"
fi
if [[ "${ui}" == true ]]; then
  [[ -n "${UI_CONTEXT:-}" ]] || fail "input ui-context: is empty — set ui-context in the step's with: block"
  check_folder ui-context "${UI_CONTEXT}"
  [[ -n "${UI_DOCKERFILE:-}" ]] || fail "input ui-dockerfile: is empty — set ui-dockerfile in the step's with: block"
  check_file ui-dockerfile "${UI_DOCKERFILE}"
fi
# The repositories of the images this run builds (empty for an image it does not).
write_repositories() {
  write_output api-repository "$([[ "${api}" == true ]] && printf '%s' "${API_REPOSITORY}")"
  write_output ui-repository "$([[ "${ui}" == true ]] && printf '%s' "${UI_REPOSITORY}")"
}
if [[ "${api}" == false ]]; then
  write_repositories
  write_output model-version ""
  echo "build-push: inputs valid; UI image only"
  exit 0
fi
[[ -n "${API_CONTEXT:-}" ]] || fail "input api-context: is empty — set api-context in the step's with: block"
check_folder api-context "${API_CONTEXT}"
[[ -n "${API_DOCKERFILE:-}" ]] || fail "input api-dockerfile: is empty — set api-dockerfile in the step's with: block"
check_file api-dockerfile "${API_DOCKERFILE}"
require_env API_TARGET api-target
check_api_dockerfile
check_bundle
version="$(manifest_version)"
if [[ -n "${MODEL_VERSION:-}" && "${MODEL_VERSION}" != "${version}" ]]; then
  fail "input model-version: \"${MODEL_VERSION}\" differs from ${BUNDLE_PATH%/}/manifest.json version \"${version}\" — pass the model-version output of the train-model step that wrote this bundle, or leave model-version empty"
fi
write_repositories
write_output model-version "${version}"
echo "build-push: inputs valid; bundle ${BUNDLE_PATH} holds model ${version}"
