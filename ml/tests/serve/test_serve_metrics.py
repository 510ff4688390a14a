"""The prediction histogram counts like a Prometheus histogram (`value <= le`)."""

from __future__ import annotations

import pytest
from prometheus_client import CollectorRegistry, Histogram, generate_latest

from slipway_ml.serve.metrics import PredictionHistogram


@pytest.mark.parametrize("one_at_a_time", [False, True])
def test_counts_match_prometheus_client(one_at_a_time: bool) -> None:
    """Batches (numpy) and single predictions (bisect) count alike."""
    bounds = [30.0, 10.0, 20.0, 20.0]  # unsorted, with a duplicate
    values = [5.0, 10.0, 10.5, 20.0, 25.0, 30.0, 31.0, 1e9, -3.0]
    ours = PredictionHistogram(bounds)
    for part in [[v] for v in values] if one_at_a_time else [values[:4], values[4:]]:
        ours.observe(part)
    registry = CollectorRegistry()
    registry.register(ours)
    reference_registry = CollectorRegistry()
    help_text = "Predicted values; buckets are the training target's quantiles."
    reference = Histogram(
        "slipway_prediction_value", help_text, buckets=[10.0, 20.0, 30.0],
        registry=reference_registry,
    )  # fmt: skip
    for value in values:
        reference.observe(value)
    ours_text = generate_latest(registry).decode()
    reference_lines = [
        line for line in generate_latest(reference_registry).decode().splitlines()
        if "_created" not in line
    ]  # fmt: skip
    assert ours_text.splitlines() == reference_lines
