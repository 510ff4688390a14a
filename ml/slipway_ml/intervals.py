"""The prediction interval's half-width, shared by the trainer (calibration) and the server.

Normalised split-conformal: the score of a row is |y − ŷ| / d(x), where the difficulty

    d(x) = max(|ŷ|, floor) · exp(clip(w · z(x) + b))

is the prediction's size (errors grow with the target: the house-price noise is
multiplicative) times a learnt factor, z(x) being the row as the estimator sees it (after
derived features, imputation, scaling, one-hot). (w, b) is a ridge fit of the log relative
out-of-fold CV residual on z over the training rows, so it never sees a calibration row; the
conformal quantile q of the scores on the test split then makes `ŷ ± q · d(x)` cover at
least `coverage` of exchangeable rows, with a width that follows where the model errs."""

from __future__ import annotations

from typing import Any

import numpy as np
from sklearn.linear_model import Ridge

METHOD = "normalised-split-conformal"
# Keeps a freak input from producing an infinite or zero width (e^±20 is far beyond any
# difficulty ratio seen in training).
_EXPONENT_LIMIT = 20.0
# The target magnitude below which the width stops shrinking with the prediction: the 10th
# percentile of |training target| (a prediction near 0 must still get a width).
FLOOR_PERCENTILE = 10.0
# Added to the relative residual before the log, as a share of its median: a residual that
# happens to be 0 must not pull the fit towards −∞.
_LOG_OFFSET = 0.05
_RIDGE_ALPHA = 1.0

Array = np.ndarray[Any, np.dtype[np.float64]]


def fit_difficulty(matrix: Any, out_of_fold: Any, actual: Any) -> dict[str, Any]:
    """{"floor", "weights", "intercept"} from the training rows' out-of-fold predictions."""
    z = np.asarray(matrix, dtype=np.float64)
    predicted = np.asarray(out_of_fold, dtype=np.float64)
    y = np.asarray(actual, dtype=np.float64)
    floor = float(np.percentile(np.abs(y), FLOOR_PERCENTILE)) or 1.0
    relative = np.abs(y - predicted) / np.maximum(np.abs(predicted), floor)
    offset = float(np.median(relative)) * _LOG_OFFSET or 1e-12
    fit = Ridge(alpha=_RIDGE_ALPHA).fit(z, np.log(relative + offset))
    return {
        "floor": floor,
        "weights": [float(v) for v in fit.coef_],
        "intercept": float(fit.intercept_),
    }


def difficulty(predictions: Any, matrix: Any, rule: dict[str, Any]) -> Array:
    """d(x) for each row; `matrix` is the estimator's input for the same rows."""
    predicted = np.asarray(predictions, dtype=np.float64)
    exponent = (
        np.asarray(matrix, dtype=np.float64) @ np.asarray(rule["weights"]) + rule["intercept"]
    )
    factor = np.exp(np.clip(exponent, -_EXPONENT_LIMIT, _EXPONENT_LIMIT))
    return np.asarray(np.maximum(np.abs(predicted), rule["floor"]) * factor, dtype=np.float64)


def half_widths(predictions: Any, matrix: Any, calibration: dict[str, Any]) -> Array:
    """q · d(x): the interval is prediction ± half-width."""
    rule = calibration["difficulty"]
    return float(calibration["quantile"]) * difficulty(predictions, matrix, rule)
