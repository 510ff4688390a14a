"""Coverage of the prediction interval on data never used for calibration.

    ml/.venv/bin/python ml/bench/interval_bench.py [--rows 20000] [--seed 2027] [--drift 0.3]

Trains the shipped house-prices project (the real CLI, its own generated 2,000 rows, seed 42),
then draws fresh rows from the project's generator with another seed and measures how often
`prediction ± half-width` holds the true price: overall, and per decile of the true price.
The comparison is the constant-width split-conformal interval the server answered before
(the ⌈(n+1)·0.9⌉-th absolute test residual of the same model). Then rows from the generator's
documented drift, with the share the server flags as out of profile. Prints Markdown;
docs/benchmarks-ml.md records a run. Not a test: nothing here asserts.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import joblib
import numpy as np
import yaml

from slipway_ml.calibration import conformal_quantile
from slipway_ml.csvread import read_csv
from slipway_ml.intervals import half_widths
from slipway_ml.serve.bundle_load import load_bundle
from slipway_ml.serve.predictor import out_of_profile_fields
from slipway_ml.train import split_data

REPO = Path(__file__).resolve().parents[2]
GENERATOR = REPO / "data" / "house-prices" / "generate.py"


def generate(out: Path, rows: int, seed: int, drift: float = 0.0) -> Path:
    subprocess.run(
        [sys.executable, str(GENERATOR), "--out", str(out), "--rows", str(rows),
         "--seed", str(seed), "--drift", str(drift)],
        check=True,
    )  # fmt: skip
    return out


def train(scratch: Path) -> Path:
    out = scratch / "out"
    subprocess.run(
        [sys.executable, "-m", "slipway_ml", "train",
         "--project", str(REPO / "ml/projects/house-prices.yaml"),
         "--output-dir", str(out), "--result-file", str(out / "result.json")],
        check=True, cwd=REPO, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    return Path(json.loads((out / "result.json").read_text())["bundle_dir"])


def coverage_by_decile(actual: Any, covered: Any) -> list[float]:
    edges = np.quantile(actual, np.linspace(0, 1, 11))
    decile = np.clip(np.searchsorted(edges, actual, side="right") - 1, 0, 9)
    return [float(np.mean(covered[decile == d])) for d in range(10)]


def row(name: str, actual: Any, covered: Any, width: Any) -> str:
    deciles = coverage_by_decile(actual, covered)
    worst = max(abs(c - 0.9) for c in deciles)
    cells = " | ".join(f"{c:.1%}" for c in deciles)
    return (
        f"| {name} | {np.mean(covered):.1%} | {cells} | {worst * 100:.1f} | "
        f"{np.median(width / actual):.1%} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=2027)
    parser.add_argument("--drift", type=float, default=0.3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        scratch = Path(name)
        folder = train(scratch)
        bundle = load_bundle(str(folder))
        pipeline = joblib.load(folder / "model.joblib")
        spec = yaml.safe_load((folder / "spec.yaml").read_text())
        contract = bundle.contract
        calibration = bundle.doc("calibration.json")
        features = [f["name"] for f in bundle.doc("input_schema.json")["features"]]
        trained_on = read_csv(generate(scratch / "train.csv", 2000, 42), contract)
        split = split_data(trained_on, spec, contract, spec["split"]["seed"])
        constant = conformal_quantile(np.abs(split.y_test - pipeline.predict(split.x_test)), 0.9)
        fresh = read_csv(generate(scratch / "fresh.csv", args.rows, args.seed), contract)
        drifted = read_csv(
            generate(scratch / "drift.csv", args.rows, args.seed, args.drift), contract
        )
        print(f"House prices, bundle {folder.name}; fresh rows: {args.rows}, generator seed "
              f"{args.seed} (training used seed 42); nominal coverage 90 %.\n")  # fmt: skip
        head = " | ".join(f"d{d + 1}" for d in range(10))
        print(f"| interval | overall | {head} | worst decile gap (points) | median width / price |")
        print("|---" * 14 + "|")
        for label, frame in (("fresh", fresh), (f"drift {args.drift}", drifted)):
            actual = frame["price"].to_numpy(dtype=np.float64)
            x = frame[features]
            predicted = pipeline.predict(x)
            errors = np.abs(actual - predicted)
            half = half_widths(predicted, pipeline[:-1].transform(x), calibration)
            print(
                row(
                    f"constant ({label})",
                    actual,
                    errors <= constant,
                    np.full_like(actual, constant),
                )
            )
            print(row(f"normalised ({label})", actual, errors <= half, half))
        profile = calibration["input_profile"]
        for label, frame in (("fresh", fresh), (f"drift {args.drift}", drifted)):
            flagged = [
                bool(out_of_profile_fields(r, features, profile))
                for r in frame[features].itertuples(index=False)
            ]
            actual = frame["price"].to_numpy(dtype=np.float64)
            x = frame[features]
            predicted = pipeline.predict(x)
            half = half_widths(predicted, pipeline[:-1].transform(x), calibration)
            inside = np.abs(actual - predicted) <= half
            mask = np.asarray(flagged)
            flagged_cov = f"{np.mean(inside[mask]):.1%}" if mask.any() else "—"
            rest = f"{np.mean(inside[~mask]):.1%}"
            print(f"\n{label}: {mask.mean():.1%} of rows flagged out_of_profile; coverage "
                  f"{flagged_cov} on flagged rows, {rest} on the rest")  # fmt: skip


if __name__ == "__main__":
    main()
