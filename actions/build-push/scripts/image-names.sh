#!/usr/bin/env bash
# Turns the registry from the ECR login, the repository names and the tags into what the build
# steps need: the full image names, their tag lists and a Buildx cache scope per image.
# Environment: REGISTRY API_REPOSITORY UI_REPOSITORY API_TAG API_EXTRA_TAG UI_TAG
# Outputs: api-name, ui-name, api-image, ui-image, api-tags, ui-tags, api-cache-scope,
#   ui-cache-scope, for each image whose repository is given. api-image and ui-image carry each
#   image's main tag.
set -euo pipefail
# shellcheck source=SCRIPTDIR/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if [[ -z "${REGISTRY:-}" ]]; then
  fail "the ECR login reported no registry — configure AWS credentials (aws-actions/configure-aws-credentials) before this action"
fi
# An image not built here (IMAGES without it) has an empty repository and gets no names.
[[ -n "${API_REPOSITORY:-}" || -n "${UI_REPOSITORY:-}" ]] || fail "inputs api-repository and ui-repository are both empty — name the repository of each image to build"
api_tag="${API_TAG:-}" api_extra_tag="${API_EXTRA_TAG:-}" ui_tag="${UI_TAG:-}"
# A registry host with an optional port, as amazon-ecr-login reports it (one registry, no list).
if [[ ! "${REGISTRY}" =~ ^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?$ ]]; then
  fail "registry \"${REGISTRY}\" from the ECR login is not one registry host — log in to a single registry (leave the registries input of amazon-ecr-login empty)"
fi

if [[ -n "${API_REPOSITORY:-}" ]]; then
  [[ -n "${api_tag}" && -n "${api_extra_tag}" ]] || fail "the API image has no tags — compute-tags.sh reported none; rerun the job"
  api_name="${REGISTRY}/${API_REPOSITORY}"
  write_output api-name "${api_name}"
  write_output api-image "${api_name}:${api_tag}"
  write_output api-tags "${api_name}:${api_tag}"$'\n'"${api_name}:${api_extra_tag}"
  # One cache per image repository, so the two builds never evict each other's layers.
  write_output api-cache-scope "slipway-${API_REPOSITORY//\//-}"
  echo "build-push: API ${api_name}:${api_tag}"
fi
if [[ -n "${UI_REPOSITORY:-}" ]]; then
  [[ -n "${ui_tag}" ]] || fail "the UI image has no tag — compute-tags.sh reported none; rerun the job"
  ui_name="${REGISTRY}/${UI_REPOSITORY}"
  write_output ui-name "${ui_name}"
  write_output ui-image "${ui_name}:${ui_tag}"
  write_output ui-tags "${ui_name}:${ui_tag}"
  write_output ui-cache-scope "slipway-${UI_REPOSITORY//\//-}"
  echo "build-push: UI ${ui_name}:${ui_tag}"
fi
