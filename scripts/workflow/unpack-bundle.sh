#!/usr/bin/env bash
# Workflow step: unpacks the gated bundle tarball (downloaded into
# $RUNNER_TEMP/bundle-tarball) into $RUNNER_TEMP/bundle and outputs its folder as `path`.
# Unpacked into a temporary folder first and renamed, so a partial bundle never has the final name.
set -euo pipefail

temp="${RUNNER_TEMP:?RUNNER_TEMP is set by the runner}"
mapfile -t tarballs < <(find "$temp/bundle-tarball" -maxdepth 1 -name '*.tar.gz')
if ((${#tarballs[@]} != 1)); then
  echo "::error::expected one bundle .tar.gz in $temp/bundle-tarball, found ${#tarballs[@]}"
  exit 1
fi
target="$temp/bundle"
partial="$(mktemp -d "$temp/.bundle.XXXXXX")"
tar -xzf "${tarballs[0]}" -C "$partial"
for file in manifest.json model.joblib input_schema.json metrics.json; do
  [[ -f "$partial/$file" ]] || {
    echo "::error::${tarballs[0]} has no $file: not a complete model bundle"
    exit 1
  }
done
rm -rf "$target"
mv "$partial" "$target"
echo "path=$target" >>"${GITHUB_OUTPUT:-/dev/stdout}"
