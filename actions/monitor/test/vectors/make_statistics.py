"""Writes statistics.json: the monitor's interval figures as scipy gives them.

Run with ml/.venv/bin/python actions/monitor/test/vectors/make_statistics.py; the jest test
test/intervals.test.ts checks src/intervals.ts against every figure.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from scipy import stats

HERE = Path(__file__).resolve().parent


def main() -> None:
    t_points = [
        (0.975, 1),
        (0.975, 4),
        (0.95, 9),
        (0.995, 29),
        (0.975, 99),
        (0.9, 1000),
    ]
    t_cdf_points = [(-3.0, 2), (-0.5, 7), (0.0, 5), (1.7, 12), (4.2, 30)]
    rng = np.random.default_rng(5)
    errors = np.abs(rng.normal(0, 20000, 40))
    means = []
    for values, confidence in ((errors, 0.95), (errors[:8], 0.9), (errors**2, 0.95)):
        low, high = stats.t.interval(
            confidence, len(values) - 1, loc=values.mean(), scale=stats.sem(values)
        )
        means.append(
            {
                "values": [float(v) for v in values],
                "confidence": confidence,
                "low": float(low),
                "high": float(high),
            }
        )
    wilson = []
    for k, n, confidence in (
        (27, 30, 0.95),
        (0, 12, 0.95),
        (12, 12, 0.9),
        (880, 1000, 0.95),
    ):
        ci = stats.binomtest(k, n).proportion_ci(
            confidence_level=confidence, method="wilson"
        )
        wilson.append(
            {"k": k, "n": n, "confidence": confidence, "low": ci.low, "high": ci.high}
        )
    doc = {
        "t_quantile": [
            {"p": p, "dof": d, "value": float(stats.t.ppf(p, d))} for p, d in t_points
        ],
        "t_cdf": [
            {"t": t, "dof": d, "value": float(stats.t.cdf(t, d))}
            for t, d in t_cdf_points
        ],
        "normal_quantile": [
            {"p": p, "value": float(stats.norm.ppf(p))}
            for p in (0.001, 0.05, 0.5, 0.95, 0.975, 0.999)
        ],
        "mean_interval": means,
        "wilson": wilson,
    }
    (HERE / "statistics.json").write_text(json.dumps(doc, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
