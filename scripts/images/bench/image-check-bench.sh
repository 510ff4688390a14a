#!/usr/bin/env bash
# Times the image check cold (an empty cache: bases made by mmdebstrap, every wheel and npm
# package downloaded) and then warm (the same cache: bases and layers reused), and prints both,
# the ratio and pytest's slowest steps of each. The cold cache is a fresh folder, removed after;
# the machine's own cache is not touched. Figures: docs/benchmarks-images.md.
#   bash scripts/images/bench/image-check-bench.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."

cache="$(mktemp -d "${TMPDIR:-/tmp}/slipway-image-bench.XXXXXX")"
trap 'rm -rf "${cache}"' EXIT
export SLIPWAY_IMAGE_CACHE="${cache}"

timed_run() {
  local label="$1" log="${cache}/$1.log" started elapsed
  started=$(date +%s.%N)
  bash scripts/images/image-check.sh -q --durations=8 >"${log}" 2>&1 || {
    tail -n 40 "${log}" >&2
    echo "image bench: the ${label} run failed" >&2
    exit 1
  }
  elapsed=$(awk -v start="${started}" -v now="$(date +%s.%N)" 'BEGIN { print now - start }')
  printf '%s run: %.0f s (load average before: %s)\n' "${label}" "${elapsed}" "${load_before}"
  sed -n '/slowest/,/passed/p' "${log}" | sed 's/^/  /'
  printf '%s\n' "${elapsed}" >"${cache}/${label}.seconds"
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
timed_run cold
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
timed_run warm
awk -v cold="$(cat "${cache}/cold.seconds")" -v warm="$(cat "${cache}/warm.seconds")" \
  'BEGIN { printf "cold / warm: %.1fx\n", cold / warm }'
