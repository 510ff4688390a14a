#!/usr/bin/env bash
# Computes the image tags from the commit and the model version, and checks them against
# Docker's tag rules (first character a letter, digit or _; then letters, digits, _ . -; at
# most 128 characters). By default both images get the full commit SHA as a tag and the API
# image also <model-version>-<sha7>, which names the code and the model it carries. API_TAG
# (e.g. <project>-<sha>) replaces the API image's commit tag, UI_TAG (e.g. ui-<sha>) the UI's.
# A UI-only build (empty MODEL_VERSION) has no model tag.
# Environment: GIT_SHA MODEL_VERSION API_TAG UI_TAG.
# Outputs: sha-tag, model-tag, api-tag (the API image's main tag), api-extra-tag, ui-tag.
set -euo pipefail
# shellcheck source=SCRIPTDIR/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

readonly TAG_RULE='^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$'

check_tag() {
  local tag="$1" origin="$2"
  if ((${#tag} > 128)); then
    fail "tag \"${tag}\" (${origin}) is ${#tag} characters; Docker allows at most 128 — shorten the project name in the model project spec"
  fi
  if [[ ! "${tag}" =~ ${TAG_RULE} ]]; then
    fail "tag \"${tag}\" (${origin}) is not a valid Docker tag — use letters, digits, _ . - only, not starting with . or -"
  fi
}

require_env GIT_SHA git-sha
if [[ ! "${GIT_SHA}" =~ ^[0-9a-f]{40}$ ]]; then
  fail "input git-sha: \"${GIT_SHA}\" is not a full commit SHA (40 lowercase hex characters) — pass github.sha or the output of git rev-parse HEAD"
fi
sha_tag="${GIT_SHA}"
check_tag "${sha_tag}" "from git-sha"
ui_tag="${UI_TAG:-${sha_tag}}"
check_tag "${ui_tag}" "input ui-tag"
model_tag="" api_tag="" api_extra_tag=""
if [[ -n "${MODEL_VERSION:-}" ]]; then
  model_tag="${MODEL_VERSION}-${GIT_SHA:0:7}"
  check_tag "${model_tag}" "model version ${MODEL_VERSION} + commit ${GIT_SHA:0:7}"
  if [[ -n "${API_TAG:-}" ]]; then
    check_tag "${API_TAG}" "input api-tag"
    api_tag="${API_TAG}" api_extra_tag="${model_tag}"
  else
    api_tag="${model_tag}" api_extra_tag="${sha_tag}"
  fi
fi
write_output sha-tag "${sha_tag}"
write_output model-tag "${model_tag}"
write_output api-tag "${api_tag}"
write_output api-extra-tag "${api_extra_tag}"
write_output ui-tag "${ui_tag}"
if [[ -n "${model_tag}" ]]; then
  echo "build-push: API tags ${api_tag} and ${api_extra_tag}, UI tag ${ui_tag}"
else
  echo "build-push: UI tag ${ui_tag} (no model: UI only)"
fi
