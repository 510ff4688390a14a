"""The workflow jobs' runtime lock: a subset of the full lock at the same versions, holding
every runtime requirement, and selected by setup-venv.sh's SLIPWAY_VENV_PROFILE."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

ML = Path(__file__).resolve().parents[1]


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _pins(path: Path) -> dict[str, str]:
    pins: dict[str, str] = {}
    for number, raw in enumerate(path.read_text().splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        name, sep, version = line.partition("==")
        assert sep and version, f"{path.name}:{number}: {raw!r} is not an exact pin name==version"
        pins[_norm(name)] = version
    return pins


def _requirement_names(path: Path) -> list[str]:
    names = []
    for raw in path.read_text().splitlines():
        line = raw.split("#", 1)[0].strip()
        if line and not line.startswith("-r"):
            names.append(_norm(re.split(r"[\[=<>~!; ]", line, maxsplit=1)[0]))
    return names


def test_runtime_lock_is_a_subset_of_the_full_lock_at_the_same_versions() -> None:
    full = _pins(ML / "requirements.lock")
    runtime = _pins(ML / "requirements-runtime.lock")
    not_in_full = sorted(set(runtime) - set(full))
    assert not not_in_full, f"requirements-runtime.lock pins {not_in_full}, not in the full lock"
    differ = {name: (v, full[name]) for name, v in runtime.items() if full[name] != v}
    assert not differ, f"runtime lock differs from the full lock (runtime, full): {differ}"


def test_runtime_lock_holds_every_runtime_requirement_and_no_dev_tool() -> None:
    runtime = _pins(ML / "requirements-runtime.lock")
    missing = [name for name in _requirement_names(ML / "requirements.txt") if name not in runtime]
    assert not missing, f"requirements.txt names {missing}, absent from requirements-runtime.lock"
    runtime_names = set(_requirement_names(ML / "requirements.txt"))
    dev_only = set(_requirement_names(ML / "requirements-dev.txt")) - runtime_names
    dev_only.discard("setuptools")  # the editable install builds with it (--no-build-isolation)
    assert sorted(dev_only & set(runtime)) == []
    assert "setuptools" in runtime


def test_setup_venv_refuses_an_unknown_profile() -> None:
    done = subprocess.run(
        ["bash", str(ML / "scripts" / "setup-venv.sh")],
        env={**os.environ, "SLIPWAY_VENV_PROFILE": "slim"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert 'SLIPWAY_VENV_PROFILE="slim" is neither full nor runtime' in done.stderr
