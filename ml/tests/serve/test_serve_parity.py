"""Predictions served equal the offline predictions of the same bundle on its test set
(the trainer's own seeded split), through every prediction path of the server."""

from __future__ import annotations

from typing import Any

import joblib
import numpy as np
import pandas as pd
from fastapi.testclient import TestClient

from slipway_ml.intervals import half_widths
from slipway_ml.serve.predictor import Predictor
from slipway_ml.serve.trees import FlatTrees

from .conftest import TrainedBundle, make_client


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = frame.to_dict(orient="records")
    return rows


def served(client: TestClient, rows: list[dict[str, Any]], size: int) -> list[float]:
    out: list[float] = []
    for start in range(0, len(rows), size):
        answer = client.post("/api/v1/predict/batch", json={"rows": rows[start : start + size]})
        assert answer.status_code == 200, answer.text
        out += [p["prediction"] for p in answer.json()["predictions"]]
    return out


def test_served_equals_offline_on_the_test_set(
    client: TestClient, xgb_bundle: TrainedBundle
) -> None:
    x_test, _ = xgb_bundle.test_split()
    offline = joblib.load(xgb_bundle.folder / "model.joblib").predict(x_test)
    rows = records(x_test)
    # Single rows and batches of up to 8 take the flat-tree paths, larger ones XGBoost's.
    np.testing.assert_allclose(served(client, rows, 160), offline, rtol=1e-9)
    np.testing.assert_allclose(served(client, rows, 3), offline, rtol=1e-9)
    singles = [client.post("/api/v1/predict", json={"features": r}).json() for r in rows[:40]]
    np.testing.assert_allclose([s["prediction"] for s in singles], offline[:40], rtol=1e-9)
    sample = xgb_bundle.doc("predictions_sample.json")["predicted"]
    np.testing.assert_allclose(served(client, rows, 1000), sample, rtol=1e-6)


def test_linear_bundle_parity(linear_bundle: TrainedBundle) -> None:
    x_test, _ = linear_bundle.test_split()
    offline = joblib.load(linear_bundle.folder / "model.joblib").predict(x_test)
    with make_client(linear_bundle.folder) as client:
        np.testing.assert_allclose(served(client, records(x_test), 7), offline, rtol=1e-9)
        model = client.app.state.model_state.model  # type: ignore[attr-defined]
        assert model.predictor.fast is not None


def test_dataframe_path_equals_fast_path(xgb_bundle: TrainedBundle) -> None:
    x_test, _ = xgb_bundle.test_split()
    features = xgb_bundle.doc("input_schema.json")["features"]
    predictor = Predictor(joblib.load(xgb_bundle.folder / "model.joblib"), features)
    rows = [[r[c["name"]] for c in features] for r in records(x_test)]
    assert predictor.fast is not None
    fast = predictor.predict(rows)
    fast_with_inputs = predictor.predict_with_inputs(rows)
    predictor.fast = predictor.fast_inputs = None  # what an unknown pipeline shape gets
    np.testing.assert_array_equal(predictor.predict(rows), fast)
    slow_with_inputs = predictor.predict_with_inputs(rows)
    np.testing.assert_array_equal(slow_with_inputs[0], fast)
    np.testing.assert_array_equal(fast_with_inputs[0], fast)
    np.testing.assert_allclose(slow_with_inputs[1], fast_with_inputs[1], rtol=1e-12, atol=1e-12)


def served_widths(client: TestClient, rows: list[dict[str, Any]], size: int) -> list[float]:
    out: list[float] = []
    for start in range(0, len(rows), size):
        answer = client.post("/api/v1/predict/batch", json={"rows": rows[start : start + size]})
        out += [
            p["interval"]["upper"] - p["interval"]["lower"] for p in answer.json()["predictions"]
        ]
    return out


def test_served_intervals_equal_the_trainers_rule(
    client: TestClient, xgb_bundle: TrainedBundle
) -> None:
    """Every path (one row, flat-tree batches, XGBoost batches) gives the widths the trainer's
    rule gives on the pipeline's own transform of the test rows."""
    x_test, _ = xgb_bundle.test_split()
    pipeline = joblib.load(xgb_bundle.folder / "model.joblib")
    calibration = xgb_bundle.doc("calibration.json")
    expected = 2 * half_widths(
        pipeline.predict(x_test), pipeline[:-1].transform(x_test), calibration
    )
    rows = records(x_test)
    np.testing.assert_allclose(served_widths(client, rows, 160), expected, rtol=1e-9)
    np.testing.assert_allclose(served_widths(client, rows, 3), expected, rtol=1e-9)
    singles = [client.post("/api/v1/predict", json={"features": r}).json() for r in rows[:40]]
    widths = [s["interval"]["upper"] - s["interval"]["lower"] for s in singles]
    np.testing.assert_allclose(widths, expected[:40], rtol=1e-9)


def test_flat_trees_are_exactly_xgboost(xgb_bundle: TrainedBundle) -> None:
    estimator = joblib.load(xgb_bundle.folder / "model.joblib").named_steps["model"]
    trees = FlatTrees(estimator)
    rng = np.random.default_rng(3)
    x = rng.normal(scale=2.0, size=(500, estimator.n_features_in_))
    x[rng.random(x.shape) < 0.05] = np.nan  # missing values take the default branch
    np.testing.assert_array_equal(trees.predict(x), estimator.predict(x))
    for i in range(40):  # the one-row path, with and without missing values
        np.testing.assert_array_equal(trees.predict(x[i : i + 1]), estimator.predict(x[i : i + 1]))


def test_one_row_transform_is_the_array_transform(
    xgb_bundle: TrainedBundle, linear_bundle: TrainedBundle
) -> None:
    """A request's single row goes through plain floats, not arrays: the matrix is identical,
    with missing values (imputed) and categories the encoder has never seen."""
    for bundle in (xgb_bundle, linear_bundle):
        x_test, _ = bundle.test_split()
        features = bundle.doc("input_schema.json")["features"]
        predictor = Predictor(joblib.load(bundle.folder / "model.joblib"), features)
        transform = predictor._compile()
        assert predictor.one_row_path
        rows = [[r[c["name"]] for c in features] for r in records(x_test)[:60]]
        for k, row in enumerate(rows[:20]):  # holes: one feature missing per row
            row[k % len(row)] = None
        rows[20][next(i for i, c in enumerate(features) if c["type"] == "category")] = "Atlantis"
        batch = transform(rows)
        for i, row in enumerate(rows):
            np.testing.assert_array_equal(transform([row]), batch[i : i + 1])
