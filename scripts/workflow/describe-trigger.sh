#!/usr/bin/env bash
# Workflow step: says in the log and the job summary why this train-and-deploy run started.
# EVENT is github.event_name; REASON the dispatch input (on a push: why the plan chose the
# project); DATA_URI a data-arrived manifest's URI.
set -euo pipefail

case "${EVENT:?EVENT must be the github.event_name}" in
  workflow_dispatch) why="manual retrain: ${REASON:?a workflow_dispatch run needs a reason}" ;;
  repository_dispatch) why="new data arrived: ${DATA_URI:?a data-arrived event needs client_payload.uri}" ;;
  push) why="a push to main: ${REASON:-it changed this project}" ;;
  *) why="event ${EVENT}" ;;
esac
echo "train-and-deploy for ${PROJECT:-?}: ${why}"
if [[ -n "${GITHUB_STEP_SUMMARY:-}" ]]; then
  printf '### Why this run\n\n%s — project %s\n' "$why" "${PROJECT:-?}" >>"$GITHUB_STEP_SUMMARY"
fi
