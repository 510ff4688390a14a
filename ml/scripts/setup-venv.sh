#!/usr/bin/env bash
# Creates ml/.venv from the pinned lock and installs slipway_ml into it (editable).
# SLIPWAY_VENV_PROFILE=runtime installs ml/requirements-runtime.lock instead (trainer, server,
# smoke test; no linters, type checkers or moto): what the workflow jobs need.
# Idempotent: a stamp file records the hash of the lock and pyproject.toml; when it matches,
# nothing is installed. Prints one line saying what it did.
set -euo pipefail

ml_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$ml_dir/.venv"
case "${SLIPWAY_VENV_PROFILE:-full}" in
  full) lock="$ml_dir/requirements.lock" ;;
  runtime) lock="$ml_dir/requirements-runtime.lock" ;;
  *)
    echo "setup-venv: SLIPWAY_VENV_PROFILE=\"${SLIPWAY_VENV_PROFILE}\" is neither full nor runtime — unset it (full) or use runtime" >&2
    exit 2
    ;;
esac
stamp="$venv/.slipway-lock.sha256"
python="${PYTHON:-python3}"

wanted="$(cat "$lock" "$ml_dir/pyproject.toml" | sha256sum | cut -d' ' -f1)"
if [[ -x "$venv/bin/python" && -f "$stamp" && "$(cat "$stamp")" == "$wanted" ]]; then
  echo "ml venv: up to date ($venv)"
  exit 0
fi

if [[ ! -x "$venv/bin/python" ]]; then
  "$python" -m venv "$venv"
fi
pip=("$venv/bin/python" -m pip --disable-pip-version-check --quiet)
"${pip[@]}" install --requirement "$lock"
# setuptools comes from the lock, so the editable build needs no download of its own.
"${pip[@]}" install --no-deps --no-build-isolation --editable "$ml_dir"
echo "$wanted" >"$stamp"
echo "ml venv: synced $(grep -c "==" "$lock") pinned packages and slipway_ml (editable) into $venv"
