"""Split-conformal calibration, written into every bundle as `calibration.json`.

The calibration rows are the held-out test split: the chosen pipeline is refit on the
training rows only, so its absolute residuals on the test rows are exchangeable with the
residuals on new rows drawn from the same distribution. The conformal quantile of those
residuals gives an interval `prediction ± quantile` whose marginal coverage is at least
`coverage` (averaged over rows and over the draw of the test split; not per row, not under
drift)."""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from slipway_ml.errors import InputError

METHOD = "split-conformal"
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
    y_test: Any, test_predictions: Any, y_train: Any, coverage: float = DEFAULT_COVERAGE
) -> dict[str, Any]:
    actual = np.asarray(y_test, dtype=np.float64)
    predicted = np.asarray(test_predictions, dtype=np.float64)
    residuals = np.abs(actual - predicted)
    quantiles = np.quantile(np.asarray(y_train, dtype=np.float64), TARGET_PROBABILITIES)
    return {
        "method": METHOD,
        "coverage": coverage,
        "quantile": conformal_quantile(residuals, coverage),
        "calibration_rows": len(residuals),
        "source": "test split: absolute residuals of the chosen model refit on the training rows",
        "target_quantiles": {
            "probabilities": list(TARGET_PROBABILITIES),
            "values": [float(v) for v in quantiles],
        },
    }
