"""Computes metrics.json fixtures for the action tests from the real 84-row house-prices file.

Stand-in until the Python trainer exists: a one-feature least-squares line (price ~ sqft) and
the predict-the-training-mean baseline, with a seeded 80/20 split and 5-fold CV, written in
exactly the metrics.json shape of docs/ARCHITECTURE.md. Stdlib only, so it runs anywhere.

    python3 make_metrics_fixture.py --data <house_data.csv> --out-dir <dir>
"""

import argparse
import csv
import json
import math
import random
from pathlib import Path


def read_rows(path: Path) -> list[tuple[float, float]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        lines = [line for line in handle if line.strip()]
    return [(float(r["sqft"]), float(r["price"])) for r in csv.DictReader(lines)]


def fit_line(rows: list[tuple[float, float]]) -> tuple[float, float]:
    mx = sum(x for x, _ in rows) / len(rows)
    my = sum(y for _, y in rows) / len(rows)
    sxx = sum((x - mx) ** 2 for x, _ in rows)
    sxy = sum((x - mx) * (y - my) for x, y in rows)
    slope = sxy / sxx
    return slope, my - slope * mx


def metrics(actual: list[float], predicted: list[float]) -> dict[str, float]:
    n = len(actual)
    errors = [p - a for a, p in zip(actual, predicted)]
    mse = sum(e * e for e in errors) / n
    mean = sum(actual) / n
    total = sum((a - mean) ** 2 for a in actual)
    return {
        "mse": mse,
        "rmse": math.sqrt(mse),
        "mae": sum(abs(e) for e in errors) / n,
        "r2": 1 - sum(e * e for e in errors) / total,
        "mape": sum(abs(e) / abs(a) for a, e in zip(actual, errors)) / n,
    }


def line_metrics(train: list[tuple[float, float]], test: list[tuple[float, float]]) -> dict[str, float]:
    slope, intercept = fit_line(train)
    return metrics([y for _, y in test], [slope * x + intercept for x, _ in test])


def cv_summary(rows: list[tuple[float, float]], folds: int) -> dict[str, dict[str, float]]:
    per_fold = []
    for k in range(folds):
        test = rows[k::folds]
        train = [r for i, r in enumerate(rows) if i % folds != k]
        per_fold.append(line_metrics(train, test))
    summary = {}
    for name in ("rmse", "mae", "r2", "mse", "mape"):
        values = [m[name] for m in per_fold]
        mean = sum(values) / folds
        summary[name] = {"mean": mean, "std": math.sqrt(sum((v - mean) ** 2 for v in values) / folds)}
    return summary


def build(rows: list[tuple[float, float]], seed: int) -> dict[str, object]:
    shuffled = rows[:]
    random.Random(seed).shuffle(shuffled)
    cut = int(len(shuffled) * 0.8)
    train, test = shuffled[:cut], shuffled[cut:]
    mean = sum(y for _, y in train) / len(train)
    test_metrics = line_metrics(train, test)
    return {
        "project": "house-prices",
        "primary_metric": "rmse",
        "chosen": "linear_regression",
        "n_train": len(train),
        "n_test": len(test),
        "cv_folds": 5,
        "test": test_metrics,
        "baseline_mean": metrics([y for _, y in test], [mean] * len(test)),
        "candidates": [
            {
                "name": "linear_regression",
                "model": "linear_regression",
                "cv": cv_summary(train, 5),
                "test": test_metrics,
                "fit_seconds": 0.0,
            }
        ],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--out-dir", type=Path, required=True)
    args = parser.parse_args()
    rows = read_rows(args.data)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    # Two seeds give two honest models: one plays the candidate, the other production.
    for name, seed in (("house-prices-original.metrics.json", 42), ("house-prices-original-seed7.metrics.json", 7)):
        (args.out_dir / name).write_text(json.dumps(build(rows, seed), indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
