"""Normalised split-conformal calibration, written into every bundle as `calibration.json`.

The calibration rows are the held-out test split: the chosen pipeline is refit on the
training rows only, so its scores |y − ŷ| / d(x) on the test rows are exchangeable with the
scores of new rows drawn from the same distribution (d, the difficulty, is fitted on the
training rows' out-of-fold residuals: `slipway_ml.intervals`). The conformal quantile q of the
scores gives `ŷ ± q · d(x)`, whose coverage is at least `coverage` on average over rows — and,
because the width follows the size of the prediction and where the model errs, close to it
across the range of the target too (measured by ml/bench/interval_bench.py). Not under
drift: `input_profile` (the training rows' numeric ranges and categories) lets the server
flag inputs outside what the model saw."""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from slipway_ml.errors import InputError
from slipway_ml.intervals import METHOD, difficulty, fit_difficulty

DEFAULT_COVERAGE = 0.9
# Training-target quantiles in calibration.json: the server's prediction histogram buckets.
TARGET_PROBABILITIES = (0.0, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 1.0)


def conformal_quantile(abs_residuals: Any, coverage: float) -> float:
    """The ceil((n + 1) * coverage)-th smallest absolute residual (the finite-sample
    correction that makes the coverage guarantee hold for n calibration rows)."""
    ordered = np.sort(np.asarray(abs_residuals, dtype=np.float64))
    n = len(ordered)
    rank = _rank(n, coverage)
    if rank > n:
        needed = next(m for m in range(1, 10**6) if _rank(m, coverage) <= m)
        raise InputError(
            "split.test_fraction",
            f"{n} held-out rows are too few for a {coverage:.0%} conformal interval "
            f"(needs at least {needed})",
            "raise split.test_fraction or use more data",
        )
    return float(ordered[rank - 1])


def _rank(n: int, coverage: float) -> int:
    # The tolerance keeps 10 * 0.9 from rounding up to 10 through float error.
    return math.ceil((n + 1) * coverage - 1e-9)


def calibration_document(
    pipeline: Any,
    split: Any,
    test_predictions: Any,
    out_of_fold: Any,
    coverage: float = DEFAULT_COVERAGE,
) -> dict[str, Any]:
    """`pipeline` is the chosen model refit on the training rows; `out_of_fold` its CV
    predictions of the training rows."""
    before_model = pipeline[:-1]
    rule = fit_difficulty(before_model.transform(split.x_train), out_of_fold, split.y_train)
    actual = np.asarray(split.y_test, dtype=np.float64)
    predicted = np.asarray(test_predictions, dtype=np.float64)
    scores = np.abs(actual - predicted) / difficulty(
        predicted, before_model.transform(split.x_test), rule
    )
    quantiles = np.quantile(np.asarray(split.y_train, dtype=np.float64), TARGET_PROBABILITIES)
    return {
        "method": METHOD,
        "coverage": coverage,
        "quantile": conformal_quantile(scores, coverage),
        "calibration_rows": len(scores),
        "source": "test split: |residual| / difficulty of the chosen model refit on the "
        "training rows; difficulty fitted on the training rows' out-of-fold residuals",
        "difficulty": rule,
        "input_profile": input_profile(split.x_train),
        "target_quantiles": {
            "probabilities": list(TARGET_PROBABILITIES),
            "values": [float(v) for v in quantiles],
        },
    }


def input_profile(frame: Any) -> dict[str, dict[str, Any]]:
    """Per input column: {"min", "max"} of a numeric column, {"categories"} seen otherwise."""
    profile: dict[str, dict[str, Any]] = {}
    for name in frame.columns:
        column = frame[name]
        present = column.dropna()
        if column.dtype.kind in "biuf":
            low, high = (float(present.min()), float(present.max())) if len(present) else (0.0, 0.0)
            profile[str(name)] = {"min": low, "max": high}
        else:
            profile[str(name)] = {"categories": sorted({str(v) for v in present})}
    return profile
