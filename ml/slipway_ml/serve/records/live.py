"""GET /api/v1/live: a summary of the last N hours of records, never a raw row.

Per hour the number of predictions and of labelled ones; the live error on labelled
predictions (the metrics.json metrics) beside the bundle's test metrics, with the label
count; the interval's live coverage; drift per feature against the bundle's
training_profile.json with validate-data's definitions (drift.py). Files are parsed once and
cached by key (RecordCache); a request reads only files it has not seen, and the window is
capped at `MAX_HOURS`."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np

from slipway_ml.generated.metrics_file import MetricsFile
from slipway_ml.serve.records.drift import (
    DEFAULT_THRESHOLDS,
    category_drift,
    numeric_drift,
    verdict,
)
from slipway_ml.serve.records.reading import FeedbackBlock, PredictionBlock, RecordCache
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

    def summarise(self, hours: int, now: datetime | None = None) -> dict[str, Any]:
        end = now or datetime.now(UTC)
        window = hours_back(end, hours)
        per_hour: list[tuple[datetime, list[PredictionBlock]]] = []
        keys: set[str] = set()
        for hour in window:
            hour_keys = self.cache.hour_keys("predictions", [hour])
            keys.update(hour_keys)
            per_hour.append((hour, [self.cache.predictions(k) for k in hour_keys]))
        feedback_keys = self.cache.hour_keys("feedback", window)
        keys.update(feedback_keys)
        feedback = _merge_feedback([self.cache.feedback(k) for k in feedback_keys])
        self.cache.keep(keys)
        return self._document(window, end, per_hour, feedback)

    def _document(
        self,
        window: list[datetime],
        end: datetime,
        per_hour: list[tuple[datetime, list[PredictionBlock]]],
        feedback: dict[str, float],
    ) -> dict[str, Any]:
        blocks = [b for _, hour_blocks in per_hour for b in hour_blocks]
        labelled = _labelled(blocks, feedback)
        hours = [
            {
                "hour": iso_hour(hour),
                "predictions": sum(len(b.ids) for b in hour_blocks),
                "labelled": sum(sum(1 for i in b.ids if i in feedback) for b in hour_blocks),
            }
            for hour, hour_blocks in per_hour
        ]
        metrics = self.model.bundle.metrics
        return {
            "project": self.model.bundle.manifest.project,
            "model_version": self.model.version,
            "window": {
                "start": iso_hour(window[0]),
                "end": (window[-1] + timedelta(hours=1)).strftime("%Y-%m-%dT%H:00:00Z"),
                "hours": len(window),
                "generated_at": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            },
            "predictions": sum(h["predictions"] for h in hours),
            "labelled": len(labelled[0]),
            "model_versions": sorted({v for b in blocks for v in set(b.model_versions)}),
            "per_hour": hours,
            "error": self._error(metrics, *labelled),
            "coverage": self._coverage(*labelled),
            "drift": self._drift(blocks),
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

    def _drift(self, blocks: list[PredictionBlock]) -> dict[str, Any]:
        if self.profile is None:
            return {
                "available": False,
                "reason": "the bundle has no training_profile.json (trained before it was"
                " added); retrain to get drift per feature",
                "thresholds": self.thresholds,
                "features": [],
            }
        features = []
        for name in self.model.predictor.names:
            reference = self.profile.get(name)
            values = [v for b in blocks for v in b.inputs.get(name, []) if v is not None]
            if reference is None:
                continue
            if reference["type"] == "category":
                row = category_drift(reference, Counter(str(v) for v in values))
            elif reference["type"] in ("integer", "number"):
                row = numeric_drift(reference, np.asarray(values, dtype=np.float64))
            else:
                row = None
            if row is not None:
                judged = verdict(row, self.thresholds, len(values))
                features.append({"feature": name, "live_count": len(values), **row,
                                 "verdict": judged})  # fmt: skip
        return {"available": True, "reason": None, "thresholds": self.thresholds,
                "features": features}  # fmt: skip


def _merge_feedback(blocks: list[FeedbackBlock]) -> dict[str, float]:
    merged: dict[str, float] = {}
    for block in blocks:
        for pid, actual in block.actual.items():
            merged.setdefault(pid, actual)
    return merged


def _labelled(blocks: list[PredictionBlock], feedback: dict[str, float]) -> tuple[Any, Any, Any]:
    """(actual, predicted, (lower, upper)) of the predictions with feedback."""
    actual, predicted, lower, upper = [], [], [], []
    for block in blocks:
        for i, pid in enumerate(block.ids):
            value = feedback.get(pid)
            if value is not None:
                actual.append(value)
                predicted.append(block.predictions[i])
                lower.append(block.lower[i])
                upper.append(block.upper[i])
    as_array = np.asarray
    return (
        as_array(actual, dtype=np.float64),
        as_array(predicted, dtype=np.float64),
        (as_array(lower, dtype=np.float64), as_array(upper, dtype=np.float64)),
    )
