#!/usr/bin/env bash
# Installs node_modules exactly as package-lock.json pins them.
# `npm ci` is tried first. Registries differ in which other-platform optional binaries they list
# (e.g. @unrs/resolver-binding-darwin-x64), so npm ci's manifest/lock consistency check can fail
# on one that lacks them, and npm install adds them on one that has them. Either way the pins
# for this machine must come out unchanged (scripts/lock-compare.mjs), or the install is
# refused; the committed lock file is put back as it was.
set -euo pipefail

saved=$(mktemp)
trap 'rm -f "$saved"' EXIT
cp package-lock.json "$saved"
if ! npm ci --no-audit --no-fund --loglevel=error 2>/tmp/slipway-npm-ci.log; then
  echo "npm ci refused the lock ($(grep -c 'Missing:' /tmp/slipway-npm-ci.log || true) optional entries missing for other platforms); installing the pinned lock with npm install"
  npm install --no-audit --no-fund --loglevel=error
fi
if ! cmp -s package-lock.json "$saved"; then
  if ! node scripts/lock-compare.mjs "$saved" package-lock.json; then
    cp "$saved" package-lock.json
    echo "package-lock.json changed during install: the lock is out of date. Run npm install, review and commit it." >&2
    exit 1
  fi
  echo "npm listed other platforms' optional packages differently from the lock; the pins for this machine are unchanged, the committed lock is kept"
  cp "$saved" package-lock.json
fi
