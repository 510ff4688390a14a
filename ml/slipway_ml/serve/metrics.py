"""Prometheus metrics of docs/API.md, in a registry of the app's own (tests build many apps)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from typing import Any

import numpy as np
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.core import HistogramMetricFamily
from prometheus_client.registry import Collector

_LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)


class PredictionHistogram(Collector):
    """slipway_prediction_value, counted with numpy: a 1,000-row batch is one searchsorted
    instead of 1,000 Histogram.observe calls (measured 0.85 ms)."""

    def __init__(self, bounds: list[float]) -> None:
        self.bounds = np.asarray(sorted(set(bounds)), dtype=np.float64)
        self._bounds = self.bounds.tolist()
        self.counts = np.zeros(len(self.bounds) + 1, dtype=np.int64)  # last: above every bound
        self.total = 0.0

    def observe(self, values: Any) -> None:
        if len(values) == 1:  # the single-prediction route: one bisect, not four numpy calls
            value = float(values[0])
            # bisect_left is searchsorted(side="left"); NaN sorts last there.
            self.counts[
                len(self._bounds) if value != value else bisect_left(self._bounds, value)
            ] += 1
            self.total += value
            return
        array = np.asarray(values, dtype=np.float64)
        # Prometheus buckets are `value <= le`: side="left" puts a value equal to a bound in it.
        self.counts += np.bincount(
            np.searchsorted(self.bounds, array, side="left"), minlength=len(self.counts)
        )
        self.total += float(array.sum())

    def collect(self) -> Iterator[HistogramMetricFamily]:
        cumulative = np.cumsum(self.counts)
        buckets = [(repr(float(b)), int(c)) for b, c in zip(self.bounds, cumulative, strict=False)]
        buckets.append(("+Inf", int(cumulative[-1])))
        yield HistogramMetricFamily(
            "slipway_prediction_value",
            "Predicted values; buckets are the training target's quantiles.",
            buckets=buckets,
            sum_value=self.total,
        )


class ServerMetrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "slipway_http_requests",
            "HTTP requests by route, method and status.",
            ["route", "method", "status"],
            registry=self.registry,
        )
        self.duration = Histogram(
            "slipway_http_request_duration_seconds",
            "Request handling time by route.",
            ["route"],
            buckets=_LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.predictions = Counter(
            "slipway_predictions", "Predictions made (batch rows count one each).",
            registry=self.registry,
        )  # fmt: skip
        self.model_info = Gauge(
            "slipway_model_info", "The model being served.", ["version", "project"],
            registry=self.registry,
        )  # fmt: skip
        self.prediction_value: PredictionHistogram | None = None
        self._children: dict[tuple[str, str, int], Any] = {}

    def model_loaded(self, version: str, project: str, buckets: list[float]) -> None:
        self.model_info.labels(version=version, project=project).set(1)
        self.prediction_value = PredictionHistogram(buckets)
        self.registry.register(self.prediction_value)

    def request_done(self, route: str, method: str, status: int, seconds: float) -> None:
        key = (route, method, status)
        children = self._children.get(key)
        if children is None:  # labels() is slow; routes × statuses is small
            children = (
                self.requests.labels(route=route, method=method, status=str(status)),
                self.duration.labels(route=route),
            )
            self._children[key] = children
        children[0].inc()
        children[1].observe(seconds)

    def predicted(self, values: Any) -> None:
        self.predictions.inc(len(values))
        if self.prediction_value is not None:
            self.prediction_value.observe(values)
