#!/usr/bin/env bash
# Computes the image tags from the commit and the model version, and checks them against
# Docker's tag rules (first character a letter, digit or _; then letters, digits, _ . -; at
# most 128 characters). Both images get the full commit SHA as a tag; the API image also gets
# <model-version>-<sha7>, which names the code and the model it carries.
# Environment: GIT_SHA MODEL_VERSION. Outputs: sha-tag, model-tag.
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
require_env MODEL_VERSION model-version
if [[ ! "${GIT_SHA}" =~ ^[0-9a-f]{40}$ ]]; then
  fail "input git-sha: \"${GIT_SHA}\" is not a full commit SHA (40 lowercase hex characters) — pass github.sha or the output of git rev-parse HEAD"
fi
sha_tag="${GIT_SHA}"
model_tag="${MODEL_VERSION}-${GIT_SHA:0:7}"
check_tag "${sha_tag}" "from git-sha"
check_tag "${model_tag}" "model version ${MODEL_VERSION} + commit ${GIT_SHA:0:7}"
write_output sha-tag "${sha_tag}"
write_output model-tag "${model_tag}"
echo "build-push: tags ${sha_tag} (both images) and ${model_tag} (API image)"
