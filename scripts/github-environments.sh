#!/usr/bin/env bash
# Creates the `staging` and `production` environments train-and-deploy.yml deploys to, with
# their protection rules, and sets the variables the workflows read from the outputs of the
# deployed CDK stacks (infra/: Slipway-Shared, Slipway-Staging, Slipway-Production).
# Idempotent (PUT/PATCH). Needs the GitHub CLI logged in as a repository admin, the AWS CLI
# with read access to the stacks (cloudformation:DescribeStacks), and jq. See docs/ENVIRONMENTS.md.
#
#   REPO=owner/name REVIEWERS=alice,my-org/ml-leads bash scripts/github-environments.sh
#   DRY_RUN=1 …   prints the GitHub calls instead of making them (AWS is still read)
#   AWS_REGION=eu-west-1 …   the region of the stacks (else the AWS CLI's default)
#
# An environment whose stack is not deployed yet gets its protection rules but no variables
# (the script says so); run it again after `npx cdk deploy Slipway-<Environment>`.
set -euo pipefail

for name in REPO REVIEWERS; do
  [[ -n "${!name:-}" ]] || {
    echo "error: ${name} is not set; see the usage at the top of $0" >&2
    exit 2
  }
done
[[ "$REPO" =~ ^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$ ]] || {
  echo "error: REPO \"${REPO}\" is not owner/name" >&2
  exit 2
}
command -v jq >/dev/null || {
  echo "error: jq is not installed (apt-get install jq)" >&2
  exit 2
}

region_args=()
if [[ -n "${AWS_REGION:-}" ]]; then region_args=(--region "$AWS_REGION"); fi

# A stack's outputs as one JSON object {OutputKey: OutputValue}; fails if the stack is missing.
stack_outputs() {
  aws cloudformation describe-stacks --stack-name "$1" --output json "${region_args[@]}" |
    jq -ce '.Stacks[0].Outputs // [] | map({(.OutputKey): .OutputValue}) | add // {}'
}

# One output's value; an error naming the stack and key when it is missing.
output() { # outputs JSON, stack name, key
  jq -er --arg key "$3" '.[$key] // empty' <<<"$1" || {
    echo "error: stack $2 has no output $3; deploy the current infra/ (npx cdk deploy $2)" >&2
    exit 1
  }
}

api() {
  if [[ -n "${DRY_RUN:-}" ]]; then
    printf 'gh api'
    printf ' %q' "$@"
    printf '\n'
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
  # Production: reviewers, no self-review, and admins cannot bypass the rules (see ENVIRONMENTS.md).
  if [[ -n "$2" ]]; then body+=",\"reviewers\":$2,\"prevent_self_review\":true,\"can_admins_bypass\":false"; fi
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

# Read every value before changing anything in GitHub: a missing output stops the script here.
shared="$(stack_outputs Slipway-Shared)" || {
  echo "error: cannot read stack Slipway-Shared; deploy it first (cd infra && npx cdk deploy Slipway-Shared)" >&2
  exit 1
}
calls=() # scope, name, value triples
add() { # scope, name, outputs JSON, stack, key
  local value
  value="$(output "$3" "$4" "$5")"
  calls+=("$1" "$2" "$value")
}
add actions AWS_REGION "$shared" Slipway-Shared AwsRegion
add actions AWS_BUILD_ROLE_ARN "$shared" Slipway-Shared BuildRoleArn
add actions AWS_DATA_READ_ROLE_ARN "$shared" Slipway-Shared DataReadRoleArn
add actions DATA_BUCKET "$shared" Slipway-Shared DataBucketName
add actions ARTIFACTS_BUCKET "$shared" Slipway-Shared ArtifactsBucketName
add actions ECR_UI_REPOSITORY "$shared" Slipway-Shared EcrUiRepositoryUri
add actions ECR_API_REPOSITORIES "$shared" Slipway-Shared EcrApiRepositories
add actions AWS_TRAINING_ROLE_ARN "$shared" Slipway-Shared TrainingRoleArn
add actions SAGEMAKER_EXECUTION_ROLE_ARN "$shared" Slipway-Shared SageMakerExecutionRoleArn
add actions ECR_TRAINER_REPOSITORY "$shared" Slipway-Shared EcrTrainerRepositoryUri
add actions AWS_RECORDS_READ_ROLE_ARN "$shared" Slipway-Shared RecordsReadRoleArn

configured=()
for env in staging production; do
  stack="Slipway-${env^}"
  if ! outputs="$(stack_outputs "$stack" 2>/dev/null)"; then
    echo "note: stack ${stack} is not deployed: environment ${env} gets its rules but no variables; deploy it and run this again" >&2
    continue
  fi
  scope="environments/${env}"
  add "$scope" AWS_DEPLOY_ROLE_ARN "$outputs" "$stack" DeployRoleArn
  add "$scope" ECS_CLUSTER "$outputs" "$stack" EcsCluster
  add "$scope" API_SERVICES "$outputs" "$stack" ApiServices
  add "$scope" SERVICE_URL "$outputs" "$stack" ServiceUrl
  add "$scope" ALARM_NAMES "$outputs" "$stack" AlarmNames
  add "$scope" ALARM_TOPIC_ARN "$outputs" "$stack" AlarmTopicArn
  add "$scope" SAGEMAKER_SERVING_ROLE_ARN "$outputs" "$stack" SageMakerServingRoleArn
  # With the static UI option there is no UI service (the UI is on CloudFront).
  if jq -e 'has("UiService")' <<<"$outputs" >/dev/null; then add "$scope" UI_SERVICE "$outputs" "$stack" UiService; fi
  configured+=("$env")
done

environment staging ''
environment production "$(reviewer_json)"
for ((i = 0; i < ${#calls[@]}; i += 3)); do
  variable "${calls[i]}" "${calls[i + 1]}" "${calls[i + 2]}"
done
echo "configured ${REPO}: repository variables; environment variables for: ${configured[*]:-none} (production reviewers: ${REVIEWERS})"
