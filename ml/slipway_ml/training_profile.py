"""`training_profile.json` in the bundle: the training rows' profile in validate-data's
profile format (format slipway-data-profile, version 2; actions/validate-data README,
"Profile"), so the server's live summary and the monitor action measure input drift against
the rows the model was fitted on with validate-data's own definitions."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

PROFILE_FORMAT = "slipway-data-profile"
PROFILE_VERSION = 2
PROFILE_SAMPLE = 5000  # values kept per numeric column, as validate-data keeps
MAX_CATEGORIES = 1000
HISTOGRAM_QUANTILES = 10


def quantile(sorted_values: np.ndarray[Any, Any], q: float) -> float:
    """validate-data's quantile (linear between the closest ranks)."""
    pos = (len(sorted_values) - 1) * q
    lo = int(np.floor(pos))
    hi = min(len(sorted_values) - 1, lo + 1)
    return float(sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo))


def decile_histogram(sorted_values: np.ndarray[Any, Any]) -> dict[str, list[Any]]:
    low, high = float(sorted_values[0]), float(sorted_values[-1])
    inner = [quantile(sorted_values, (i + 1) / HISTOGRAM_QUANTILES) for i in range(9)]
    edges = sorted({low, *inner, high})
    if len(edges) == 1:
        edges.append(low)
    bins = np.clip(np.searchsorted(edges, sorted_values, side="right") - 1, 0, len(edges) - 2)
    return {"edges": edges, "counts": np.bincount(bins, minlength=len(edges) - 1).tolist()}


def column_profile(column: dict[str, Any], values: pd.Series) -> dict[str, Any]:
    present = values.dropna()
    kind = column["type"]
    profile: dict[str, Any] = {
        "name": column["name"], "type": kind, "count": len(values),
        "nulls": int(len(values) - len(present)), "min": None, "max": None, "mean": None,
        "std": None, "histogram": None, "categories": None,
        "distinct": int(min(present.astype(str).nunique(), MAX_CATEGORIES + 1)), "sample": None,
    }  # fmt: skip
    if kind in ("integer", "number") and len(present):
        numbers = np.sort(present.to_numpy(dtype=np.float64))
        numbers = numbers[np.isfinite(numbers)]
        profile |= {
            "min": float(numbers[0]), "max": float(numbers[-1]), "mean": float(numbers.mean()),
            "std": float(numbers.std(ddof=1)) if len(numbers) > 1 else None,
            "histogram": decile_histogram(numbers), "sample": _draw_sorted(numbers),
        }  # fmt: skip
    elif kind == "category":
        counts = present.astype(str).value_counts(sort=False)
        if len(counts) <= MAX_CATEGORIES:
            profile["categories"] = {str(k): int(v) for k, v in counts.items()}
    return profile


def _draw_sorted(numbers: np.ndarray[Any, Any]) -> list[float]:
    if len(numbers) <= PROFILE_SAMPLE:
        return [float(v) for v in numbers]
    drawn = np.random.default_rng(0).choice(numbers, size=PROFILE_SAMPLE, replace=False)
    return [float(v) for v in np.sort(drawn)]


def training_profile(
    x_train: pd.DataFrame, contract: dict[str, Any], dataset: str, data_sha256: str
) -> dict[str, Any]:
    columns = {c["name"]: c for c in contract["columns"]}
    return {
        "format": PROFILE_FORMAT,
        "version": PROFILE_VERSION,
        "dataset": dataset,
        "rows": len(x_train),
        "sha256": data_sha256,
        "sample_rows": len(x_train),
        "columns": [column_profile(columns[str(n)], x_train[n]) for n in x_train.columns],
    }
