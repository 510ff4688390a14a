"""Writes the shared drift vectors (schemas/vectors/drift/*.json) from numpy and scipy.

One definition of drift for every reader: the monitor action (TypeScript, through
validate-data's distribution code) and the inference server's live summary (Python) must both
reproduce `expected` from `reference` and `live`. Run with ml/.venv/bin/python:

    ml/.venv/bin/python schemas/vectors/drift/make_vectors.py

Definitions (the same as validate-data's drift against a reference profile):
- numeric feature: the reference is a profile column, `histogram` {edges, counts} and a sorted
  `sample`. Live values are counted in the reference bins, the first and last bins open-ended
  (a value below edges[0] counts in bin 0, at or above edges[-1] in the last bin; otherwise
  bin i holds edges[i] <= x < edges[i+1]).
  PSI = sum over bins of (a - e) * ln(a / e), e and a the reference and live proportions, each
  floored at 1e-4. KS: two-sample Kolmogorov-Smirnov of the reference sample against the live
  values, statistic D (scipy.stats.ks_2samp) and the limiting-distribution p-value
  scipy.stats.kstwobign.sf(sqrt(n*m/(n+m)) * D), n and m the two sizes (not ks_2samp's own
  "asymp" p-value, which scipy computes with kstwo at round(n*m/(n+m))).
- category feature: reference counts per category, live counts per category; the categories
  are the reference's in its order, then new live ones in first-seen order. PSI as above over
  those categories; chi-square test of homogeneity on the 2 x k table of counts, columns with
  no count on either side dropped, no continuity correction
  (scipy.stats.chi2_contingency(correction=False)).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from scipy import stats

HERE = Path(__file__).resolve().parent
PSI_FLOOR = 1e-4


def psi(reference: list[float], actual: list[float]) -> float:
    e = np.maximum(np.asarray(reference, float) / sum(reference), PSI_FLOOR)
    a = np.maximum(np.asarray(actual, float) / sum(actual), PSI_FLOOR)
    return float(np.sum((a - e) * np.log(a / e)))


def bin_counts(edges: list[float], values: np.ndarray) -> list[int]:
    inner = np.asarray(edges[1:-1])
    bins = np.searchsorted(inner, values, side="right")
    return [int(n) for n in np.bincount(bins, minlength=len(edges) - 1)]


def decile_histogram(sorted_values: np.ndarray) -> dict[str, list[float]]:
    inner = [float(np.quantile(sorted_values, q / 10)) for q in range(1, 10)]
    edges = sorted({float(sorted_values[0]), *inner, float(sorted_values[-1])})
    counts = bin_counts(edges, sorted_values)
    return {"edges": edges, "counts": counts}


def numeric_case(
    name: str, description: str, reference: np.ndarray, live: np.ndarray
) -> None:
    sample = np.sort(reference)
    histogram = decile_histogram(sample)
    live_counts = bin_counts(histogram["edges"], live)
    ks = stats.ks_2samp(sample, live, method="asymp")
    en = len(sample) * len(live) / (len(sample) + len(live))
    p_value = stats.kstwobign.sf(np.sqrt(en) * ks.statistic)
    doc = {
        "description": description,
        "kind": "numeric",
        "reference": {"histogram": histogram, "sample": [float(v) for v in sample]},
        "live": [float(v) for v in live],
        "expected": {
            "live_counts": live_counts,
            "psi": psi(histogram["counts"], live_counts),
            "test": "KS",
            "statistic": float(ks.statistic),
            "p_value": float(p_value),
        },
    }
    write(name, doc)


def category_case(
    name: str, description: str, reference: dict[str, int], live: list[str]
) -> None:
    order = list(reference)
    for value in live:
        if value not in order:
            order.append(value)
    live_counts = {v: live.count(v) for v in order if live.count(v) > 0}
    ref = [reference.get(v, 0) for v in order]
    act = [live_counts.get(v, 0) for v in order]
    kept = [(r, a) for r, a in zip(ref, act, strict=True) if r + a > 0]
    table = np.array(kept).T
    chi = stats.chi2_contingency(table, correction=False)
    doc = {
        "description": description,
        "kind": "category",
        "reference": {"categories": reference},
        "live": live,
        "expected": {
            "live_counts": live_counts,
            "psi": psi(ref, act),
            "test": "chi-square",
            "statistic": float(chi.statistic),
            "p_value": float(chi.pvalue),
            "new_categories": {
                v: n for v, n in live_counts.items() if reference.get(v, 0) == 0
            },
        },
    }
    write(name, doc)


def write(name: str, doc: dict[str, object]) -> None:
    (HERE / f"{name}.json").write_text(json.dumps(doc, indent=1) + "\n", "utf-8")


def main() -> None:
    rng = np.random.default_rng(17)
    reference = np.round(rng.normal(1800, 400, 2000), 1)
    numeric_case(
        "numeric-same-distribution",
        "Live values drawn from the reference's distribution: small PSI, large p.",
        reference,
        np.round(rng.normal(1800, 400, 500), 1),
    )
    numeric_case(
        "numeric-shifted",
        "Live values shifted by one standard deviation: PSI far above 0.25, p near 0.",
        reference,
        np.round(rng.normal(2200, 400, 500), 1),
    )
    numeric_case(
        "numeric-outside-range",
        "Live values beyond both ends of the reference: counted in the open-ended first/last bins.",
        reference,
        np.concatenate(
            [
                np.full(20, -5.0),
                np.round(rng.normal(1800, 400, 60), 1),
                np.full(20, 9999.0),
            ]
        ),
    )
    integers = rng.integers(1, 6, 1000).astype(float)
    numeric_case(
        "numeric-ties",
        "Small integers with many ties (bedrooms-like): duplicate decile edges merged.",
        integers,
        rng.integers(2, 7, 300).astype(float),
    )
    category_case(
        "category-same-distribution",
        "Live categories in the reference's proportions.",
        {"urban": 500, "suburban": 350, "rural": 150},
        ["urban"] * 52 + ["suburban"] * 33 + ["rural"] * 15,
    )
    category_case(
        "category-new-and-missing",
        "A category unseen in the reference appears, one reference category is absent live.",
        {"urban": 500, "suburban": 350, "rural": 150, "island": 0},
        ["urban"] * 20 + ["rural"] * 60 + ["lakeside"] * 20,
    )


if __name__ == "__main__":
    main()
