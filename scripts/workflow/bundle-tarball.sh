#!/usr/bin/env bash
# Workflow step: the gated bundle's .tar.gz in TARBALL_DIR (the downloaded gated-bundle
# artifact) and its sha256, for deploy-sagemaker's bundle-file and bundle-sha256. Exactly one
# tarball must be there. Outputs: path, sha256.
set -euo pipefail

out="${GITHUB_OUTPUT:-/dev/stdout}"
: "${TARBALL_DIR:?TARBALL_DIR must name the folder the gated-bundle artifact was downloaded to}"

mapfile -t tarballs < <(find "$TARBALL_DIR" -maxdepth 1 -type f -name '*.tar.gz' | sort)
if ((${#tarballs[@]} != 1)); then
  echo "::error::expected one bundle .tar.gz in ${TARBALL_DIR}, found ${#tarballs[@]}: ${tarballs[*]:-none} — check the gated-bundle artifact of the train job" >&2
  exit 1
fi
sha256="$(sha256sum "${tarballs[0]}" | cut -d ' ' -f 1)"
printf 'path=%s\nsha256=%s\n' "${tarballs[0]}" "$sha256" >>"$out"
