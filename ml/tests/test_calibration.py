"""Split-conformal calibration: the quantile rule, the bundle's calibration.json against the
trainer's own test split, and the coverage it gives on fresh rows from the same generator."""

from __future__ import annotations

import json
from pathlib import Path

import joblib
import numpy as np
import pytest
import yaml

from slipway_ml.calibration import conformal_quantile
from slipway_ml.csvread import read_csv
from slipway_ml.errors import InputError
from slipway_ml.intervals import difficulty, fit_difficulty, half_widths
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


def test_difficulty_follows_the_size_and_the_hard_rows() -> None:
    """Errors proportional to the target, and twice as large where z = 1: the fitted
    difficulty recovers both (up to a constant, which the conformal quantile absorbs)."""
    rng = np.random.default_rng(5)
    y = rng.uniform(100, 1000, 4000)
    z = rng.integers(0, 2, 4000).astype(np.float64)[:, None]
    predicted = y * (1 + rng.normal(0, 0.05, 4000) * (1 + z[:, 0]))
    rule = fit_difficulty(z, predicted, y)
    assert rule["floor"] == pytest.approx(np.percentile(y, 10))
    assert rule["weights"][0] == pytest.approx(np.log(2), abs=0.1)
    d = difficulty(np.array([200.0, 800.0, 800.0]), np.array([[0.0], [0.0], [1.0]]), rule)
    assert d[1] / d[0] == pytest.approx(4.0) and d[2] / d[1] == pytest.approx(2.0, rel=0.1)
    # A prediction near 0 keeps the floor's width; the exponent is clipped.
    tiny = difficulty(np.array([0.0]), np.array([[0.0]]), rule)
    assert tiny[0] == pytest.approx(
        difficulty(np.array([rule["floor"]]), np.array([[0.0]]), rule)[0]
    )
    assert np.isfinite(difficulty(np.array([1.0]), np.array([[1e9]]), rule)).all()
    calibration = {"quantile": 1.5, "difficulty": rule}
    np.testing.assert_allclose(half_widths([200.0], [[0.0]], calibration), 1.5 * d[:1])


def test_bundle_calibration_and_coverage(
    workspace: Workspace, run_cli: object, tmp_path: Path
) -> None:
    generate_csv(workspace.data_file, rows=1500)  # 300 calibration rows
    out = tmp_path / "out"
    result: CliResult = run_cli(workspace.args(out))  # type: ignore[operator]
    assert result.code == 0, result.err
    bundle = Path(json.loads((out / "result.json").read_text())["bundle_dir"])
    calibration = json.loads((bundle / "calibration.json").read_text())
    assert calibration["method"] == "normalised-split-conformal"
    pipeline = joblib.load(bundle / "model.joblib")
    contract = house_contract()
    spec = yaml.safe_load((bundle / "spec.yaml").read_text())
    split = split_data(read_csv(workspace.data_file, contract), spec, contract, 42)
    predicted = pipeline.predict(split.x_test)
    scores = np.abs(split.y_test.to_numpy() - predicted) / difficulty(
        predicted, pipeline[:-1].transform(split.x_test), calibration["difficulty"]
    )
    assert calibration["calibration_rows"] == len(split.x_test) == 300
    assert calibration["quantile"] == pytest.approx(conformal_quantile(scores, 0.9), rel=1e-12)
    expected = np.quantile(
        split.y_train.to_numpy(), calibration["target_quantiles"]["probabilities"]
    )
    np.testing.assert_allclose(calibration["target_quantiles"]["values"], expected)
    profile = calibration["input_profile"]
    assert profile["sqft"] == {
        "min": split.x_train["sqft"].min(),
        "max": split.x_train["sqft"].max(),
    }
    assert profile["location"]["categories"] == sorted(set(split.x_train["location"]))
    # Fresh rows from the same generator (another seed): ~90 % overall, and — unlike the
    # constant width, which covered ~99 % of the cheapest fifth and ~60 % of the dearest —
    # close to 90 % at both ends of the price range.
    fresh = read_csv(generate_csv(tmp_path / "fresh.csv", rows=4000, seed=99), contract)
    features = [c["name"] for c in contract["columns"] if c["name"] != "price"]
    x, actual = fresh[features], fresh["price"].to_numpy()
    predicted = pipeline.predict(x)
    covered = np.abs(actual - predicted) <= half_widths(
        predicted, pipeline[:-1].transform(x), calibration
    )
    assert 0.85 <= covered.mean() <= 0.95, covered.mean()
    fifths = np.quantile(actual, [0.2, 0.8])
    cheapest, dearest = covered[actual <= fifths[0]].mean(), covered[actual >= fifths[1]].mean()
    assert 0.8 <= cheapest <= 0.97 and 0.8 <= dearest <= 0.97, (cheapest, dearest)
    constant = conformal_quantile(
        np.abs(split.y_test.to_numpy() - pipeline.predict(split.x_test)), 0.9
    )
    old = np.abs(actual - predicted) <= constant
    assert old[actual <= fifths[0]].mean() - old[actual >= fifths[1]].mean() > 0.2  # the old gap
