#!/usr/bin/env bash
# Installs node_modules exactly as package-lock.json pins them.
# `npm ci` is tried first. The npm registry reachable from these machines lacks other platforms'
# optional binaries (e.g. @unrs/resolver-binding-darwin-x64), so npm ci's manifest/lock
# consistency check can fail there; `npm install` then installs the same pinned versions.
# Either way the lock must come out unchanged, or the install is refused.
set -euo pipefail

before=$(sha256sum package-lock.json)
if ! npm ci --no-audit --no-fund --loglevel=error 2>/tmp/slipway-npm-ci.log; then
  echo "npm ci refused the lock ($(grep -c 'Missing:' /tmp/slipway-npm-ci.log || true) optional entries missing for other platforms); installing the pinned lock with npm install"
  npm install --no-audit --no-fund --loglevel=error
fi
if [ "$(sha256sum package-lock.json)" != "$before" ]; then
  echo "package-lock.json changed during install: the lock is out of date. Run npm install, review and commit it." >&2
  exit 1
fi
