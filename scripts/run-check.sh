#!/usr/bin/env bash
# Runs one check of `make test` and records its outcome under .test-results/ for
# scripts/test-summary.mjs. Never fails itself, so `make test` goes on after a failing check.
#   scripts/run-check.sh <name> <kind: lint|jest|pytest|junit> <command> [args...]
# jest checks must write .test-results/<name>.json, pytest and junit (vitest) checks .test-results/<name>.xml.
set -uo pipefail

name="$1"
kind="$2"
shift 2
results="${SLIPWAY_TEST_RESULTS:-.test-results}"
mkdir -p "$results"
log="$results/$name.log"

printf '── %s: %s\n' "$name" "$*"
started=$(date +%s)
"$@" >"$log" 2>&1
status=$?
elapsed=$(($(date +%s) - started))
printf '%s %s %s\n' "$kind" "$status" "$elapsed" >"$results/$name.check"
if [ "$status" -eq 0 ]; then
  printf '   ok (%ss)\n' "$elapsed"
else
  printf '   FAILED with exit code %s (%ss); last lines of %s:\n' "$status" "$elapsed" "$log"
  tail -n 25 "$log" | sed 's/^/   | /'
fi
exit 0
