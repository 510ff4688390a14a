"""The version id is reproducible for every candidate type: it hashes the inputs and the
fitted model's bytes, and evaluation predicts in one fixed order, so two identical runs give
the same id and the same metrics (a random forest on two threads used to differ in the
10th digit of its RMSE, and so in its id)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from .conftest import CliResult, Workspace, small_project

Run = Callable[[list[str]], CliResult]

CANDIDATES = {
    "linear_regression": {},
    # Two threads summing 40 trees over 60 test rows: the case that used to change the id.
    "random_forest": {"n_estimators": 40, "n_jobs": 2, "min_samples_leaf": 3},
    "gradient_boosting": {"n_estimators": 20, "max_depth": 2},
    "xgboost": {"n_estimators": 20, "max_depth": 3},
}


def train(workspace: Workspace, run_cli: Run, out: Path) -> dict[str, Any]:
    result = run_cli(workspace.args(out))
    assert result.code == 0, result.err
    paths: dict[str, Any] = json.loads((out / "result.json").read_text())
    return paths


@pytest.mark.parametrize("model", sorted(CANDIDATES))
def test_each_candidate_type_trained_twice_gets_one_version(
    model: str, workspace: Workspace, run_cli: Run, tmp_path: Path
) -> None:
    spec = small_project("houses")
    spec["candidates"] = [{"name": "only", "model": model, "params": CANDIDATES[model]}]
    workspace.write_project(spec)
    first = train(workspace, run_cli, tmp_path / "a")
    second = train(workspace, run_cli, tmp_path / "b")
    assert first["version"] == second["version"]
    a, b = Path(first["bundle_dir"]), Path(second["bundle_dir"])
    assert (a / "model.joblib").read_bytes() == (b / "model.joblib").read_bytes()
    metrics_a = json.loads((a / "metrics.json").read_text())
    metrics_b = json.loads((b / "metrics.json").read_text())
    assert metrics_a["test"] == metrics_b["test"]
    assert metrics_a["candidates"][0]["cv"] == metrics_b["candidates"][0]["cv"]


def test_another_model_gets_another_version(
    workspace: Workspace, run_cli: Run, tmp_path: Path
) -> None:
    spec = small_project("houses")
    spec["candidates"] = [{"name": "only", "model": "xgboost", "params": {"n_estimators": 20}}]
    workspace.write_project(spec)
    first = train(workspace, run_cli, tmp_path / "a")
    spec["candidates"][0]["params"]["n_estimators"] = 21
    workspace.write_project(spec)
    assert train(workspace, run_cli, tmp_path / "b")["version"] != first["version"]
