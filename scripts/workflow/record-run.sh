#!/usr/bin/env bash
# Workflow step: the production record points to the live model's training-data profile — the
# `data-profile-<project>` artifact of the run that recorded it (its run_url). Reads RECORD
# (production-baseline's record output, empty when nothing is live) and writes `run-id` (empty
# when there is no record) and `note` (why drift cannot be checked, when it cannot).
set -euo pipefail

out="${GITHUB_OUTPUT:-/dev/stdout}"
record="${RECORD:-}"
if [[ -z "${record// /}" ]]; then
  echo "run-id=" >>"$out"
  echo "note=nothing of this project is live in production yet, so there is no reference profile" >>"$out"
  exit 0
fi
if ! run_url="$(jq -er '.run_url | strings' <<<"$record" 2>/dev/null)"; then
  echo "::error::the production record has no run_url string — production-baseline's record output is not a record"
  exit 1
fi
if [[ ! "$run_url" =~ /actions/runs/([0-9]+)(/|$) ]]; then
  echo "run-id=" >>"$out"
  echo "note=the production record's run_url ${run_url} names no workflow run" >>"$out"
  exit 0
fi
echo "run-id=${BASH_REMATCH[1]}" >>"$out"
echo "note=" >>"$out"
echo "production's training-data profile: artifact data-profile-${PROJECT:-?} of run ${BASH_REMATCH[1]}"
