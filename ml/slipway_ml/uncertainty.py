"""How much a test metric would move with another draw of the test rows: a seeded
percentile bootstrap over the test rows, and the paired bootstrap of a candidate against
the production model on the same rows.

Vectorised: each block of resamples is one (resamples × rows) index matrix, so 1,000
resamples of 400 rows cost a few milliseconds."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np

from slipway_ml.evaluate import HIGHER_IS_BETTER, METRICS, regression_metrics

RESAMPLES = 1000
CONFIDENCE = 0.95
METHOD = "percentile bootstrap over the test rows"
# Index matrices are built in blocks of at most this many cells (bounded memory for big
# test sets).
_BLOCK_CELLS = 4_000_000

FloatArray = np.ndarray[Any, np.dtype[np.float64]]


def _blocks(rows: int, resamples: int, seed: int) -> Iterator[np.ndarray[Any, Any]]:
    rng = np.random.default_rng(seed)
    per_block = max(1, _BLOCK_CELLS // max(rows, 1))
    done = 0
    while done < resamples:
        size = min(per_block, resamples - done)
        yield rng.integers(0, rows, size=(size, rows))
        done += size


def metrics_by_resample(
    actual: FloatArray, errors: FloatArray, metrics: tuple[str, ...]
) -> dict[str, FloatArray]:
    """Each metric per resample (rows of `actual` and `errors` are resamples)."""
    squared = np.mean(errors**2, axis=1)
    out: dict[str, FloatArray] = {}
    for metric in metrics:
        if metric == "mse":
            out[metric] = squared
        elif metric == "rmse":
            out[metric] = np.sqrt(squared)
        elif metric == "mae":
            out[metric] = np.mean(np.abs(errors), axis=1)
        elif metric == "r2":
            total = np.var(actual, axis=1)
            with np.errstate(divide="ignore", invalid="ignore"):
                out[metric] = 1.0 - squared / total
        else:
            out[metric] = np.mean(np.abs(errors) / np.abs(actual), axis=1)
    return out


def resampled_metrics(
    actual: Any, predictions: list[Any], metrics: tuple[str, ...], resamples: int, seed: int
) -> list[dict[str, FloatArray]]:
    """For each prediction vector, every metric over the same `resamples` draws of rows."""
    y = np.asarray(actual, dtype=np.float64)
    errors = [y - np.asarray(p, dtype=np.float64) for p in predictions]
    parts: list[list[dict[str, FloatArray]]] = [[] for _ in predictions]
    for index in _blocks(len(y), resamples, seed):
        for i, e in enumerate(errors):
            parts[i].append(metrics_by_resample(y[index], e[index], metrics))
    return [{m: np.concatenate([p[m] for p in part]) for m in metrics} for part in parts]


def defined_metrics(values: dict[str, float | None]) -> tuple[str, ...]:
    return tuple(m for m in METRICS if values.get(m) is not None)


def metric_intervals(
    actual: Any,
    predicted: Any,
    values: dict[str, float | None],
    seed: int,
    resamples: int = RESAMPLES,
    confidence: float = CONFIDENCE,
) -> dict[str, dict[str, float]]:
    """{metric: {"low", "high", "sd"}}: the two-sided percentile interval at `confidence`
    and the bootstrap standard deviation, for every metric defined in `values`."""
    metrics = defined_metrics(values)
    (samples,) = resampled_metrics(actual, [predicted], metrics, resamples, seed)
    tail = (1 - confidence) / 2
    out: dict[str, dict[str, float]] = {}
    for metric, draws in samples.items():
        finite = draws[np.isfinite(draws)]
        low, high = np.quantile(finite, [tail, 1 - tail])
        out[metric] = {"low": float(low), "high": float(high), "sd": float(np.std(finite, ddof=1))}
    return out


def bootstrap_description(seed: int, rows: int) -> dict[str, Any]:
    return {
        "method": METHOD,
        "resamples": RESAMPLES,
        "confidence": CONFIDENCE,
        "seed": seed,
        "rows": rows,
    }


def relative_worsening(metric: str, value: Any, reference: Any) -> Any:
    """(value − reference) / |reference| for error metrics, the negative for r2: positive
    means worse (the same rule as the quality gate's relativeWorsening)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        delta = (np.asarray(value) - np.asarray(reference)) / np.abs(reference)
    return -delta if metric in HIGHER_IS_BETTER else delta


def paired_comparison(
    actual: Any,
    candidate: Any,
    production: Any,
    metrics: tuple[str, ...],
    seed: int,
    resamples: int = RESAMPLES,
    confidence: float = CONFIDENCE,
) -> dict[str, dict[str, float]]:
    """Both models scored on the same resampled rows, so the noise of the rows themselves
    cancels. `worsening_lower` is the one-sided lower confidence bound of the candidate's
    relative worsening: above 0, the candidate is worse beyond the noise."""
    point_c = regression_metrics(actual, candidate)
    point_p = regression_metrics(actual, production)
    chosen = tuple(m for m in metrics if point_c[m] is not None and point_p[m] is not None)
    ours, theirs = resampled_metrics(actual, [candidate, production], chosen, resamples, seed)
    out: dict[str, dict[str, float]] = {}
    for metric in chosen:
        draws = relative_worsening(metric, ours[metric], theirs[metric])
        finite = draws[np.isfinite(draws)]
        low, high = np.quantile(finite, [1 - confidence, confidence])
        out[metric] = {
            "candidate": float(point_c[metric]),  # type: ignore[arg-type]
            "production": float(point_p[metric]),  # type: ignore[arg-type]
            "relative_worsening": float(
                relative_worsening(metric, point_c[metric], point_p[metric])
            ),
            "worsening_lower": float(low),
            "worsening_upper": float(high),
        }
    return out
