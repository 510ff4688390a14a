"""The recorder's Prometheus metrics, in the server's registry (served by /metrics)."""

from __future__ import annotations

from collections.abc import Callable

from prometheus_client import CollectorRegistry, Counter, Gauge


class RecordMetrics:
    def __init__(self, registry: CollectorRegistry) -> None:
        self.written = Counter(
            "slipway_records_written", "Prediction records written to the records store.",
            registry=registry,
        )  # fmt: skip
        self.dropped = Counter(
            "slipway_records_dropped",
            "Prediction records not written: queue-full (the request path never waits) or"
            " write-failed (the store refused a file).",
            ["reason"],
            registry=registry,
        )
        self.feedback = Counter(
            "slipway_feedback", "Feedback items by outcome.", ["outcome"], registry=registry
        )
        self.queue = Gauge(
            "slipway_records_queued", "Prediction records waiting to be written.",
            registry=registry,
        )  # fmt: skip
        self._full = self.dropped.labels(reason="queue-full")
        self._failed = self.dropped.labels(reason="write-failed")

    def watch(self, queued: Callable[[], int]) -> None:
        self.queue.set_function(lambda: float(queued()))

    def records_dropped(self, reason: str, count: int = 1) -> None:
        (self._full if reason == "queue-full" else self._failed).inc(count)

    def records_written(self, count: int) -> None:
        self.written.inc(count)
