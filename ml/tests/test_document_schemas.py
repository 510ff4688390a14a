"""The documents the trainer writes match the models generated from schemas/, the generated
models are what the schemas generate today, and a drifted document is refused where it is
written, naming the document and the field."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from slipway_ml.document_models import (
    DocumentSchemaError,
    check_bundle_documents,
    check_trainer_result,
)
from slipway_ml.generated.bundle_manifest import BundleManifest
from slipway_ml.generated.data_fingerprint import DataFingerprint
from slipway_ml.generated.dataset_contract import Column
from slipway_ml.generated.metrics_file import MetricsFile
from slipway_ml.generated.model_project import ModelProjectSpec
from slipway_ml.generated.trainer_result import TrainerResult

from .conftest import REPO, CliResult, Workspace

Run = Callable[[list[str]], CliResult]


def load(file: Path) -> Any:
    return json.loads(file.read_text())


def test_generated_models_are_not_stale() -> None:
    node = shutil.which("node")
    assert node, "node is needed to run scripts/generate-schema-code.mjs (make install)"
    script = REPO / "scripts" / "generate-schema-code.mjs"
    done = subprocess.run(
        [node, str(script), "--check", "--only", "python"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "generated files match the schemas" in done.stdout


def test_written_documents_match_their_schemas(
    workspace: Workspace, run_cli: Run, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    result = run_cli(workspace.args(out))
    assert result.code == 0, result.err
    paths = TrainerResult.model_validate(load(out / "result.json"))
    bundle = Path(paths.bundle_dir)
    metrics = MetricsFile.model_validate(load(bundle / "metrics.json"))
    manifest = BundleManifest.model_validate(load(bundle / "manifest.json"))
    fingerprint = DataFingerprint.model_validate(load(bundle / "fingerprint.json"))
    assert metrics.chosen == manifest.chosen_model
    assert manifest.version == paths.version
    assert fingerprint.rows == metrics.n_train + metrics.n_test


def good_metrics() -> dict[str, Any]:
    values = {"mse": 4.0, "rmse": 2.0, "mae": 1.5, "r2": 0.5, "mape": None}
    return {
        "project": "p",
        "primary_metric": "rmse",
        "chosen": "lin",
        "n_train": 8,
        "n_test": 2,
        "cv_folds": 2,
        "test": values,
        "baseline_mean": values,
        "candidates": [{"name": "lin", "model": "linear_regression", "cv": {}, "test": values}],
    }


def test_a_drifted_bundle_document_is_refused_naming_it_and_the_field() -> None:
    check_bundle_documents({"metrics.json": good_metrics()})
    drifted = {**good_metrics(), "primary_metric": "accuracy"}
    with pytest.raises(DocumentSchemaError) as caught:
        check_bundle_documents({"metrics.json": drifted})
    message = str(caught.value)
    assert "metrics.json does not match schemas/metrics-file.schema.json" in message
    assert "primary_metric" in message


def test_a_result_file_without_its_bundle_is_refused() -> None:
    with pytest.raises(DocumentSchemaError, match=r"--result-file .*bundle_dir: Field required"):
        check_trainer_result({"version": "p-0123456789ab"})


def test_a_json_number_keeps_its_integers_and_its_fractions() -> None:
    spec = ModelProjectSpec.model_validate(
        {
            "project": "p",
            "dataset": "d",
            "task": "regression",
            "split": {"test_fraction": 0.25, "seed": 1, "cv_folds": 3},
            "candidates": [
                {"name": "rf", "model": "random_forest", "params": {"n_estimators": 100}},
                {"name": "gb", "model": "gradient_boosting", "params": {"learning_rate": 0.5}},
            ],
            "selection": {"metric": "rmse"},
            "gates": [{"metric": "rmse", "op": "<=", "threshold": 10}],
        }
    )
    trees = (spec.candidates[0].params or {})["n_estimators"]
    rate = (spec.candidates[1].params or {})["learning_rate"]
    assert (trees, type(trees)) == (100, int)
    assert (rate, type(rate)) == (0.5, float)
    assert (spec.split.test_fraction, type(spec.gates[0].threshold)) == (0.25, int)
    column = Column.model_validate({"name": "x", "type": "number", "min": 0, "max": 0.5})
    assert (column.min, type(column.min), column.max) == (0, int, 0.5)
