#!/usr/bin/env bash
# The image check of `make test` (group `images` of scripts/checks.sh): builds the API and UI
# images from their unchanged Dockerfiles on local base images, starts both with podman and
# checks them (ml/image_tests). Extra arguments go to pytest, e.g. --junitxml=<file>.
# Needs root and the Debian packages of the Makefile's debian-packages target. One run at a
# time per cache (a lock); the cache (bases, layers) is kept, everything else is removed.
#   bash scripts/images/image-check.sh [pytest arguments]
set -euo pipefail
# shellcheck source=SCRIPTDIR/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

[[ "$(id -u)" -eq 0 ]] || fail "buildah and podman run as root here (the rootless setup is not configured); run as root"
for tool in buildah podman mmdebstrap runc; do
  command -v "${tool}" >/dev/null || fail "${tool} is not installed: run make install (its debian-packages target installs it)"
done

mkdir -p "${image_cache}"
exec 9>"${image_cache}/lock"
if ! flock --nonblock 9; then
  echo "image check: another run holds ${image_cache}/lock; waiting for it" >&2
  flock 9
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/slipway-image-check.XXXXXX")"
trap 'rm -rf "${work}"' EXIT
use_private_podman "${work}"
trap 'reset_podman_state; rm -rf "${work}"' EXIT
reset_podman_state
limit_cache_size

# PYTHON_IMAGE=... and NODE_IMAGE=..., the build ARGs the Dockerfiles already take.
while IFS='=' read -r name value; do
  export "SLIPWAY_BASE_${name}=${value}"
done < <(bash scripts/images/base-images.sh "${work}")
[[ -n "${SLIPWAY_BASE_PYTHON_IMAGE:-}" && -n "${SLIPWAY_BASE_NODE_IMAGE:-}" ]] || fail "the base images could not be made (messages above)"
export SLIPWAY_IMAGE_CHECK_WORK="${work}"
ml/.venv/bin/pytest ml/image_tests -p no:cacheprovider "$@"
