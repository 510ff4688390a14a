#!/usr/bin/env bash
# Turns the registry from the ECR login, the repository names and the tags into what the build
# steps need: the full image names, their tag lists and a Buildx cache scope per image.
# Environment: REGISTRY API_REPOSITORY UI_REPOSITORY SHA_TAG MODEL_TAG
# Outputs: api-name, ui-name, api-image, ui-image, api-tags, ui-tags, api-cache-scope,
#   ui-cache-scope. api-image is tagged <model-version>-<sha7>, ui-image with the commit SHA.
set -euo pipefail
# shellcheck source=SCRIPTDIR/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if [[ -z "${REGISTRY:-}" ]]; then
  fail "the ECR login reported no registry — configure AWS credentials (aws-actions/configure-aws-credentials) before this action"
fi
require_env API_REPOSITORY api-repository
require_env UI_REPOSITORY ui-repository
require_env SHA_TAG sha-tag
require_env MODEL_TAG model-tag
# A registry host with an optional port, as amazon-ecr-login reports it (one registry, no list).
if [[ ! "${REGISTRY}" =~ ^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?$ ]]; then
  fail "registry \"${REGISTRY}\" from the ECR login is not one registry host — log in to a single registry (leave the registries input of amazon-ecr-login empty)"
fi

api_name="${REGISTRY}/${API_REPOSITORY}"
ui_name="${REGISTRY}/${UI_REPOSITORY}"
write_output api-name "${api_name}"
write_output ui-name "${ui_name}"
write_output api-image "${api_name}:${MODEL_TAG}"
write_output ui-image "${ui_name}:${SHA_TAG}"
write_output api-tags "${api_name}:${MODEL_TAG}"$'\n'"${api_name}:${SHA_TAG}"
write_output ui-tags "${ui_name}:${SHA_TAG}"
# One cache per image repository, so the two builds never evict each other's layers.
write_output api-cache-scope "slipway-${API_REPOSITORY//\//-}"
write_output ui-cache-scope "slipway-${UI_REPOSITORY//\//-}"
echo "build-push: API ${api_name}:${MODEL_TAG}, UI ${ui_name}:${SHA_TAG}"
