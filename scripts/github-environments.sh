#!/usr/bin/env bash
# Creates the `staging` and `production` environments train-and-deploy.yml deploys to, with
# their protection rules, and the variables the workflows read. Idempotent (PUT/PATCH).
# Needs the GitHub CLI logged in as a repository admin. See docs/ENVIRONMENTS.md.
#
#   REPO=owner/name REVIEWERS=alice,my-org/ml-leads AWS_REGION=eu-west-1 \
#   AWS_BUILD_ROLE_ARN=arn:aws:iam::123456789012:role/slipway-build \
#   STAGING_ROLE_ARN=arn:aws:iam::123456789012:role/slipway-deploy-staging \
#   PRODUCTION_ROLE_ARN=arn:aws:iam::123456789012:role/slipway-deploy-production \
#   ECR_API_REPOSITORY=slipway/inference-api ECR_UI_REPOSITORY=slipway/ui \
#   STAGING_CLUSTER=slipway-staging PRODUCTION_CLUSTER=slipway-production \
#   STAGING_URL=https://staging.example.com PRODUCTION_URL=https://ml.example.com \
#   bash scripts/github-environments.sh            # DRY_RUN=1 prints the calls instead
set -euo pipefail

for name in REPO REVIEWERS AWS_REGION AWS_BUILD_ROLE_ARN STAGING_ROLE_ARN PRODUCTION_ROLE_ARN \
  ECR_API_REPOSITORY ECR_UI_REPOSITORY STAGING_CLUSTER PRODUCTION_CLUSTER STAGING_URL PRODUCTION_URL; do
  [[ -n "${!name:-}" ]] || {
    echo "error: ${name} is not set; see the usage at the top of $0" >&2
    exit 2
  }
done
[[ "$REPO" =~ ^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$ ]] || {
  echo "error: REPO \"${REPO}\" is not owner/name" >&2
  exit 2
}

api() {
  if [[ -n "${DRY_RUN:-}" ]]; then
    echo "gh api $*"
  else
    gh api "$@" >/dev/null
  fi
}

# The numeric id of a user (login) or team (org/slug): the reviewers API wants ids.
reviewer_id() {
  if [[ -n "${DRY_RUN:-}" ]]; then
    echo 0
  elif [[ "$1" == */* ]]; then
    gh api "orgs/${1%%/*}/teams/${1#*/}" --jq .id
  else
    gh api "users/$1" --jq .id
  fi
}

reviewer_json() {
  local entries=() reviewer id
  IFS=',' read -ra list <<<"$REVIEWERS"
  for reviewer in "${list[@]}"; do
    id="$(reviewer_id "$reviewer")"
    if [[ "$reviewer" == */* ]]; then
      entries+=("{\"type\":\"Team\",\"id\":${id}}")
    else
      entries+=("{\"type\":\"User\",\"id\":${id}}")
    fi
  done
  local IFS=','
  echo "[${entries[*]}]"
}

environment() { # name, reviewers JSON or ''
  local body='{"deployment_branch_policy":{"protected_branches":false,"custom_branch_policies":true}'
  if [[ -n "$2" ]]; then body+=",\"reviewers\":$2,\"prevent_self_review\":true"; fi
  body+='}'
  if [[ -n "${DRY_RUN:-}" ]]; then
    echo "gh api -X PUT repos/${REPO}/environments/$1 --input - <<< '${body}'"
  else
    gh api -X PUT "repos/${REPO}/environments/$1" --input - <<<"$body" >/dev/null
  fi
  # Only main may deploy (creating an existing policy answers 303/422: ignored).
  api -X POST "repos/${REPO}/environments/$1/deployment-branch-policies" -f name=main -f type=branch || true
}

variable() { # scope path, name, value
  api -X POST "repos/${REPO}/$1/variables" -f "name=$2" -f "value=$3" ||
    api -X PATCH "repos/${REPO}/$1/variables/$2" -f "name=$2" -f "value=$3"
}

environment staging ''
environment production "$(reviewer_json)"

variable actions AWS_REGION "$AWS_REGION"
variable actions AWS_BUILD_ROLE_ARN "$AWS_BUILD_ROLE_ARN"
variable actions ECR_API_REPOSITORY "$ECR_API_REPOSITORY"
variable actions ECR_UI_REPOSITORY "$ECR_UI_REPOSITORY"
for env in staging production; do
  upper="${env^^}"
  role="${upper}_ROLE_ARN" cluster="${upper}_CLUSTER" url="${upper}_URL"
  variable "environments/${env}" AWS_DEPLOY_ROLE_ARN "${!role}"
  variable "environments/${env}" ECS_CLUSTER "${!cluster}"
  variable "environments/${env}" API_SERVICE inference-api
  variable "environments/${env}" UI_SERVICE ui
  variable "environments/${env}" SERVICE_URL "${!url}"
done
echo "environments staging and production configured for ${REPO} (production reviewers: ${REVIEWERS})"
