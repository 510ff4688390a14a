"""Regression metrics, the training-mean baseline and permutation feature importance."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from sklearn.metrics import (
    mean_absolute_error,
    mean_absolute_percentage_error,
    mean_squared_error,
    r2_score,
)

METRICS = ("mse", "rmse", "mae", "r2", "mape")
HIGHER_IS_BETTER = {"r2"}


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


IMPORTANCE_REPEATS = 10


def feature_importance(
    pipeline: Any,
    x_test: pd.DataFrame,
    y_test: pd.Series,
    metric: str,
    seed: int,
    derived: list[dict[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    """Permutation importance of the RAW inputs, in units of `metric` (how much it worsens
    when the input is shuffled), descending. The whole pipeline predicts, so features derived
    from a shuffled input are recomputed from it (shuffling `year_built` moves `house_age`
    too, instead of `house_age` showing 0 because its copy still carries the signal).
    Each entry: {"feature", "importance" (mean over repeats), "sd" (over repeats),
    "includes" (derived features recomputed from it), "kind": "input"}; then one "group"
    entry per derived feature of several inputs, those inputs shuffled together."""
    from slipway_ml.uncertainty import metrics_by_resample

    derived = derived or []
    inputs = [str(c) for c in x_test.columns]
    units: list[tuple[str, list[str], str]] = [(c, [c], "input") for c in inputs]
    for members in _multi_input_groups(derived):
        units.append((" + ".join(members), members, "group"))
    rng = np.random.default_rng(seed)
    n = len(x_test)
    frames = [x_test]
    for _ in range(IMPORTANCE_REPEATS):
        for _, members, _ in units:
            shuffled = x_test.copy()
            order = rng.permutation(n)  # one permutation for the members: their rows stay together
            for column in members:
                shuffled[column] = x_test[column].to_numpy()[order]
            frames.append(shuffled)
    # One predict call for every shuffled copy: far cheaper than one call per copy.
    from slipway_ml.train import predict_in_order

    predicted = predict_in_order(pipeline, pd.concat(frames, ignore_index=True))
    actual = np.asarray(y_test, dtype=np.float64)
    errors = actual[None, :] - predicted.reshape(len(frames), n)
    values = metrics_by_resample(np.broadcast_to(actual, errors.shape), errors, (metric,))[metric]
    sign = -1.0 if metric in HIGHER_IS_BETTER else 1.0
    worsening = (sign * (values[1:] - values[0])).reshape(IMPORTANCE_REPEATS, len(units))
    entries = []
    for j, (name, members, kind) in enumerate(units):
        includes = sorted({d["name"] for d in derived if set(d["inputs"]) & set(members)})
        entries.append(
            {
                "feature": name,
                "importance": float(np.mean(worsening[:, j])),
                "sd": float(np.std(worsening[:, j], ddof=1)),
                "includes": includes,
                "kind": kind,
            }
        )
    return sorted(entries, key=lambda e: (-e["importance"], e["feature"]))


def _multi_input_groups(derived: list[dict[str, Any]]) -> list[list[str]]:
    groups: list[list[str]] = []
    for item in derived:
        members = list(dict.fromkeys(item["inputs"]))
        if len(members) > 1 and members not in groups:
            groups.append(members)
    return groups
