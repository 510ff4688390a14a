#!/usr/bin/env bash
# Release step: creates tag VERSION (vX.Y.Z) at GITHUB_SHA and moves the major tag (vX) there,
# through the REST API (no credentials are stored in the checkout). DRY_RUN=1 only prints.
set -euo pipefail

version="${VERSION:?VERSION must be vX.Y.Z}"
if [[ ! "$version" =~ ^v([0-9]+)\.[0-9]+\.[0-9]+$ ]]; then
  echo "::error::version \"${version}\" is not vX.Y.Z (e.g. v1.2.0)"
  exit 1
fi
major="v${BASH_REMATCH[1]}"
: "${GITHUB_REPOSITORY:?}" "${GITHUB_SHA:?}"
api() {
  if [[ -n "${DRY_RUN:-}" ]]; then echo "gh api $*" >&2; else gh api "$@"; fi
}

if [[ -z "${DRY_RUN:-}" ]] && gh api "repos/${GITHUB_REPOSITORY}/git/ref/tags/${version}" >/dev/null 2>&1; then
  echo "::error::tag ${version} exists already; release a new version"
  exit 1
fi
api -X POST "repos/${GITHUB_REPOSITORY}/git/refs" -f "ref=refs/tags/${version}" -f "sha=${GITHUB_SHA}" >/dev/null
if [[ -z "${DRY_RUN:-}" ]] && gh api "repos/${GITHUB_REPOSITORY}/git/ref/tags/${major}" >/dev/null 2>&1; then
  api -X PATCH "repos/${GITHUB_REPOSITORY}/git/refs/tags/${major}" -f "sha=${GITHUB_SHA}" -F force=true >/dev/null
else
  api -X POST "repos/${GITHUB_REPOSITORY}/git/refs" -f "ref=refs/tags/${major}" -f "sha=${GITHUB_SHA}" >/dev/null
fi
echo "released ${version}; ${major} now points at ${GITHUB_SHA}"
