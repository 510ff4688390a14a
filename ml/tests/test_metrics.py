"""Metrics against hand-computed values, the baseline, and the derived transforms."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from slipway_ml.evaluate import baseline_mean, is_better, regression_metrics
from slipway_ml.features import DerivedFeatures


def test_metrics_match_a_hand_computed_case() -> None:
    # errors 0, 1, -1, 2: squared 0, 1, 1, 4; mean of actual 2.5, total sum of squares 5.
    metrics = regression_metrics([1.0, 2.0, 3.0, 4.0], [1.0, 3.0, 2.0, 6.0])
    assert metrics["mse"] == pytest.approx(6 / 4)
    assert metrics["rmse"] == pytest.approx(math.sqrt(1.5))
    assert metrics["mae"] == pytest.approx(4 / 4)
    assert metrics["r2"] == pytest.approx(1 - 6 / 5)
    assert metrics["mape"] == pytest.approx((0 + 1 / 2 + 1 / 3 + 2 / 4) / 4)


def test_baseline_predicts_the_training_mean() -> None:
    metrics = baseline_mean(pd.Series([2.0, 4.0]), pd.Series([1.0, 5.0]))
    assert metrics["mae"] == pytest.approx(2.0)
    assert metrics["mse"] == pytest.approx(4.0)


def test_direction_of_better() -> None:
    assert is_better("rmse", 1.0, 2.0) and not is_better("rmse", 2.0, 1.0)
    assert is_better("r2", 0.9, 0.5) and not is_better("r2", 0.5, 0.9)


def test_derived_transforms() -> None:
    frame = pd.DataFrame({"a": [2000.0, 1990.0], "b": [4.0, 0.0], "c": [2.0, 3.0]})
    derived = DerivedFeatures(
        [
            {"name": "age", "transform": "age", "inputs": ["a"],
             "params": {"reference_year": 2025}},
            {"name": "ratio", "transform": "ratio", "inputs": ["b", "c"]},
            {"name": "zero_div", "transform": "ratio", "inputs": ["c", "b"]},
            {"name": "prod", "transform": "product", "inputs": ["b", "c"]},
            {"name": "log", "transform": "log1p", "inputs": ["b"]},
        ]
    ).transform(frame)  # fmt: skip
    assert derived["age"].tolist() == [25.0, 35.0]
    assert derived["ratio"].tolist() == [2.0, 0.0]
    assert derived["zero_div"].iloc[0] == 0.5 and np.isnan(derived["zero_div"].iloc[1])
    assert derived["prod"].tolist() == [8.0, 0.0]
    assert derived["log"].tolist() == pytest.approx([math.log(5.0), 0.0])
    assert list(frame.columns) == ["a", "b", "c"], "the input frame is not modified"
