"""End-to-end runs of the real trainer: bundle layout, determinism, round-trip, MLflow."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tarfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import joblib
import numpy as np
import pytest

from slipway_ml.csvread import read_csv
from slipway_ml.specs import read_yaml
from slipway_ml.train import split_data

from .conftest import MIRROR, REPO, CliResult, Workspace

BUNDLE_FILES = {
    "model.joblib", "spec.yaml", "contract.yaml", "input_schema.json", "metrics.json",
    "fingerprint.json", "manifest.json", "feature_importance.json", "predictions_sample.json",
    "calibration.json", "SHA256SUMS", "training_profile.json",
}  # fmt: skip
Run = Callable[[list[str]], CliResult]


def load(file: Path) -> Any:
    return json.loads(file.read_text())


@pytest.fixture
def trained(workspace: Workspace, run_cli: Run, tmp_path: Path) -> tuple[CliResult, Path]:
    out = tmp_path / "out"
    result = run_cli(workspace.args(out, "--git-sha", "abc123"))
    assert result.code == 0, result.err
    return result, out


def test_bundle_layout_and_result_file(trained: tuple[CliResult, Path]) -> None:
    result, out = trained
    paths = load(out / "result.json")
    assert set(paths) == {
        "version", "bundle_dir", "bundle_tarball", "bundle_sha256", "bundle_manifest_sha256",
        "metrics_file", "mlflow_run_id", "mlflow_model_version", "tracking_uri",
    }  # fmt: skip
    tarball, sums = Path(paths["bundle_tarball"]), Path(paths["bundle_dir"]) / "SHA256SUMS"
    assert paths["bundle_sha256"] == hashlib.sha256(tarball.read_bytes()).hexdigest()
    assert paths["bundle_manifest_sha256"] == hashlib.sha256(sums.read_bytes()).hexdigest()
    bundle = Path(paths["bundle_dir"])
    assert bundle == (out / "bundles" / paths["version"]).resolve()
    assert paths["version"].startswith("small-houses-") and len(paths["version"]) == 25
    assert {p.name for p in bundle.iterdir()} == BUNDLE_FILES
    with tarfile.open(paths["bundle_tarball"]) as archive:
        assert set(archive.getnames()) == BUNDLE_FILES
    manifest = load(bundle / "manifest.json")
    assert manifest["git_sha"] == "abc123" and manifest["seed"] == 42
    assert manifest["libraries"]["scikit-learn"] and manifest["chosen_model"]
    schema = load(bundle / "input_schema.json")
    assert schema["target"] == "price"
    assert [f["name"] for f in schema["features"]][:2] == ["sqft", "bedrooms"]
    assert [d["name"] for d in schema["derived"]] == ["house_age", "bed_bath_ratio"]
    fingerprint = load(bundle / "fingerprint.json")
    assert fingerprint["rows"] == 300 and len(fingerprint["sha256"]) == 64
    assert "[slipway] cv: lin fold 1/3 rmse=" in result.out
    assert "[slipway] cv: rf fold 3/3 rmse=" in result.out


def test_metrics_document(trained: tuple[CliResult, Path]) -> None:
    _, out = trained
    metrics = load(Path(load(out / "result.json")["metrics_file"]))
    assert metrics["primary_metric"] == "rmse" and metrics["cv_folds"] == 3
    assert (metrics["n_train"], metrics["n_test"]) == (240, 60)
    names = [c["name"] for c in metrics["candidates"]]
    assert names == ["lin", "xgb", "rf"]
    best = min(metrics["candidates"], key=lambda c: c["cv"]["rmse"]["mean"])
    assert metrics["chosen"] == best["name"]
    assert metrics["test"] == best["test"]
    assert set(metrics["test"]) == {"mse", "rmse", "mae", "r2", "mape"}
    assert metrics["test"]["rmse"] < metrics["baseline_mean"]["rmse"]
    importance = load(out / "bundles" / metrics_version(out) / "feature_importance.json")
    values = [item["importance"] for item in importance]
    assert values == sorted(values, reverse=True)
    assert {i["feature"] for i in importance} == {
        "sqft", "bedrooms", "bathrooms", "location", "condition", "year_built",
        "bedrooms + bathrooms",
    }  # fmt: skip
    by_name = {i["feature"]: i for i in importance}
    assert by_name["year_built"]["includes"] == ["house_age"]
    assert by_name["bedrooms + bathrooms"]["kind"] == "group"
    assert all(i["sd"] >= 0 for i in importance)
    # The generator prices by location and size above all (data/house-prices/CARD.md).
    assert {importance[0]["feature"], importance[1]["feature"]} == {"sqft", "location"}


def metrics_version(out: Path) -> str:
    version: str = load(out / "result.json")["version"]
    return version


def without_timings(metrics: dict[str, Any]) -> dict[str, Any]:
    for candidate in metrics["candidates"]:
        candidate.pop("fit_seconds")
    return metrics


def test_same_data_spec_and_seed_give_the_same_metrics_and_version(
    workspace: Workspace, run_cli: Run, tmp_path: Path
) -> None:
    first = run_cli(workspace.args(tmp_path / "a"))
    second = run_cli(workspace.args(tmp_path / "b"))
    assert first.code == second.code == 0
    a, b = load(tmp_path / "a" / "result.json"), load(tmp_path / "b" / "result.json")
    assert a["version"] == b["version"]
    metrics_a = without_timings(load(Path(a["metrics_file"])))
    assert metrics_a == without_timings(load(Path(b["metrics_file"])))
    bundle_a, bundle_b = Path(a["bundle_dir"]), Path(b["bundle_dir"])
    for name in ("predictions_sample.json", "feature_importance.json", "spec.yaml"):
        assert (bundle_a / name).read_bytes() == (bundle_b / name).read_bytes()
    other_seed = run_cli(workspace.args(tmp_path / "c", "--seed", "5"))
    assert other_seed.code == 0
    assert load(tmp_path / "c" / "result.json")["version"] != a["version"]


def test_rerun_into_the_same_folder_replaces_the_bundle(
    workspace: Workspace, run_cli: Run, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    assert run_cli(workspace.args(out)).code == 0
    assert run_cli(workspace.args(out)).code == 0
    version = metrics_version(out)
    assert sorted(p.name for p in (out / "bundles").iterdir()) == [version, f"{version}.tar.gz"]


def test_bundle_round_trip(trained: tuple[CliResult, Path], workspace: Workspace) -> None:
    _, out = trained
    bundle = out / "bundles" / metrics_version(out)
    model = joblib.load(bundle / "model.joblib")
    spec = read_yaml(bundle / "spec.yaml")
    contract = read_yaml(bundle / "contract.yaml")
    split = split_data(read_csv(workspace.data_file, contract), spec, contract, 42)
    sample = load(bundle / "predictions_sample.json")
    assert len(sample["actual"]) == len(split.y_test) == 60
    assert sample["actual"] == split.y_test.tolist()
    np.testing.assert_allclose(model.predict(split.x_test), sample["predicted"], rtol=1e-9)


def test_mlflow_run_holds_params_metrics_and_bundle(trained: tuple[CliResult, Path]) -> None:
    _, out = trained
    paths = load(out / "result.json")
    assert paths["tracking_uri"] == f"sqlite:///{(out / 'mlflow.db').resolve()}"
    from mlflow.tracking import MlflowClient

    client = MlflowClient(tracking_uri=paths["tracking_uri"])
    run = client.get_run(paths["mlflow_run_id"])
    metrics = load(Path(paths["metrics_file"]))
    assert run.data.metrics["test_rmse"] == pytest.approx(metrics["test"]["rmse"])
    assert run.data.params["chosen_model"] == metrics["chosen"]
    assert run.data.params["xgb.n_estimators"] == "30"
    assert run.data.tags["slipway.version"] == paths["version"]
    artifacts = {a.path for a in client.list_artifacts(run.info.run_id, "bundle")}
    assert "bundle/model.joblib" in artifacts and "bundle/metrics.json" in artifacts


def test_tracking_uri_from_environment(
    workspace: Workspace, run_cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = (tmp_path / "elsewhere").as_uri()
    monkeypatch.setenv("MLFLOW_TRACKING_URI", store)
    (tmp_path / "cwd").mkdir()
    monkeypatch.chdir(tmp_path / "cwd")
    assert run_cli(workspace.args(tmp_path / "out")).code == 0
    assert load(tmp_path / "out" / "result.json")["tracking_uri"] == store
    assert (tmp_path / "elsewhere").is_dir() and not (tmp_path / "out" / "mlflow.db").exists()
    # Nothing of MLflow's own defaults (./mlflow.db, ./mlruns) in the working directory.
    assert list((tmp_path / "cwd").iterdir()) == []


def test_the_original_84_row_file_trains(run_cli: Run, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_cli([
        "train", "--project", str(REPO / "ml" / "projects" / "house-prices.yaml"),
        "--data-root", str(REPO / "data"), "--output-dir", str(out),
        "--result-file", str(out / "result.json"),
        "--data", str(MIRROR / "house-prices" / "house_data.csv"),
    ])  # fmt: skip
    assert result.code == 0, result.err
    metrics = load(Path(load(out / "result.json")["metrics_file"]))
    assert (metrics["n_train"], metrics["n_test"]) == (67, 17)
    # Honest result, whatever the gates say: better than predicting the mean.
    assert metrics["test"]["rmse"] < metrics["baseline_mean"]["rmse"]
    fingerprint = load(Path(load(out / "result.json")["bundle_dir"]) / "fingerprint.json")
    assert fingerprint["source"].startswith("file:") and fingerprint["rows"] == 84


def test_abalone_from_the_mirror_as_a_subprocess(tmp_path: Path) -> None:
    out = tmp_path / "out"
    env = {**os.environ, "SLIPWAY_DATA_MIRROR": str(MIRROR)}
    done = subprocess.run(
        [sys.executable, "-m", "slipway_ml", "train",
         "--project", str(REPO / "ml" / "projects" / "abalone.yaml"),
         "--output-dir", str(out), "--result-file", str(out / "result.json")],
        cwd=REPO, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    metrics = load(Path(load(out / "result.json")["metrics_file"]))
    assert metrics["n_test"] == 836
    assert metrics["test"]["mse"] < 6.0  # the project's gate
    assert metrics["test"]["mse"] < metrics["baseline_mean"]["mse"] / 2
    assert "[slipway] cv: xgboost fold 5/5 mse=" in done.stdout


def test_separate_processes_agree_on_the_version(workspace: Workspace, tmp_path: Path) -> None:
    """Guards against order that depends on per-process state (hash seeds, thread timing)."""
    versions = []
    for name, hash_seed in (("a", "1"), ("b", "2")):
        out = tmp_path / name
        done = subprocess.run(
            [sys.executable, "-m", "slipway_ml", *workspace.args(out)],
            env={**os.environ, "PYTHONHASHSEED": hash_seed},
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        versions.append(load(out / "result.json")["version"])
    assert versions[0] == versions[1]
