"""Split-conformal calibration: the quantile rule, the bundle's calibration.json against the
trainer's own test split, and the coverage it gives on fresh rows from the same generator."""

from __future__ import annotations

import json
from pathlib import Path

import joblib
import numpy as np
import pytest
import yaml

from slipway_ml.calibration import calibration_document, conformal_quantile
from slipway_ml.csvread import read_csv
from slipway_ml.errors import InputError
from slipway_ml.train import split_data

from .conftest import CliResult, Workspace, generate_csv, house_contract


def test_quantile_is_the_finite_sample_rank() -> None:
    residuals = np.arange(1.0, 20.0)[::-1]  # 19 values, unordered
    assert conformal_quantile(residuals, 0.9) == 18.0  # ceil(20 * 0.9) = 18th smallest
    assert conformal_quantile(residuals, 0.5) == 10.0
    assert conformal_quantile(np.arange(1.0, 10.0), 0.9) == 9.0  # n = 9: the largest


def test_too_few_rows_is_a_clear_error() -> None:
    with pytest.raises(InputError) as raised:
        conformal_quantile(np.ones(8), 0.9)
    assert raised.value.line() == (
        "split.test_fraction: 8 held-out rows are too few for a 90% conformal interval "
        "(needs at least 9) — raise split.test_fraction or use more data"
    )


def test_document_fields() -> None:
    doc = calibration_document([10.0, 20.0, 30.0] * 5, [11.0, 18.0, 30.0] * 5, [1.0, 2.0, 3.0])
    assert doc["method"] == "split-conformal" and doc["coverage"] == 0.9
    assert doc["calibration_rows"] == 15 and doc["quantile"] == 2.0
    assert doc["target_quantiles"]["values"][0] == 1.0
    assert doc["target_quantiles"]["values"][-1] == 3.0


def test_bundle_calibration_and_coverage(
    workspace: Workspace, run_cli: object, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    result: CliResult = run_cli(workspace.args(out))  # type: ignore[operator]
    assert result.code == 0, result.err
    bundle = Path(json.loads((out / "result.json").read_text())["bundle_dir"])
    calibration = json.loads((bundle / "calibration.json").read_text())
    pipeline = joblib.load(bundle / "model.joblib")
    contract = house_contract()
    spec = yaml.safe_load((bundle / "spec.yaml").read_text())
    split = split_data(read_csv(workspace.data_file, contract), spec, contract, 42)
    residuals = np.abs(split.y_test.to_numpy() - pipeline.predict(split.x_test))
    assert calibration["calibration_rows"] == len(split.x_test) == 60
    assert calibration["quantile"] == conformal_quantile(residuals, 0.9)
    expected = np.quantile(
        split.y_train.to_numpy(), calibration["target_quantiles"]["probabilities"]
    )
    np.testing.assert_allclose(calibration["target_quantiles"]["values"], expected)
    # Fresh rows from the same generator (another seed): the interval's coverage is ~90 %.
    fresh = read_csv(generate_csv(tmp_path / "fresh.csv", rows=2000, seed=99), contract)
    features = [c["name"] for c in contract["columns"] if c["name"] != "price"]
    errors = np.abs(fresh["price"].to_numpy() - pipeline.predict(fresh[features]))
    coverage = float(np.mean(errors <= calibration["quantile"]))
    assert 0.8 <= coverage <= 0.98, coverage
