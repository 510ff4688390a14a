"""Writes schemas/vectors/drift/live-summary.json: drift inputs and the statistics scipy gives
for them, for validate-data's definitions (PSI over the reference bins with empty proportions
floored at 1e-4; two-sample KS, D from scipy.stats.ks_2samp and the p-value
scipy.stats.kstwobign.sf(√(n·m/(n+m))·D); chi-square homogeneity without correction,
scipy.stats.chi2_contingency). Both implementations (ml/slipway_ml/serve/records/drift.py
and the TypeScript one) must pass the file. Run: ml/.venv/bin/python ml/scripts/drift_vectors.py"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
from scipy import stats

OUT = Path(__file__).resolve().parents[2] / "schemas" / "vectors" / "drift" / "live-summary.json"
EPSILON = 1e-4


def reference_psi(reference: list[float], actual: list[float]) -> float:
    e = np.maximum(np.asarray(reference) / np.sum(reference), EPSILON)
    a = np.maximum(np.asarray(actual) / np.sum(actual), EPSILON)
    return float(np.sum((a - e) * np.log(a / e)))


def bins(edges: list[float], values: np.ndarray[Any, Any]) -> list[int]:
    """Count per bin [edges[i], edges[i+1]); the last bin includes the last edge and beyond,
    values below the first edge count in the first bin (validate-data's binOf)."""
    counts = [0] * (len(edges) - 1)
    for value in values:
        index = 0
        for i in range(len(edges) - 1):
            if value >= edges[i]:
                index = i
        counts[index] += 1
    return counts


def numeric_case(
    name: str, reference: np.ndarray[Any, Any], live: np.ndarray[Any, Any]
) -> dict[str, Any]:
    ordered = np.sort(reference)
    inner = [
        float(np.quantile(ordered, (i + 1) / 10)) for i in range(9)
    ]  # linear = validate-data's
    edges = sorted({float(ordered[0]), *inner, float(ordered[-1])})
    counts = bins(edges, ordered)
    live_counts = bins(edges, live)
    ks = stats.ks_2samp(ordered, live, method="asymp")
    # validate-data's p-value is the limiting distribution at √(n·m/(n+m))·D (kstwobign);
    # scipy's own "asymp" now uses kstwo at the rounded effective size instead.
    en = len(ordered) * len(live) / (len(ordered) + len(live))
    p_value = float(stats.kstwobign.sf(np.sqrt(en) * ks.statistic))
    return {
        "name": name,
        "kind": "numeric",
        "reference": {
            "histogram": {"edges": edges, "counts": counts},
            "sample": [float(v) for v in ordered],
        },
        "live": [float(v) for v in live],
        "expected": {
            "live_counts": live_counts,
            "psi": reference_psi(counts, live_counts),
            "statistic": float(ks.statistic),
            "p_value": p_value,
        },
    }


def category_case(name: str, reference: dict[str, int], live: dict[str, int]) -> dict[str, Any]:
    values = list(dict.fromkeys([*reference, *live]))
    ref = [reference.get(v, 0) for v in values]
    act = [live.get(v, 0) for v in values]
    kept = [(r, a) for r, a in zip(ref, act, strict=True) if r + a > 0]
    chi2, p, dof, _ = stats.chi2_contingency(np.asarray(kept).T, correction=False)
    return {
        "name": name,
        "kind": "category",
        "reference": {"categories": reference},
        "live": live,
        "expected": {
            "psi": reference_psi(ref, act),
            "statistic": float(chi2),
            "p_value": float(p),
            "dof": int(dof),
            "new_categories": {
                v: live[v] for v in values if reference.get(v, 0) == 0 and live.get(v, 0) > 0
            },
        },
    }


def main() -> None:
    rng = np.random.default_rng(17)
    reference = rng.normal(1800, 400, 600).round()
    cases = [
        numeric_case("same distribution", reference, rng.normal(1800, 400, 300).round()),
        numeric_case("shifted mean", reference, rng.normal(2300, 400, 300).round()),
        numeric_case("narrower, few values", reference, rng.normal(1800, 100, 40).round()),
        numeric_case(
            "beyond the reference range", reference, np.array([100.0, 5000.0, 6000.0, 1800.0])
        ),
        numeric_case(
            "ties", np.array([1, 1, 2, 2, 2, 3, 3, 4, 5, 5.0]), np.array([2, 2, 2, 3, 3, 3, 5.0])
        ),
        category_case(
            "same shares",
            {"Urban": 300, "Suburb": 500, "Rural": 200},
            {"Urban": 31, "Suburb": 49, "Rural": 20},
        ),
        category_case(
            "one category gone",
            {"Urban": 300, "Suburb": 500, "Rural": 200},
            {"Urban": 60, "Suburb": 40},
        ),
        category_case(
            "a new category",
            {"Urban": 300, "Suburb": 500, "Rural": 200},
            {"Urban": 30, "Suburb": 50, "Rural": 10, "Island": 10},
        ),
    ]
    document = {
        "description": "Drift statistics of a live sample against a reference profile, as"
        " validate-data defines them; expected values from scipy (ml/scripts/drift_vectors.py)."
        " Tolerance: 1e-9 relative on psi and statistic, 1e-6 absolute on p_value.",
        "cases": cases,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(document, indent=1) + "\n")
    print(f"wrote {len(cases)} cases to {OUT}")


if __name__ == "__main__":
    main()
