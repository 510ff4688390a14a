#!/usr/bin/env bash
# Workflow step: who approved this run's deployments (the `production` environment's required
# reviewers), from GitHub's approvals API, as the output `approvers` (comma-separated logins).
# Needs GH_TOKEN with actions: read.
set -euo pipefail

: "${GITHUB_REPOSITORY:?}" "${GITHUB_RUN_ID:?}"
approvers="$(gh api "repos/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}/approvals" \
  --jq '[.[] | select(.state == "approved") | .user.login] | unique | join(",")')"
if [[ -z "$approvers" ]]; then
  echo "::warning::no recorded approval for this run: the production environment has no required reviewers (see docs/ENVIRONMENTS.md)"
  approvers="none (no required reviewers)"
fi
echo "approvers=${approvers}" >>"${GITHUB_OUTPUT:-/dev/stdout}"
echo "production approved by: ${approvers}"
