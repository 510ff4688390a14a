#!/usr/bin/env bash
# Workflow step, before a deploy: the task definition each ECS service runs now, as the
# multi-line output `arns` (one per service, in SERVICES order), so service-state.sh can point
# a service back at it when the job is killed mid-deploy.
# Environment: CLUSTER, SERVICES (one per line).
set -euo pipefail

: "${CLUSTER:?CLUSTER must name the ECS cluster}" "${SERVICES:?SERVICES must list the ECS services}"
out="${GITHUB_OUTPUT:-/dev/stdout}"
arns=()
while IFS= read -r service; do
  [[ -n "${service// /}" ]] || continue
  arns+=("$(aws ecs describe-services --cluster "$CLUSTER" --services "$service" --query 'services[0].taskDefinition' --output text)")
  echo "${service} runs ${arns[-1]}"
done <<<"$SERVICES"
delimiter="arns_$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
printf 'arns<<%s\n%s\n%s\n' "$delimiter" "$(printf '%s\n' "${arns[@]}")" "$delimiter" >>"$out"
