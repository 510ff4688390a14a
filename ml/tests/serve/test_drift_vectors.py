"""The live summary's drift statistics pass the shared vectors (schemas/vectors/drift/),
whose expected values scipy computed (ml/scripts/drift_vectors.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from slipway_ml.serve.records.drift import (
    category_drift,
    count_in_bins,
    kolmogorov_sf,
    numeric_drift,
)

VECTORS = Path(__file__).resolve().parents[3] / "schemas" / "vectors" / "drift"
CASES = [
    case for file in sorted(VECTORS.glob("*.json"))
    for case in json.loads(file.read_text()).get("cases", [])
    if case.get("kind") in ("numeric", "category") and "reference" in case
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_drift_statistics_match_the_vectors(case: dict[str, Any]) -> None:
    expected = case["expected"]
    if case["kind"] == "numeric":
        edges = case["reference"]["histogram"]["edges"]
        assert count_in_bins(edges, case["live"]) == expected["live_counts"]
        row = numeric_drift(case["reference"], case["live"])
    else:
        row = category_drift(case["reference"], case["live"])
        assert row is not None
        assert row["new_categories"] == expected["new_categories"]
    assert row is not None
    assert row["psi"] == pytest.approx(expected["psi"], rel=1e-9, abs=1e-12)
    assert row["statistic"] == pytest.approx(expected["statistic"], rel=1e-9, abs=1e-12)
    assert row["p_value"] == pytest.approx(expected["p_value"], abs=1e-6)


def test_there_are_vectors_of_both_kinds() -> None:
    assert {c["kind"] for c in CASES} == {"numeric", "category"}


@pytest.mark.parametrize("lam", [0.0, 0.3, 0.8, 1.0, 1.36, 2.5])
def test_kolmogorov_sf_is_scipys_kstwobign(lam: float) -> None:
    from scipy.stats import kstwobign

    assert kolmogorov_sf(lam) == pytest.approx(float(kstwobign.sf(lam)), abs=1e-10)
