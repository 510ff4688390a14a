"""Per-file aggregates for the live summary: each prediction file is read once and reduced to
what the summary needs — its rows' ids, predictions and intervals in a compact form (for the
label join: feedback may arrive in a later file than its prediction) and, per feature, counts
that merge across files into exactly the statistics drift.py computes from raw values:

- PSI: counts in the profile histogram's bins (validate-data's binOf);
- KS: counts of live values below, at and between the distinct values of the profile's sample.
  Both empirical CDFs are step functions, so the largest gap between them is reached at a
  sample value or just before the next one: these 2k+1 counts give the same D, bit for bit;
- chi-square and PSI over categories: a Counter in first-seen order.

A file's aggregate is a fixed size per feature plus ~44 bytes per row for the join."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from slipway_ml.serve.records.drift import (
    count_in_bins,
    kolmogorov_sf,
    psi,
)
from slipway_ml.serve.records.reading import PredictionBlock, PredictionRows

Floats = np.ndarray[Any, np.dtype[np.float64]]
Ints = np.ndarray[Any, np.dtype[np.int64]]


@dataclass(frozen=True)
class FeatureReference:
    """One feature's training profile, prepared for counting: kind, histogram edges, the
    sample's distinct values and the sample's CDF at each of them."""

    name: str
    kind: str  # "category", "numeric" or "other"
    column: Mapping[str, Any]
    edges: Floats | None = None
    distinct: Floats | None = None
    sample_cdf: Floats | None = None
    sample_size: int = 0

    @classmethod
    def of(cls, name: str, column: Mapping[str, Any]) -> FeatureReference:
        if column["type"] == "category":
            return cls(name, "category", column)
        if column["type"] not in ("integer", "number"):
            return cls(name, "other", column)
        histogram, sample = column.get("histogram"), column.get("sample")
        if not histogram or not sample:
            return cls(name, "numeric", column)
        ordered = np.sort(np.asarray(sample, dtype=np.float64))
        distinct = np.unique(ordered)
        return cls(
            name, "numeric", column,
            edges=np.asarray(histogram["edges"], dtype=np.float64),
            distinct=distinct,
            sample_cdf=np.searchsorted(ordered, distinct, side="right") / len(ordered),
            sample_size=len(ordered),
        )  # fmt: skip


@dataclass
class FeatureCounts:
    """One feature's live values in one or more files, as mergeable counts."""

    present: int = 0  # values that are not null (the summary's live_count)
    finite: int = 0
    bins: Ints | None = None
    slots: Ints | None = None  # KS: below u0, at u0, between u0 and u1, at u1, …, above
    categories: Counter[str] | None = None

    def add(self, other: FeatureCounts) -> None:
        self.present += other.present
        self.finite += other.finite
        if other.bins is not None:
            self.bins = other.bins.copy() if self.bins is None else self.bins + other.bins
        if other.slots is not None:
            self.slots = other.slots.copy() if self.slots is None else self.slots + other.slots
        if other.categories is not None:
            if self.categories is None:
                self.categories = Counter()
            self.categories.update(other.categories)

    @property
    def nbytes(self) -> int:
        arrays = sum(a.nbytes for a in (self.bins, self.slots) if a is not None)
        return 64 + arrays + 100 * len(self.categories or ())


def count_feature(reference: FeatureReference, values: list[Any]) -> FeatureCounts:
    present = [v for v in values if v is not None]
    counts = FeatureCounts(present=len(present))
    if reference.kind == "category":
        counts.categories = Counter(str(v) for v in present)
    elif reference.kind == "numeric" and reference.edges is not None:
        live = np.asarray(present, dtype=np.float64)
        live = live[np.isfinite(live)]
        counts.finite = len(live)
        counts.bins = np.asarray(count_in_bins(reference.edges, live), dtype=np.int64)  # type: ignore[arg-type]
        assert reference.distinct is not None
        left = np.searchsorted(reference.distinct, live, side="left")
        slot = left + np.searchsorted(reference.distinct, live, side="right")
        counts.slots = np.bincount(slot, minlength=2 * len(reference.distinct) + 1)
    return counts


def ks_from_slots(reference: FeatureReference, slots: Ints) -> tuple[float, float]:
    """(D, asymptotic p) as drift.ks_two_sample gives for the sample and the counted values."""
    assert reference.sample_cdf is not None
    n = int(slots.sum())
    cumulative = np.cumsum(slots)
    below = cumulative[0::2][:-1] / n  # live share < u_j
    upto = cumulative[1::2] / n  # live share ≤ u_j
    cdf = reference.sample_cdf
    gaps = [np.abs(cdf - upto), np.abs(cdf[:-1] - below[1:]), below[:1]]
    d = float(max(np.max(g) for g in gaps if len(g)))
    m = reference.sample_size
    en = m * n / (m + n)
    return d, kolmogorov_sf(math.sqrt(en) * d)


def numeric_drift_of(reference: FeatureReference, counts: FeatureCounts) -> dict[str, Any] | None:
    """drift.numeric_drift of the counted values."""
    if reference.edges is None or counts.finite == 0:
        return None
    assert counts.bins is not None and counts.slots is not None
    d, p = ks_from_slots(reference, counts.slots)
    return {
        "psi": psi(reference.column["histogram"]["counts"], counts.bins.tolist()),
        "test": "KS",
        "statistic": d,
        "p_value": p,
        "new_categories": {},
    }


@dataclass
class PredictionAggregate:
    """One prediction file, reduced: its rows for the label join, its model versions, and the
    counts of each profiled feature."""

    rows: PredictionRows
    versions: set[str]
    features: dict[str, FeatureCounts]

    @property
    def nbytes(self) -> int:
        return self.rows.nbytes + sum(f.nbytes for f in self.features.values())


def aggregate_block(
    block: PredictionBlock, references: Iterable[FeatureReference]
) -> PredictionAggregate:
    features = {r.name: count_feature(r, block.inputs.get(r.name, [])) for r in references}
    return PredictionAggregate(PredictionRows.of(block), set(block.model_versions), features)
