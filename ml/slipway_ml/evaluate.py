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


def regression_metrics(actual: Any, predicted: Any) -> dict[str, float | None]:
    """mape is a fraction (0.05 = 5 %), and None when an actual value is 0: MAPE divides by
    the actual value (scikit-learn's epsilon would report ~1e15 instead of refusing)."""
    mse = float(mean_squared_error(actual, predicted))
    zeros = int(np.count_nonzero(np.asarray(actual, dtype=np.float64) == 0))
    return {
        "mse": mse,
        "rmse": float(np.sqrt(mse)),
        "mae": float(mean_absolute_error(actual, predicted)),
        "r2": float(r2_score(actual, predicted)),
        "mape": None if zeros else float(mean_absolute_percentage_error(actual, predicted)),
    }


def mape_undefined_reason(target: str, actual: Any) -> str | None:
    """Why MAPE is missing from metrics.json (None when it is defined)."""
    zeros = int(np.count_nonzero(np.asarray(actual, dtype=np.float64) == 0))
    if zeros == 0:
        return None
    return f"{zeros} row(s) have {target} = 0 and MAPE divides by the actual value"


def is_better(metric: str, value: float, than: float) -> bool:
    return value > than if metric in HIGHER_IS_BETTER else value < than


def baseline_mean(y_train: pd.Series, y_test: pd.Series) -> dict[str, float | None]:
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
