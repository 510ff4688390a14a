#!/usr/bin/env bash
# Which parts of the repository a push or pull request changed, so CI runs only the jobs that
# can be affected (a change to ui/ does not retrain a model). Writes `<area>=true|false` lines
# to $GITHUB_OUTPUT (or stdout). Anything it cannot tell — no base commit, a new branch, a
# change to the build itself — turns every area on.
#   BASE_SHA=<sha> HEAD_SHA=<sha> scripts/changed-areas.sh
set -euo pipefail

areas=(python actions runner ui infra)
out="${GITHUB_OUTPUT:-/dev/stdout}"

all_on() {
  for area in "${areas[@]}"; do echo "${area}=true" >>"$out"; done
  echo "changed-areas: $1: every area is on" >&2
  exit 0
}

base="${BASE_SHA:-}"
head="${HEAD_SHA:-HEAD}"
[[ -n "$base" && ! "$base" =~ ^0+$ ]] || all_on "no base commit"
git cat-file -e "${base}^{commit}" 2>/dev/null || all_on "base ${base} is not in this clone"
mapfile -t files < <(git diff --name-only "$base" "$head")

declare -A on=()
for file in "${files[@]}"; do
  case "$file" in
    Makefile | scripts/* | .ci/* | .github/workflows/ci.yml | tsconfig.base.json | jest.config.base.js | eslint.config.js | .nvmrc)
      all_on "$file changes the build" ;;
    package.json | package-lock.json) on[actions]=1 on[runner]=1 on[ui]=1 on[infra]=1 ;;
    # The infra tests deploy into moto with the real deploy-ecs bundle and run cfn-lint from the venv.
    actions/deploy-ecs/*) on[infra]=1 on[actions]=1 on[runner]=1 ;;
    ml/requirements*) on[infra]=1 on[python]=1 on[runner]=1 ;;
    infra/*) on[infra]=1 ;;
    # build-push's tests read the Dockerfiles its defaults point at.
    ml/Dockerfile | ml/.dockerignore) on[python]=1 on[actions]=1 on[runner]=1 ;;
    ui/Dockerfile) on[ui]=1 on[actions]=1 ;;
    schemas/*) on[python]=1 on[actions]=1 on[runner]=1 ;;
    ml/* | data/*) on[python]=1 on[runner]=1 ;;
    actions/*) on[actions]=1 on[runner]=1 ;;
    runner/*) on[runner]=1 ;;
    ui/*) on[ui]=1 ;;
  esac
done
for area in "${areas[@]}"; do
  if [[ -n "${on[$area]:-}" ]]; then echo "${area}=true" >>"$out"; else echo "${area}=false" >>"$out"; fi
done
echo "changed-areas: ${#files[@]} files changed between ${base:0:12} and ${head:0:12}" >&2
