#!/usr/bin/env bash
# Workflow step: the pull request a push to main merged, for the release card, as one line of
# JSON {number, title, url, author, merged_by} in the output `json` (empty when the commit came
# from no merged pull request, e.g. a direct push). Needs GH_TOKEN with pull-requests: read.
# Environment: REPOSITORY (owner/name), SHA (the pushed commit).
set -euo pipefail

: "${REPOSITORY:?REPOSITORY must be owner/name}" "${SHA:?SHA must be the pushed commit}"
out="${GITHUB_OUTPUT:-/dev/stdout}"
number="$(gh api "repos/${REPOSITORY}/commits/${SHA}/pulls" --jq '[.[] | select(.merged_at != null)][0].number // empty')"
if [[ -z "$number" ]]; then
  echo "json=" >>"$out"
  echo "commit ${SHA} came from no merged pull request"
  exit 0
fi
json="$(gh api "repos/${REPOSITORY}/pulls/${number}" --jq '{number, title, url: .html_url, author: .user.login, merged_by: (.merged_by.login // "unknown")} | tojson')"
echo "json=${json}" >>"$out"
echo "commit ${SHA} merged by pull request #${number}"
