#!/usr/bin/env bash
# Every check of `make test`, in groups, each check recorded by scripts/run-check.sh under
# .test-results/. Run from the repository root after `make install`.
#   bash scripts/checks.sh all            every group (make test, .ci/run)
#   bash scripts/checks.sh lint           js-lint, python-lint, workflows (make lint)
#   bash scripts/checks.sh <group>...     js-lint python-lint workflows actions runner python ui infra images
# The CI workflow runs one group per job, so the two can never drift apart.
set -uo pipefail

mode="${1:-all}"
results="${SLIPWAY_TEST_RESULTS:-.test-results}"
check=(bash scripts/run-check.sh)
jest=(node --experimental-vm-modules node_modules/jest/bin/jest.js --ci)
venv=ml/.venv/bin
workspaces=(actions/shared actions/train-model actions/quality-gate actions/validate-data actions/production-baseline actions/pr-report actions/build-push actions/deploy-ecs actions/deploy-sagemaker actions/monitor actions/model-registry runner infra)

js_lint_checks() {
  # Type-aware linting holds a TypeScript program per workspace; infra's (aws-cdk-lib) alone takes
  # ~2 GB, so it is linted in a process of its own and both get room beyond Node's default heap.
  "${check[@]}" eslint lint env NODE_OPTIONS=--max-old-space-size=6144 npx eslint . --ignore-pattern 'infra/**'
  "${check[@]}" eslint-infra lint env NODE_OPTIONS=--max-old-space-size=6144 npx eslint infra
  "${check[@]}" prettier lint npx prettier --check .
  for ws in "${workspaces[@]}"; do
    "${check[@]}" "tsc-${ws##*/}" lint npx tsc --noEmit -p "$ws/tsconfig.json"
  done
  "${check[@]}" tsc-ui lint npx tsc --noEmit -p ui/tsconfig.json
  "${check[@]}" svelte-check lint npx svelte-check --workspace ui --tsconfig ./tsconfig.json --fail-on-warnings
}

python_lint_checks() {
  "${check[@]}" ruff lint "$venv/ruff" check ml data
  "${check[@]}" ruff-format lint "$venv/ruff" format --check ml data
  "${check[@]}" mypy lint "$venv/mypy" --config-file ml/pyproject.toml ml/slipway_ml
}

workflows_checks() {
  "${check[@]}" actionlint lint "$venv/actionlint" -config-file action-lint.yml
  # The auditor persona: every finding, including the low-confidence and pedantic ones.
  "${check[@]}" zizmor lint "$venv/zizmor" --persona auditor --offline .github/workflows
  # Lint every tracked or new shell script, plus .ci/run (a bash script without .sh).
  mapfile -t shell_scripts < <(git ls-files -co --exclude-standard -- '*.sh' .ci/run)
  "${check[@]}" shellcheck lint shellcheck "${shell_scripts[@]}"
  mapfile -t action_files < <(ls actions/*/action.yml)
  "${check[@]}" action-metadata lint npx tsx runner/src/action-metadata-check.ts "${action_files[@]}"
  mapfile -t workflow_files < <(ls .github/workflows/*.yml)
  "${check[@]}" workflow-wiring lint npx tsx runner/src/workflow-wiring-check.ts "${workflow_files[@]}"
  "${check[@]}" workflow-policy lint npx tsx runner/src/workflow-policy.ts "${workflow_files[@]}"
}

actions_checks() {
  "${check[@]}" jest-actions jest "${jest[@]}" -c actions/jest.config.js --json --outputFile="$results/jest-actions.json"
  "${check[@]}" dist-check lint bash actions/scripts/check-dist.sh
}

runner_checks() {
  "${check[@]}" jest-runner jest "${jest[@]}" -c runner/jest.config.js --json --outputFile="$results/jest-runner.json"
}

infra_checks() {
  "${check[@]}" jest-infra jest "${jest[@]}" -c infra/jest.config.js --json --outputFile="$results/jest-infra.json"
  # cdk synth of every stack through the pinned CLI (offline), then cfn-lint on each template.
  "${check[@]}" infra-synth-cfn-lint lint bash infra/scripts/synth-lint.sh
}

python_checks() {
  "${check[@]}" pytest pytest "$venv/pytest" ml/tests -q --junitxml="$results/pytest.xml"
}

ui_checks() {
  # vitest resolves --outputFile against --root (ui/), so it gets an absolute path.
  ui_results="$(cd "$results" && pwd)"
  "${check[@]}" vitest-ui junit npx vitest run --root ui --project unit --reporter=junit --outputFile="$ui_results/vitest-ui.xml"
  "${check[@]}" vitest-ui-e2e junit npx vitest run --root ui --project e2e --reporter=junit --outputFile="$ui_results/vitest-ui-e2e.xml"
}

images_checks() {
  # Builds and starts the API and UI images (root, buildah + podman; docs/benchmarks-images.md).
  "${check[@]}" pytest-images pytest bash scripts/images/image-check.sh -q --junitxml="$results/pytest-images.xml"
}

case "$mode" in
  all) groups=(js-lint python-lint workflows actions runner python ui infra images) ;;
  lint) groups=(js-lint python-lint workflows) ;;
  *) groups=("$@") ;;
esac
run_group() {
  case "$1" in
    js-lint) js_lint_checks ;;
    python-lint) python_lint_checks ;;
    workflows) workflows_checks ;;
    actions) actions_checks ;;
    runner) runner_checks ;;
    python) python_checks ;;
    ui) ui_checks ;;
    infra) infra_checks ;;
    images) images_checks ;;
  esac
}

known=" js-lint python-lint workflows actions runner python ui infra images "
for group in "${groups[@]}"; do
  if [[ "$known" != *" ${group} "* ]]; then
    echo "checks.sh: unknown group \"${group}\" — use all, lint or one of:${known% }" >&2
    exit 2
  fi
done

rm -rf "$results"
mkdir -p "$results"
for group in "${groups[@]}"; do run_group "$group"; done
exit 0
