#!/usr/bin/env bash
# Workflow step: a project's own deploy targets from the JSON variables of docs/ENVIRONMENTS.md, read
# here with jq rather than by a computed index in an expression, so a project missing from a
# variable fails naming the variable and the fix. Each input is optional; each given one
# gives its outputs:
#   API_SERVICES (environment variable: project → ECS service)        → api-service
#   ECR_API_REPOSITORIES (repository variable: project → ECR URI)      → api-repository (name)
#   ECR_UI_REPOSITORY (repository variable: the UI's ECR URI)          → ui-repository (name)
#   ALARM_NAMES (environment variable: project → array of alarm names) → alarm-names (JSON array)
# build-push takes repository names: the registry comes from its ECR login.
set -euo pipefail

out="${GITHUB_OUTPUT:-/dev/stdout}"

fail() {
  echo "::error::$1" >&2
  exit 1
}

# The value of PROJECT's key in the JSON object held by the variable named $1.
project_value() {
  local variable="$1" json="$2" value
  : "${PROJECT:?PROJECT must name the model project}"
  value="$(jq -er --arg project "$PROJECT" 'if type == "object" then .[$project] // empty | strings else error("not an object") end' <<<"$json" 2>/dev/null)" ||
    fail "${variable} has no entry for project ${PROJECT} (or is not a JSON object of strings): ${json} — deploy the infra stacks for ${PROJECT} and rerun scripts/github-environments.sh"
  printf '%s' "$value"
}

# The repository name of an ECR repository URI <account>.dkr.ecr.<region>.amazonaws.com/<name>.
repository_name() {
  local variable="$1" uri="$2"
  if [[ ! "$uri" =~ ^[0-9]{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com(\.cn)?/([a-z0-9._/-]+)$ ]]; then
    fail "${variable}: \"${uri}\" is not an ECR repository URI (<account>.dkr.ecr.<region>.amazonaws.com/<name>) — rerun scripts/github-environments.sh"
  fi
  printf '%s' "${BASH_REMATCH[2]}"
}

# Every value is checked before any output is written.
outputs=()
if [[ -n "${API_SERVICES:-}" ]]; then
  service="$(project_value API_SERVICES "$API_SERVICES")"
  outputs+=("api-service=${service}")
fi
if [[ -n "${ECR_API_REPOSITORIES:-}" ]]; then
  uri="$(project_value ECR_API_REPOSITORIES "$ECR_API_REPOSITORIES")"
  name="$(repository_name "ECR_API_REPOSITORIES[${PROJECT}]" "$uri")"
  outputs+=("api-repository=${name}")
fi
if [[ -n "${ALARM_NAMES:-}" ]]; then
  : "${PROJECT:?PROJECT must name the model project}"
  alarms="$(jq -ce --arg project "$PROJECT" 'if type == "object" then .[$project] // empty | select(type == "array" and all(.[]; type == "string")) else error("not an object") end' <<<"$ALARM_NAMES" 2>/dev/null)" ||
    fail "ALARM_NAMES has no entry for project ${PROJECT} (or is not a JSON object of string arrays): ${ALARM_NAMES} — deploy the infra stacks for ${PROJECT} and rerun scripts/github-environments.sh"
  outputs+=("alarm-names=${alarms}")
fi
if [[ -n "${ECR_UI_REPOSITORY:-}" ]]; then
  name="$(repository_name ECR_UI_REPOSITORY "$ECR_UI_REPOSITORY")"
  outputs+=("ui-repository=${name}")
fi
((${#outputs[@]} > 0)) || fail "none of API_SERVICES, ECR_API_REPOSITORIES, ECR_UI_REPOSITORY, ALARM_NAMES is set — set the repository and environment variables (scripts/github-environments.sh)"
printf '%s\n' "${outputs[@]}" >>"$out"
