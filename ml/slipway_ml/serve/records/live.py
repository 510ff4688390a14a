"""GET /api/v1/live: a summary of the last N hours of records, never a raw row.

Per hour the number of predictions and of labelled ones; the live error on labelled
predictions (the metrics.json metrics) beside the bundle's test metrics, with the label
count; the interval's live coverage; drift per feature against the bundle's
training_profile.json with validate-data's definitions (drift.py). Each file is read once and
reduced to an aggregate (aggregate.py: compact rows for the label join, mergeable counts per
feature) cached by key in a byte-bounded LRU; a request reads only files it has not seen (or
that the LRU dropped), and the window is capped at `MAX_HOURS`. With no new file since the
last request, the merged result is reused."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np

from slipway_ml.generated.metrics_file import MetricsFile
from slipway_ml.serve.records.aggregate import (
    FeatureCounts,
    FeatureReference,
    PredictionAggregate,
    aggregate_block,
    numeric_drift_of,
)
from slipway_ml.serve.records.drift import DEFAULT_THRESHOLDS, category_drift, verdict
from slipway_ml.serve.records.reading import RecordCache, read_predictions
from slipway_ml.serve.records.store import hours_back

MAX_HOURS = 168
# Fewer labels than this: the live error is shown but called a small sample.
SMALL_SAMPLE = 30
LOWER_IS_BETTER = ("mse", "rmse", "mae", "mape")


def iso_hour(hour: datetime) -> str:
    return hour.strftime("%Y-%m-%dT%H:00:00Z")


def error_metrics(actual: Any, predicted: Any) -> dict[str, float | None]:
    """The trainer's test metrics (ml/slipway_ml/evaluate.py) on the labelled predictions."""
    n = len(actual)
    if n == 0:
        return dict.fromkeys(("mse", "rmse", "mae", "r2", "mape"))
    residual = actual - predicted
    mse = float(np.mean(residual**2))
    spread = float(np.sum((actual - actual.mean()) ** 2))
    nonzero = actual != 0
    return {
        "mse": mse,
        "rmse": float(np.sqrt(mse)),
        "mae": float(np.mean(np.abs(residual))),
        "r2": 1 - float(np.sum(residual**2)) / spread if n > 1 and spread > 0 else None,
        "mape": float(np.mean(np.abs(residual[nonzero] / actual[nonzero])))
        if nonzero.any()
        else None,
    }


@dataclass
class WindowTotals:
    """The window's aggregates merged: counts per hour, the labelled predictions' values (in
    window order), model versions and feature counts."""

    predictions: list[int]
    labelled: list[int]
    actual: Any
    predicted: Any
    bounds: tuple[Any, Any]
    versions: set[str] = field(default_factory=set)
    features: dict[str, FeatureCounts] = field(default_factory=dict)


class LiveSummary:
    def __init__(
        self,
        cache: RecordCache,
        model: Any,
        thresholds: dict[str, float],
        profile: dict[str, Any] | None,
    ) -> None:
        self.cache = cache
        self.model = model
        self.thresholds = {**DEFAULT_THRESHOLDS, **thresholds}
        self.profile = {c["name"]: c for c in profile["columns"]} if profile else None
        columns = self.profile or {}
        self.references = [
            FeatureReference.of(n, columns[n]) for n in model.predictor.names if n in columns
        ]
        self._last: tuple[Any, WindowTotals] | None = None

    def summarise(self, hours: int, now: datetime | None = None) -> dict[str, Any]:
        end = now or datetime.now(UTC)
        window = hours_back(end, hours)
        per_hour = [(hour, self.cache.hour_keys("predictions", [hour])) for hour in window]
        feedback_keys = self.cache.hour_keys("feedback", window)
        files = (tuple(tuple(keys) for _, keys in per_hour), tuple(feedback_keys))
        if self._last is not None and self._last[0] == files:
            totals = self._last[1]
        else:
            totals = self._totals([keys for _, keys in per_hour], feedback_keys)
            self._last = (files, totals)
        self.cache.keep({k for _, keys in per_hour for k in keys} | set(feedback_keys))
        return self._document(window, end, totals)

    def _aggregate(self, key: str) -> PredictionAggregate:
        def build(where: str, data: bytes) -> tuple[PredictionAggregate, int]:
            names = [r.name for r in self.references]
            block = read_predictions(where, data, self.cache.project, names)
            aggregate = aggregate_block(block, self.references)
            return aggregate, aggregate.nbytes

        aggregate: PredictionAggregate = self.cache.cached(f"aggregate:{key}", build)
        return aggregate

    def _feedback(self, keys: list[str]) -> tuple[Any, Any]:
        """Sorted unique ids with feedback in the window and their actual values: the first
        line of the first file (in key order) wins, as the server accepts."""
        files = [self.cache.feedback(k) for k in keys]
        ids = np.concatenate([f.ids for f in files]) if files else np.zeros(0, "S16")
        actual = np.concatenate([f.actual for f in files]) if files else np.zeros(0)
        unique, first = np.unique(ids, return_index=True)
        return unique, actual[first]

    def _totals(self, hour_keys: list[list[str]], feedback_keys: list[str]) -> WindowTotals:
        labelled_ids, labelled_actual = self._feedback(feedback_keys)
        totals = WindowTotals([], [], [], [], ([], []))
        pieces: list[tuple[Any, Any, Any, Any]] = []
        for keys in hour_keys:
            counted, labelled = 0, 0
            for key in keys:
                aggregate = self._aggregate(key)
                rows = aggregate.rows
                counted += len(rows.ids)
                totals.versions |= aggregate.versions
                for name, counts in aggregate.features.items():
                    totals.features.setdefault(name, FeatureCounts()).add(counts)
                if len(labelled_ids) == 0 or len(rows.ids) == 0:
                    continue
                at = np.minimum(np.searchsorted(labelled_ids, rows.ids), len(labelled_ids) - 1)
                hit = labelled_ids[at] == rows.ids
                labelled += int(hit.sum())
                pieces.append((labelled_actual[at[hit]], rows.predictions[hit], rows.lower[hit],
                               rows.upper[hit]))  # fmt: skip
            totals.predictions.append(counted)
            totals.labelled.append(labelled)
        joined = [np.concatenate([p[i] for p in pieces]) if pieces else np.zeros(0)
                  for i in range(4)]  # fmt: skip
        totals.actual, totals.predicted = joined[0], joined[1]
        totals.bounds = (joined[2], joined[3])
        return totals

    def _document(
        self, window: list[datetime], end: datetime, totals: WindowTotals
    ) -> dict[str, Any]:
        hours = [
            {"hour": iso_hour(hour), "predictions": counted, "labelled": labelled}
            for hour, counted, labelled in zip(window, totals.predictions, totals.labelled,
                                               strict=True)
        ]  # fmt: skip
        metrics = self.model.bundle.metrics
        labelled = (totals.actual, totals.predicted, totals.bounds)
        return {
            "project": self.model.bundle.manifest.project,
            "model_version": self.model.version,
            "window": {
                "start": iso_hour(window[0]),
                "end": (window[-1] + timedelta(hours=1)).strftime("%Y-%m-%dT%H:00:00Z"),
                "hours": len(window),
                "generated_at": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            },
            "predictions": sum(totals.predictions),
            "labelled": len(totals.actual),
            "model_versions": sorted(totals.versions),
            "per_hour": hours,
            "error": self._error(metrics, *labelled),
            "coverage": self._coverage(*labelled),
            "drift": self._drift(totals.features),
        }

    def _error(self, metrics: MetricsFile, actual: Any, predicted: Any, _: Any) -> dict[str, Any]:
        primary = metrics.primary_metric.root
        live = error_metrics(actual, predicted)
        tested = metrics.test.model_dump()
        test = {k: tested.get(k) for k in live}
        ratio = None
        if primary in LOWER_IS_BETTER and live.get(primary) is not None and test.get(primary):
            ratio = float(live[primary]) / float(test[primary])  # type: ignore[arg-type]
        return {
            "primary_metric": primary,
            "labels": len(actual),
            "small_sample": len(actual) < SMALL_SAMPLE,
            "live": live,
            "test": test,
            "ratio": ratio,
        }

    def _coverage(self, actual: Any, _: Any, bounds: Any) -> dict[str, Any]:
        lower, upper = bounds
        has = ~np.isnan(lower)
        inside = (actual[has] >= lower[has]) & (actual[has] <= upper[has])
        return {
            "nominal": self.model.coverage,
            "labels": int(has.sum()),
            "live": float(inside.mean()) if has.any() else None,
        }

    def _drift(self, totals: dict[str, FeatureCounts]) -> dict[str, Any]:
        if self.profile is None:
            return {
                "available": False,
                "reason": "the bundle has no training_profile.json (trained before it was"
                " added); retrain to get drift per feature",
                "thresholds": self.thresholds,
                "features": [],
            }
        features = []
        for reference in self.references:
            counts = totals.get(reference.name, FeatureCounts())
            if reference.kind == "category":
                row = category_drift(reference.column, counts.categories or Counter())
            elif reference.kind == "numeric":
                row = numeric_drift_of(reference, counts)
            else:
                row = None
            if row is not None:
                judged = verdict(row, self.thresholds, counts.present)
                features.append({"feature": reference.name, "live_count": counts.present,
                                 **row, "verdict": judged})  # fmt: skip
        return {"available": True, "reason": None, "thresholds": self.thresholds,
                "features": features}  # fmt: skip
