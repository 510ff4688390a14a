#!/usr/bin/env bash
# Shared by the image check's scripts: where its persistent cache lives, and a private podman
# configuration (TOOLCHAIN.md, "Container images without Docker") so the check never touches the
# machine's own podman storage or settings. Sourced, not run.

# Persistent between runs: the base images and buildah's layer cache (graphroot), and the npm
# tarball the Node base is made with. Safe to delete at any time (the next run is a cold run).
image_cache="${SLIPWAY_IMAGE_CACHE:-${XDG_CACHE_HOME:-${HOME}/.cache}/slipway-images}"

fail() {
  printf 'image check: %s\n' "$1" >&2
  exit 1
}

# Writes containers.conf and storage.conf into the folder given and exports the variables that
# make podman and buildah read them. runroot and tmp_dir must keep the same path between runs
# (podman's database records them), so they live in the cache and are emptied by
# reset_podman_state, as a reboot would.
use_private_podman() {
  local config_dir="$1"
  mkdir -p "${image_cache}/storage" "${image_cache}/state"
  cat >"${config_dir}/storage.conf" <<CONF
[storage]
driver = "overlay"
graphroot = "${image_cache}/storage"
runroot = "${image_cache}/state/runroot"
CONF
  # crun fails here (cgroups hybrid mode); host networking needs no bridge or firewall rules.
  cat >"${config_dir}/containers.conf" <<CONF
[containers]
netns = "host"
default_ulimits = ["nofile=4096:4096", "nproc=4096:4096"]
log_driver = "k8s-file"

[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
events_logfile_path = "${image_cache}/state/events.log"
tmp_dir = "${image_cache}/state/tmp"
CONF
  private_podman="${config_dir}"
  export CONTAINERS_CONF="${config_dir}/containers.conf"
  export CONTAINERS_STORAGE_CONF="${config_dir}/storage.conf"
  export CONTAINERS_REGISTRIES_CONF="${config_dir}/registries.conf"
  # No registry is ever asked: every base is local and builds pass --pull=never.
  printf 'unqualified-search-registries = []\n' >"${CONTAINERS_REGISTRIES_CONF}"
}

# Only the check uses this storage and it holds the lock: whatever a killed run left (containers,
# mounts, state) is gone before and after each run. Images and layers stay.
reset_podman_state() {
  # Never the machine's own containers: only after use_private_podman.
  [[ -n "${private_podman:-}" ]] || fail "reset_podman_state called before use_private_podman"
  podman rm --all --force >/dev/null 2>&1 || true
  buildah rm --all >/dev/null 2>&1 || true
  rm -rf "${image_cache}/state"
  mkdir -p "${image_cache}/state"
}

# The layer cache grows by a few hundred MB whenever ml/ or ui/ changes (a new venv layer). Past
# the limit it is emptied whole, bases included: the next run is a cold run.
limit_cache_size() {
  local limit_gb="${SLIPWAY_IMAGE_CACHE_LIMIT_GB:-10}" used_kb
  used_kb="$(du -sk "${image_cache}/storage" | cut -f1)"
  if ((used_kb > limit_gb * 1024 * 1024)); then
    echo "image check: the cache holds $((used_kb / 1024 / 1024)) GB (limit ${limit_gb} GB): emptying it" >&2
    rm -rf "${image_cache}/storage"
    mkdir -p "${image_cache}/storage"
  fi
}
