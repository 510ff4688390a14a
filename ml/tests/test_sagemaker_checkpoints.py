"""Spot checkpoints of the SageMaker entrypoint, run as a process on a temporary /opt/ml root:
a run killed after a stage and started again (as SageMaker restarts an interrupted Spot job,
with the checkpoint folder copied back) resumes there and publishes the bundle an
uninterrupted run publishes."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

from .conftest import Workspace
from .test_sagemaker_train import JOB, make_root, run_entrypoint, without_fit_seconds

# A slower second candidate, so that the first one's checkpoint is written well before the
# run ends (the test kills the run when it sees that checkpoint).
OVERRIDES = json.dumps({"xgb": {"n_estimators": 400}})
HYPERPARAMETERS = {"project": "project.yaml", "seed": "5", "overrides": OVERRIDES}


def load(file: Path) -> Any:
    return json.loads(file.read_text())


def run_until(root: Path, line: str) -> list[str]:
    """Starts the entrypoint, SIGKILLs it when it prints `line` (as a Spot interruption ends
    the container), and returns what it printed."""
    env = {**os.environ, "TRAINING_JOB_NAME": JOB, "SLIPWAY_SAGEMAKER_ROOT": str(root)}
    process = subprocess.Popen(
        [sys.executable, "-m", "slipway_ml.sagemaker_train", "train"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    printed: list[str] = []
    assert process.stdout is not None
    for text in process.stdout:
        printed.append(text.rstrip("\n"))
        if text.rstrip("\n") == line:
            process.send_signal(signal.SIGKILL)
            break
    process.wait(timeout=60)
    process.stdout.close()
    assert process.returncode == -signal.SIGKILL, printed
    return printed


def written_stages(printed: list[str]) -> list[str]:
    prefix = "[slipway] checkpoint: wrote "
    return [line.removeprefix(prefix) for line in printed if line.startswith(prefix)]


def finish(root: Path) -> subprocess.CompletedProcess[str]:
    done = run_entrypoint(root)
    assert done.returncode == 0, done.stderr
    assert not (root / "output" / "failure").exists()
    return done


def test_killed_run_resumes_and_publishes_the_same_bundle(
    workspace: Workspace, tmp_path: Path
) -> None:
    whole = make_root(tmp_path / "whole", workspace, HYPERPARAMETERS)
    finish(whole)
    killed = make_root(tmp_path / "killed", workspace, HYPERPARAMETERS)

    before = run_until(killed, "[slipway] checkpoint: wrote candidate-0")
    assert not (killed / "model").exists()
    # What a kill in the middle of a write leaves: removed on restart, never read.
    (killed / "checkpoints" / ".candidate-1.joblib.partial").write_bytes(b"half a pickle")
    done = finish(killed)

    stages = written_stages(before)
    assert stages[0] == "candidate-0" and "bundle" not in stages, stages
    assert f"[slipway] checkpoint: resumed from checkpoint: stages {', '.join(stages)}" in (
        done.stdout.splitlines()
    )
    # The resumed candidate is not cross-validated again; the other one is.
    assert "[slipway] cv: lin fold" not in done.stdout
    assert "[slipway] cv: xgb fold 1/" in done.stdout
    assert not (killed / "checkpoints" / ".candidate-1.joblib.partial").exists()
    model, reference = killed / "model", whole / "model"
    assert sorted(p.name for p in model.iterdir()) == sorted(p.name for p in reference.iterdir())
    for file in sorted(reference.iterdir()):
        if file.name not in ("manifest.json", "metrics.json", "SHA256SUMS"):
            assert (model / file.name).read_bytes() == file.read_bytes(), file.name
    assert load(model / "manifest.json")["version"] == load(reference / "manifest.json")["version"]
    assert without_fit_seconds(load(model / "metrics.json")) == without_fit_seconds(
        load(reference / "metrics.json")
    )


def test_finished_bundle_is_republished_byte_for_byte(workspace: Workspace, tmp_path: Path) -> None:
    root = make_root(tmp_path, workspace, {"project": "project.yaml", "seed": "5"})
    first = finish(root)
    assert written_stages(first.stdout.splitlines()) == [
        "candidate-0",
        "candidate-1",
        "candidate-2",
        "bundle",
    ]
    published = {p.name: p.read_bytes() for p in (root / "model").iterdir()}
    shutil.rmtree(root / "model")  # a restarted job starts with an empty model folder

    again = finish(root)

    assert (
        "[slipway] checkpoint: resumed from checkpoint: stages "
        "candidate-0, candidate-1, candidate-2, bundle" in again.stdout.splitlines()
    )
    assert "[slipway] cv:" not in again.stdout and "[slipway] load:" not in again.stdout
    assert {p.name: p.read_bytes() for p in (root / "model").iterdir()} == published
    # Small: the fitted candidates and the bundle, never a copy of the data.
    data_size = workspace.data_file.stat().st_size
    checkpoint_files = [p for p in (root / "checkpoints").rglob("*") if p.is_file()]
    assert all(p.stat().st_size != data_size for p in checkpoint_files)


def test_checkpoint_of_other_inputs_is_ignored(workspace: Workspace, tmp_path: Path) -> None:
    root = make_root(tmp_path, workspace, {"project": "project.yaml", "seed": "5"})
    finish(root)
    shutil.rmtree(root / "model")
    (root / "input" / "config" / "hyperparameters.json").write_text(
        json.dumps({"project": "project.yaml", "seed": "6"})
    )

    again = finish(root)

    assert "made from other inputs" in again.stdout and "resumed from" not in again.stdout
    assert "[slipway] cv: lin fold 1/" in again.stdout
    assert load(root / "model" / "manifest.json")["seed"] == 6
    manifest = load(root / "checkpoints" / "slipway-checkpoint.json")
    assert sorted(manifest["stages"]) == ["bundle", "candidate-0", "candidate-1", "candidate-2"]


def test_tampered_stage_is_never_loaded_and_is_redone(workspace: Workspace, tmp_path: Path) -> None:
    root = make_root(tmp_path, workspace, {"project": "project.yaml", "seed": "5"})
    finish(root)
    version = load(root / "model" / "manifest.json")["version"]
    shutil.rmtree(root / "model")
    # Not a pickle any more: loading it would fail, so only the digest check can skip it.
    (root / "checkpoints" / "candidate-1.joblib").write_bytes(b"not the checkpoint written")
    shutil.rmtree(root / "checkpoints" / "bundle")

    again = finish(root)

    lines = again.stdout.splitlines()
    assert (
        "[slipway] checkpoint: ignored stage candidate-1: candidate-1.joblib "
        "does not match its sha256" in lines
    )
    assert any(line.startswith("[slipway] checkpoint: ignored stage bundle: ") for line in lines)
    resumed = "[slipway] checkpoint: resumed from checkpoint: stages candidate-0, candidate-2"
    assert resumed in lines
    assert (
        "[slipway] cv: lin fold" not in again.stdout and "[slipway] cv: rf fold" not in again.stdout
    )
    assert "[slipway] cv: xgb fold 1/" in again.stdout
    assert load(root / "model" / "manifest.json")["version"] == version
