"""Regression metrics, the training-mean baseline and permutation feature importance."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from sklearn.inspection import permutation_importance
from sklearn.metrics import (
    mean_absolute_error,
    mean_absolute_percentage_error,
    mean_squared_error,
    r2_score,
)

METRICS = ("mse", "rmse", "mae", "r2", "mape")
HIGHER_IS_BETTER = {"r2"}
_SCORERS = {
    "mse": "neg_mean_squared_error",
    "rmse": "neg_root_mean_squared_error",
    "mae": "neg_mean_absolute_error",
    "r2": "r2",
    "mape": "neg_mean_absolute_percentage_error",
}


def regression_metrics(actual: Any, predicted: Any) -> dict[str, float]:
    """mape is a fraction (0.05 = 5 %)."""
    mse = float(mean_squared_error(actual, predicted))
    return {
        "mse": mse,
        "rmse": float(np.sqrt(mse)),
        "mae": float(mean_absolute_error(actual, predicted)),
        "r2": float(r2_score(actual, predicted)),
        "mape": float(mean_absolute_percentage_error(actual, predicted)),
    }


def is_better(metric: str, value: float, than: float) -> bool:
    return value > than if metric in HIGHER_IS_BETTER else value < than


def baseline_mean(y_train: pd.Series, y_test: pd.Series) -> dict[str, float]:
    """The trivial model: predict the training-set mean for every test row."""
    return regression_metrics(y_test, np.full(len(y_test), float(y_train.mean())))


def feature_importance(
    pipeline: Any, x_test: pd.DataFrame, y_test: pd.Series, metric: str, seed: int
) -> list[dict[str, Any]]:
    """Permutation importance over input and derived columns, in units of `metric`
    (how much it worsens when the column is shuffled), descending."""
    with_derived = pipeline.named_steps["derived"].transform(x_test)
    after_derived = pipeline[1:]
    result = permutation_importance(
        after_derived,
        with_derived,
        y_test,
        scoring=_SCORERS[metric],
        n_repeats=5,
        random_state=seed,
        n_jobs=1,
    )
    pairs = zip(with_derived.columns, result.importances_mean, strict=True)
    ranked = sorted(((str(n), float(v)) for n, v in pairs), key=lambda p: (-p[1], p[0]))
    return [{"feature": name, "importance": value} for name, value in ranked]
