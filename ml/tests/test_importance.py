"""Importance by shuffling the raw inputs: a derived copy of an input no longer hides it, the
spread over repeats is kept, and the inputs of a derived feature are shuffled together."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from xgboost import XGBRegressor

from slipway_ml.evaluate import IMPORTANCE_REPEATS, feature_importance
from slipway_ml.features import build_pipeline

DERIVED = [
    {"name": "age", "transform": "age", "inputs": ["year"], "params": {"reference_year": 2025}},
    {"name": "ratio", "transform": "ratio", "inputs": ["a", "b"]},
]
PROJECT = {"features": {"derived": DERIVED}, "preprocessing": {"numeric": "standard"}}
CONTRACT = {
    "target": "y",
    "columns": [
        {"name": "year", "type": "integer"},
        {"name": "a", "type": "number"},
        {"name": "b", "type": "number"},
        {"name": "noise", "type": "number"},
        {"name": "y", "type": "number"},
    ],
}


@pytest.fixture(scope="module")
def fitted() -> tuple[object, pd.DataFrame, pd.Series]:
    rng = np.random.default_rng(0)
    n = 1200
    frame = pd.DataFrame({
        "year": rng.integers(1900, 2024, n), "a": rng.uniform(1, 5, n),
        "b": rng.uniform(1, 5, n), "noise": rng.normal(size=n),
    })  # fmt: skip
    y = pd.Series(3.0 * (2025 - frame["year"]) + 40.0 * frame["a"] / frame["b"])
    pipeline = build_pipeline(PROJECT, CONTRACT, XGBRegressor(n_estimators=60, max_depth=3))
    pipeline.fit(frame.iloc[:900], y.iloc[:900])
    return pipeline, frame.iloc[900:], y.iloc[900:]


def test_a_derived_copy_no_longer_hides_its_input(
    fitted: tuple[object, pd.DataFrame, pd.Series],
) -> None:
    pipeline, x, y = fitted
    entries = {e["feature"]: e for e in feature_importance(pipeline, x, y, "rmse", 42, DERIVED)}
    # Shuffling `year` recomputes `age`: the model's main signal is lost, whichever copy of it
    # the trees split on (before, one of the two showed exactly 0).
    assert entries["year"]["importance"] > 5 * entries["noise"]["importance"] + 1
    assert entries["year"]["includes"] == ["age"] and entries["year"]["kind"] == "input"
    assert "age" not in entries and "ratio" not in entries


def test_spread_over_repeats_and_group(fitted: tuple[object, pd.DataFrame, pd.Series]) -> None:
    pipeline, x, y = fitted
    entries = feature_importance(pipeline, x, y, "rmse", 42, DERIVED)
    assert [e["importance"] for e in entries] == sorted(
        (e["importance"] for e in entries), reverse=True
    )
    by_name = {e["feature"]: e for e in entries}
    group = by_name["a + b"]
    assert group["kind"] == "group" and group["includes"] == ["ratio"]
    assert group["importance"] > max(by_name["a"]["importance"], by_name["b"]["importance"])
    assert all(e["sd"] > 0 for e in entries if e["feature"] != "noise")
    assert IMPORTANCE_REPEATS >= 5
    again = feature_importance(pipeline, x, y, "rmse", 42, DERIVED)
    assert again == entries  # seeded


def test_r2_importance_is_a_drop(fitted: tuple[object, pd.DataFrame, pd.Series]) -> None:
    pipeline, x, y = fitted
    entries = {e["feature"]: e for e in feature_importance(pipeline, x, y, "r2", 1, DERIVED)}
    assert entries["year"]["importance"] > 0.1  # r2 falls when year is shuffled
