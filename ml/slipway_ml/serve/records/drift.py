"""Drift of live inputs against the training profile, with validate-data's definitions
(actions/validate-data/src/statistics/distribution.ts and checks/drift.ts): PSI over the
reference histogram's bins or the categories (empty proportions floored at 1e-4), the
two-sample Kolmogorov–Smirnov statistic with its asymptotic p-value (kstwobign), and the
chi-square test of homogeneity on category counts. schemas/vectors/drift/ holds inputs and
expected statistics both implementations pass."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
from scipy.special import gammaincc

PSI_EPSILON = 1e-4
DEFAULT_THRESHOLDS = {"psi_warning": 0.1, "psi_error": 0.25, "p_value": 0.001}


def psi(reference: Sequence[float], actual: Sequence[float]) -> float:
    """Σ (a − e) · ln(a / e) over bin proportions (e: reference, a: actual)."""
    ref = np.asarray(reference, dtype=np.float64)
    act = np.zeros(len(ref))
    act[: min(len(ref), len(actual))] = np.asarray(actual, dtype=np.float64)[: len(ref)]
    e = np.maximum(ref / ref.sum(), PSI_EPSILON)
    a = np.maximum(act / act.sum(), PSI_EPSILON)
    return float(np.sum((a - e) * np.log(a / e)))


def count_in_bins(edges: Sequence[float], values: Any) -> list[int]:
    """validate-data's binOf: the last bin whose lower edge is ≤ x (below the first: bin 0;
    at or past the last edge: the last bin)."""
    edge_array = np.asarray(edges, dtype=np.float64)
    bins = np.clip(np.searchsorted(edge_array, values, side="right") - 1, 0, len(edges) - 2)
    return np.bincount(bins, minlength=len(edges) - 1).astype(int).tolist()  # type: ignore[no-any-return]


def kolmogorov_sf(lam: float) -> float:
    """scipy.stats.kstwobign.sf, summed as validate-data sums it."""
    if lam <= 0:
        return 1.0
    if lam < 1:
        c = math.pi * math.pi / (8 * lam * lam)
        cdf = sum(math.exp(-(2 * k - 1) * (2 * k - 1) * c) for k in range(1, 21))
        return 1 - math.sqrt(2 * math.pi) / lam * cdf
    sf = 0.0
    for k in range(1, 101):
        term = math.exp(-2 * k * k * lam * lam)
        sf += (2 if k % 2 == 1 else -2) * term
        if term < 1e-17:
            break
    return min(1.0, max(0.0, sf))


def ks_two_sample(a: Any, b: Any) -> tuple[float, float]:
    """(D, asymptotic p) of two samples; ties as scipy.stats.ks_2samp."""
    x = np.sort(np.asarray(a, dtype=np.float64))
    y = np.sort(np.asarray(b, dtype=np.float64))
    if len(x) == 0 or len(y) == 0:
        return 0.0, 1.0
    points = np.concatenate([x, y])
    cdf_x = np.searchsorted(x, points, side="right") / len(x)
    cdf_y = np.searchsorted(y, points, side="right") / len(y)
    d = float(np.max(np.abs(cdf_x - cdf_y)))
    en = len(x) * len(y) / (len(x) + len(y))
    return d, kolmogorov_sf(math.sqrt(en) * d)


def chi_square_homogeneity(
    reference: Sequence[float], actual: Sequence[float]
) -> tuple[float, int, float]:
    """(statistic, degrees of freedom, p) of a 2 × k table; columns empty on both sides dropped."""
    kept = [(r, a) for r, a in zip(reference, actual, strict=True) if r + a > 0]
    total_ref = sum(r for r, _ in kept)
    total_act = sum(a for _, a in kept)
    total = total_ref + total_act
    statistic = 0.0
    for r, a in kept:
        column = r + a
        e_ref, e_act = column * total_ref / total, column * total_act / total
        statistic += (r - e_ref) ** 2 / e_ref + (a - e_act) ** 2 / e_act
    dof = len(kept) - 1
    p = 1.0 if dof < 1 or statistic <= 0 else float(gammaincc(dof / 2, statistic / 2))
    return statistic, dof, p


def numeric_drift(reference: Mapping[str, Any], live: Any) -> dict[str, Any] | None:
    """A numeric column against its profile (histogram edges/counts and sorted sample)."""
    histogram, sample = reference.get("histogram"), reference.get("sample")
    values = np.asarray(live, dtype=np.float64)
    values = values[np.isfinite(values)]
    if not histogram or not sample or len(values) == 0:
        return None
    d, p = ks_two_sample(sample, values)
    return {
        "psi": psi(histogram["counts"], count_in_bins(histogram["edges"], values)),
        "test": "KS",
        "statistic": d,
        "p_value": p,
        "new_categories": {},
    }


def category_drift(reference: Mapping[str, Any], live: Mapping[str, int]) -> dict[str, Any] | None:
    before = reference.get("categories")
    if before is None or not live:
        return None
    values = list(dict.fromkeys([*before, *live]))
    ref = [before.get(v, 0) for v in values]
    act = [live.get(v, 0) for v in values]
    statistic, _, p = chi_square_homogeneity(ref, act)
    fresh = {v: live[v] for v in values if before.get(v, 0) == 0 and live.get(v, 0) > 0}
    return {
        "psi": psi(ref, act),
        "test": "chi-square",
        "statistic": statistic,
        "p_value": p,
        "new_categories": fresh,
    }


# Fewer live values than this: the statistics are shown, the verdict is "too-few-values".
MIN_VALUES = 30


def verdict(row: Mapping[str, Any], thresholds: Mapping[str, float], live_count: int) -> str:
    """validate-data's verdictOf, plus an unseen category as an error (its drift-new-category),
    once there are MIN_VALUES live values to judge."""
    if live_count < MIN_VALUES:
        return "too-few-values"
    if row["psi"] >= thresholds["psi_error"] or row["new_categories"]:
        return "error"
    if row["psi"] >= thresholds["psi_warning"] or row["p_value"] < thresholds["p_value"]:
        return "warning"
    return "ok"
