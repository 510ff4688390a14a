#!/usr/bin/env bash
# Workflow step, run when a deploy job fails or is cancelled (`if: failure() || cancelled()`):
# a killed job must not hide a half-finished deploy. For each ECS service it writes the
# service's deployments to the log and the job summary; when the job was CANCELLED (killed at
# its timeout or by hand) while a deployment of this run was still rolling out, it points the
# service back at the task definition it ran before this run (PREVIOUS_<n>) — deploy-ecs never
# got to its own rollback. A failed (not cancelled) job is left to deploy-ecs, which already
# rolled back (rollback-on-failure) or left ECS's circuit breaker to do it.
# Environment: CLUSTER, JOB_STATUS (job.status), SERVICES (one per line),
#   PREVIOUS (one task definition ARN per line, same order; empty when unknown).
set -euo pipefail

: "${CLUSTER:?CLUSTER must name the ECS cluster}" "${SERVICES:?SERVICES must list the ECS services}"
summary="${GITHUB_STEP_SUMMARY:-/dev/stdout}"
mapfile -t services < <(printf '%s\n' "$SERVICES" | sed '/^[[:space:]]*$/d')
mapfile -t previous < <(printf '%s\n' "${PREVIOUS:-}")
status="${JOB_STATUS:-failure}"

printf '### Service state after a %s deploy job\n\n' "$status" >>"$summary"
for i in "${!services[@]}"; do
  service="${services[$i]}"
  before="${previous[$i]:-}"
  if ! state="$(aws ecs describe-services --cluster "$CLUSTER" --services "$service" \
    --query 'services[0].deployments[].[status, rolloutState, taskDefinition, runningCount, desiredCount]' --output text 2>&1)" ||
    [[ -z "$state" || "$state" == "None" ]]; then
    echo "::error::${service}: cannot read its state (${state:-no such service}) — check the service in the ECS console before rerunning"
    continue
  fi
  printf '%s (%s):\n\n\x60\x60\x60\n%s\n\x60\x60\x60\n\n' "$service" "$CLUSTER" "$state" >>"$summary"
  echo "${service}: ${state//$'\n'/; }"
  # What the service is set to run, and how its primary deployment's rollout stands.
  read -r current rollout < <(aws ecs describe-services --cluster "$CLUSTER" --services "$service" \
    --query "services[0].[taskDefinition, deployments[?status=='PRIMARY'] | [0].rolloutState]" --output text)
  if [[ "$rollout" == "COMPLETED" ]]; then
    continue
  fi
  echo "::warning::${service}: its newest deployment (${current}) is ${rollout:-unknown}, not COMPLETED — a deploy was left half-finished"
  if [[ "$status" == "cancelled" && -n "$before" && "$current" != "$before" ]]; then
    if ! error="$(aws ecs update-service --cluster "$CLUSTER" --service "$service" --task-definition "$before" 2>&1 >/dev/null)"; then
      echo "::error::${service}: the job was cancelled mid-deploy and the rollback to ${before} failed (${error}) — roll back by hand: aws ecs update-service --cluster ${CLUSTER} --service ${service} --task-definition ${before}"
      continue
    fi
    echo "::error::${service}: the job was cancelled mid-deploy; pointed the service back at ${before}"
    printf 'Rolled back to \x60%s\x60 (the job was cancelled mid-deploy).\n\n' "$before" >>"$summary"
  fi
done
