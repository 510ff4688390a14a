#!/usr/bin/env bash
# Workflow step after a failed or cancelled SageMaker deploy: the endpoint's status, the config
# it serves, SageMaker's FailureReason and the pending deployment, in the log and the job
# summary. Nothing to roll back here: SageMaker finishes a blue/green update, or rolls it back
# on the alarms, by itself (a cancelled job does not stop it).
set -euo pipefail

: "${ENDPOINT:?ENDPOINT must name the SageMaker endpoint}"
summary="${GITHUB_STEP_SUMMARY:-/dev/stdout}"

if ! state="$(aws sagemaker describe-endpoint --endpoint-name "$ENDPOINT" --output json 2>&1)"; then
  echo "::warning::cannot describe endpoint ${ENDPOINT}: ${state}"
  printf '## Endpoint %s\n\nNot described: %s\n' "$ENDPOINT" "$state" >>"$summary"
  exit 0
fi
line="$(jq -r '"status \(.EndpointStatus), serving \(.EndpointConfigName // "?")" + (if .FailureReason then "; reason: \(.FailureReason)" else "" end) + (if .PendingDeploymentSummary then "; pending \(.PendingDeploymentSummary.EndpointConfigName)" else "" end)' <<<"$state")"
echo "endpoint ${ENDPOINT}: ${line}"
{
  printf '## Endpoint %s after this job\n\n' "$ENDPOINT"
  printf '%s\n\n' "$line"
  printf 'SageMaker completes or rolls back a blue/green update itself; check again in the console before rerunning.\n'
} >>"$summary"
