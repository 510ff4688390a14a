#!/usr/bin/env bash
# make test's infra synth check: `cdk synth` of every stack through the pinned CLI (offline:
# the availability zones come from cdk.json), then cfn-lint on every template. cfn-lint's
# errors fail the check; W3005 (a redundant DependsOn) is CDK's own and is not reported.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cfn_lint="${CFN_LINT:-../ml/.venv/bin/cfn-lint}"

npx cdk synth --quiet --output "$out" -c "slipway:imageTag=$(git rev-parse HEAD)"
mapfile -t templates < <(ls "$out"/*.template.json)
[[ "${#templates[@]}" -eq 3 ]] || {
  echo "expected 3 templates (Shared, Staging, Production), got ${#templates[@]}: ${templates[*]}" >&2
  exit 1
}
echo "synthesized: ${templates[*]##*/}"
# cfn-lint exits with a bit mask: 2 errors, 4 warnings, 8 informational (1 itself failed).
status=0
"$cfn_lint" --ignore-checks W3005 --format parseable -- "${templates[@]}" || status=$?
if ((status & 3)); then
  echo "cfn-lint: errors in the templates above (exit ${status})" >&2
  exit 1
fi
echo "cfn-lint: no errors in ${#templates[@]} templates$( ((status & 4)) && echo ' (warnings above)')"
