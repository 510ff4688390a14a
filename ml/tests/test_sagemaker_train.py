"""The trainer image's SageMaker entrypoint, run as a process on a temporary /opt/ml root:
its model folder is the local backend's bundle for the same data, spec and seed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from .conftest import CliResult, Workspace

JOB = "slipway-small-houses-test-job"


def load(file: Path) -> Any:
    return json.loads(file.read_text())


def without_fit_seconds(metrics: dict[str, Any]) -> dict[str, Any]:
    candidates = [{k: v for k, v in c.items() if k != "fit_seconds"} for c in metrics["candidates"]]
    return {**metrics, "candidates": candidates}


def make_root(tmp_path: Path, ws: Workspace, hyperparameters: dict[str, str]) -> Path:
    root = tmp_path / "opt-ml"
    config = root / "input" / "config"
    config.mkdir(parents=True)
    (config / "hyperparameters.json").write_text(json.dumps(hyperparameters))
    (config / "resourceconfig.json").write_text(
        json.dumps(
            {"current_host": "algo-1", "hosts": ["algo-1"], "current_instance_type": "ml.m5.large"}
        )
    )
    train = root / "input" / "data" / "train"
    train.mkdir(parents=True)
    shutil.copy2(ws.data_file, train / ws.data_file.name)
    channel = root / "input" / "data" / "config"
    (channel / "data" / "houses").mkdir(parents=True)
    shutil.copy2(ws.project_file, channel / "project.yaml")
    shutil.copy2(ws.contract_file, channel / "data" / "houses" / "contract.yaml")
    return root


def run_entrypoint(root: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TRAINING_JOB_NAME": JOB, "SLIPWAY_SAGEMAKER_ROOT": str(root)}
    return subprocess.run(
        [sys.executable, "-m", "slipway_ml.sagemaker_train", "train"],
        env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


def test_model_folder_is_the_local_bundle(workspace: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "local"
    # The local run as its own process, as train-model starts it: in this pytest process other
    # tests' library state (threads, global configs) could change the pickled estimator's bytes.
    local = subprocess.run(
        [sys.executable, "-m", "slipway_ml",
         *workspace.args(out, "--data", str(workspace.data_file), "--seed", "7")],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert local.returncode == 0, local.stderr
    bundle = Path(load(out / "result.json")["bundle_dir"])
    source = f"file:{workspace.data_file.resolve()}"
    root = make_root(
        tmp_path, workspace, {"project": "project.yaml", "seed": "7", "data_source": source}
    )

    done = run_entrypoint(root)

    assert done.returncode == 0, done.stderr
    assert not (root / "output" / "failure").exists()
    model = root / "model"
    assert {p.name for p in model.iterdir()} == {p.name for p in bundle.iterdir()}
    differ = ("manifest.json", "metrics.json")  # where it ran, and the measured fit times
    for file in sorted(bundle.iterdir()):
        if file.name not in (*differ, "SHA256SUMS"):
            assert (model / file.name).read_bytes() == file.read_bytes(), file.name

    def sums(folder: Path) -> list[str]:
        lines = (folder / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
        return [line for line in lines if not line.endswith(differ)]

    # The digest list agrees on every file but the two that say where and how long it ran.
    assert sums(model) == sums(bundle) and len(sums(bundle)) == len(list(bundle.iterdir())) - 3
    # Every figure but the measured fit time of each candidate.
    assert without_fit_seconds(load(model / "metrics.json")) == without_fit_seconds(
        load(bundle / "metrics.json")
    )
    remote, here = load(model / "manifest.json"), load(bundle / "manifest.json")
    assert remote["version"] == here["version"] == bundle.name
    assert here["trained_on"] == {"backend": "local"}
    assert remote["trained_on"] == {
        "backend": "sagemaker", "training_job": JOB, "instance_type": "ml.m5.large", "hosts": 1,
    }  # fmt: skip
    varying = {"trained_on", "created_at", "training_seconds"}
    assert {k: v for k, v in remote.items() if k not in varying} == {
        k: v for k, v in here.items() if k not in varying
    }
    assert load(model / "fingerprint.json")["source"] == source
    assert "[slipway] select:" in done.stdout  # the same progress lines the action streams


def test_paired_comparison_goes_to_output_data(
    workspace: Workspace, run_cli: Any, tmp_path: Path
) -> None:
    out = tmp_path / "production"
    assert run_cli(workspace.args(out, "--data", str(workspace.data_file))).code == 0
    production = Path(load(out / "result.json")["bundle_tarball"])
    root = make_root(tmp_path, workspace, {"project": "project.yaml", "seed": "3"})
    (root / "input" / "data" / "production").mkdir()
    shutil.copy2(production, root / "input" / "data" / "production" / production.name)

    done = run_entrypoint(root)

    assert done.returncode == 0, done.stderr
    comparison = load(root / "output" / "data" / "paired-comparison.json")
    assert comparison["production_version"] == production.name.removesuffix(".tar.gz")
    assert comparison["candidate_version"] == load(root / "model" / "manifest.json")["version"]
    assert comparison["same_split"] is False  # seed 3 against production's 42
    # No data_source hyperparameter: the contract's source, as a local run without --data.
    assert load(root / "model" / "fingerprint.json")["source"] == "path:houses.csv"


@pytest.mark.parametrize(
    ("hyperparameters", "message"),
    [
        ({"seed": "7"}, "hyperparameters.json: project: missing"),
        (
            {"project": "project.yaml", "sed": "7"},
            "hyperparameters.json: sed: unknown hyperparameter",
        ),
        ({"project": "nope.yaml"}, '"nope.yaml" is not in'),
        ({"project": "project.yaml", "seed": "-1"}, 'seed: "-1" is not a non-negative integer'),
    ],
)
def test_bad_hyperparameters_fail_with_the_reason(
    workspace: Workspace, tmp_path: Path, hyperparameters: dict[str, str], message: str
) -> None:
    root = make_root(tmp_path, workspace, hyperparameters)

    done = run_entrypoint(root)

    assert done.returncode == 2
    failure = (root / "output" / "failure").read_text()
    assert message in failure and failure.startswith("error: ")
    assert not (root / "model").exists() or not any((root / "model").iterdir())


def test_two_files_in_the_data_channel_fail(workspace: Workspace, tmp_path: Path) -> None:
    root = make_root(tmp_path, workspace, {"project": "project.yaml"})
    (root / "input" / "data" / "train" / "extra.csv").write_text("a\n1\n")

    done = run_entrypoint(root)

    assert done.returncode == 2
    assert (
        "expected exactly one file, found extra.csv, houses.csv"
        in (root / "output" / "failure").read_text()
    )


def test_bad_data_names_the_file_and_writes_no_model(workspace: Workspace, tmp_path: Path) -> None:
    root = make_root(tmp_path, workspace, {"project": "project.yaml"})
    data = root / "input" / "data" / "train" / workspace.data_file.name
    lines = data.read_text().splitlines()
    data.write_text(
        "\n".join([lines[0], "not-a-number" + lines[1][lines[1].index(",") :], *lines[2:]]) + "\n"
    )

    done = run_entrypoint(root)

    assert done.returncode == 2
    failure = (root / "output" / "failure").read_text()
    assert "houses.csv" in failure and "sqft" in failure, failure
    assert not (root / "model").exists()


def test_log_bundle_logs_what_training_would_have(
    workspace: Workspace, run_cli: Any, tmp_path: Path
) -> None:
    local = tmp_path / "local"
    assert run_cli(workspace.args(local, "--data", str(workspace.data_file))).code == 0
    trained = load(local / "result.json")
    out = tmp_path / "downloaded"

    logged: CliResult = run_cli(
        ["log-bundle", "--bundle", trained["bundle_dir"], "--output-dir", str(out),
         "--result-file", str(out / "log.json")]
    )  # fmt: skip

    assert logged.code == 0, logged.err
    result = load(out / "log.json")
    assert result["tracking_uri"] == f"sqlite:///{(out / 'mlflow.db').resolve()}"
    from mlflow.tracking import MlflowClient

    here = MlflowClient(trained["tracking_uri"]).get_run(trained["mlflow_run_id"]).data
    there = MlflowClient(result["tracking_uri"]).get_run(result["mlflow_run_id"]).data
    assert there.params == here.params and there.metrics == here.metrics
    assert there.tags["slipway.version"] == trained["version"]


def test_log_bundle_rejects_a_folder_that_is_no_bundle(run_cli: Any, tmp_path: Path) -> None:
    logged: CliResult = run_cli(
        ["log-bundle", "--bundle", str(tmp_path), "--output-dir", str(tmp_path),
         "--result-file", str(tmp_path / "log.json")]
    )  # fmt: skip
    assert logged.code == 2
    assert f"error: {tmp_path}: not a bundle folder (no manifest.json)" in logged.err
