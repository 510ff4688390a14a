"""Benchmark of the trainer: wall time per stage and test metrics, per project.

    ml/.venv/bin/python ml/bench/train_bench.py [--repeat 3]

Runs the real CLI (`python -m slipway_ml train`) as a process, as the train-model action
does, and reads the stage timings it prints (`[slipway] timing: ...`) and the bundle's
metrics.json. Prints Markdown; docs/benchmarks-ml.md records a run. Not a test: nothing
here asserts a time.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
MIRROR = Path(os.environ.get("SLIPWAY_DATA_MIRROR") or REPO.parent / "shared" / "data")
SAGEMAKER_ABALONE_MSE = 4.91  # published runs of the AWS SageMaker Pipelines example
ABALONE_TARGET_MSE = 4.7  # mean test MSE over five seeded splits (docs/DESIGN.md)
# Fixed before measuring: the five splits are seeds 1-5 (the shipped spec's own seed 42 is
# reported beside them as the single split).
ABALONE_SPLIT_SEEDS = (1, 2, 3, 4, 5)
STAGES = ("load", "cv", "fit", "evaluate", "bundle", "mlflow", "total")


def scenarios(scratch: Path) -> list[tuple[str, str, list[str]]]:
    noisy = scratch / "houses-noise-0.06.csv"
    subprocess.run(
        [sys.executable, str(REPO / "data/house-prices/generate.py"), "--out", str(noisy),
         "--rows", "2000", "--seed", "42", "--noise", "0.06"],
        check=True,
    )  # fmt: skip
    original = MIRROR / "house-prices" / "house_data.csv"
    return [
        ("abalone (UCI, via mirror)", "abalone", []),
        ("house-prices, generated (contract defaults)", "house-prices", []),
        ("house-prices, original 84-row file", "house-prices", ["--data", str(original)]),
        ("house-prices, generated with noise 0.06", "house-prices", ["--data", str(noisy)]),
    ]


def run_once(project: str, extra: list[str], scratch: Path) -> dict[str, Any]:
    out = Path(tempfile.mkdtemp(dir=scratch))
    command = [
        sys.executable, "-m", "slipway_ml", "train",
        "--project", str(REPO / "ml" / "projects" / f"{project}.yaml"),
        "--output-dir", str(out), "--result-file", str(out / "result.json"), *extra,
    ]  # fmt: skip
    env = {**os.environ, "SLIPWAY_DATA_MIRROR": str(MIRROR)}
    started = time.perf_counter()
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{project} failed: {done.stderr.strip()}")
    timing_line = next(x for x in done.stdout.splitlines() if x.startswith("[slipway] timing:"))
    stages = {
        key: float(value.rstrip("s"))
        for key, value in (item.split("=") for item in timing_line.split(": ", 1)[1].split())
    }
    result = json.loads((out / "result.json").read_text())
    metrics = json.loads(Path(result["metrics_file"]).read_text())
    return {"wall": wall, "stages": stages, "metrics": metrics}


def abalone_splits() -> int:
    """The shipped abalone spec (hyperparameters chosen by CV on training rows only) trained
    on five seeded 80/20 splits: the single split's MSE is one draw of a noisy number."""
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        os.environ["SLIPWAY_CACHE_DIR"] = str(scratch / "cache")
        runs = {
            s: run_once("abalone", ["--seed", str(s)], scratch)["metrics"]
            for s in (42, *ABALONE_SPLIT_SEEDS)
        }
    print("| split seed | test MSE | 95 % bootstrap interval | mean CV MSE (training rows) |")
    print("| --- | --- | --- | --- |")
    for seed, m in runs.items():
        i = m["test_intervals"]["mse"]
        cv = m["candidates"][0]["cv"]["mse"]["mean"]
        print(f"| {seed} | {m['test']['mse']:.3f} | [{i['low']:.2f}, {i['high']:.2f}] | {cv:.3f} |")
    values = [runs[s]["test"]["mse"] for s in ABALONE_SPLIT_SEEDS]
    mean, sd = statistics.mean(values), statistics.stdev(values)
    verdict = "met" if mean <= ABALONE_TARGET_MSE else "NOT met"
    single = runs[42]["test"]["mse"]
    print(f"\nseeds {ABALONE_SPLIT_SEEDS}: mean test MSE {mean:.3f} ± {sd:.3f} (sd); target "
          f"≤ {ABALONE_TARGET_MSE}: {verdict}; single split (seed 42) {single:.3f}")  # fmt: skip
    return 0


def import_seconds(statement: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", statement], check=True)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per scenario (best kept)")
    parser.add_argument(
        "--abalone-splits", action="store_true",
        help="only the abalone test MSE over five seeded splits (mean ± sd) beside seed 42",
    )  # fmt: skip
    args = parser.parse_args()
    if args.abalone_splits:
        return abalone_splits()
    print(f"Python {platform.python_version()}, {os.cpu_count()} cores, "
          f"best of {args.repeat} runs per scenario\n")  # fmt: skip
    print("| import | seconds (best of 3, fresh interpreter) |\n| --- | --- |")
    for label, statement in [
        ("python (nothing)", "pass"),
        ("slipway_ml.training_run (numpy, pandas, scikit-learn, xgboost)",
         "import slipway_ml.training_run"),
        ("mlflow (skinny)", "import mlflow"),
    ]:  # fmt: skip
        print(f"| {label} | {min(import_seconds(statement) for _ in range(3)):.2f} |")
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        os.environ["SLIPWAY_CACHE_DIR"] = str(scratch / "cache")
        rows = []
        for label, project, extra in scenarios(scratch):
            runs = [run_once(project, extra, scratch) for _ in range(args.repeat)]
            rows.append((label, min(runs, key=lambda r: r["wall"]), runs[0]))
    print("\n| scenario | process wall | " + " | ".join(STAGES) + " |")
    print("| --- " * (len(STAGES) + 2) + "|")
    for label, best, _ in rows:
        stages = " | ".join(f"{best['stages'].get(s, 0):.2f}" for s in STAGES)
        print(f"| {label} | {best['wall']:.2f} | {stages} |")
    print("\n(first run of the generated scenario includes generating the CSV: "
          f"{rows[1][2]['stages']['load']:.2f} s load)\n")  # fmt: skip
    print("| scenario | chosen | n_train/n_test | test rmse | test mae | test r2 | test mse | "
          "baseline_mean rmse |\n| --- | --- | --- | --- | --- | --- | --- | --- |")  # fmt: skip
    for label, best, _ in rows:
        m = best["metrics"]
        t = m["test"]
        print(f"| {label} | {m['chosen']} | {m['n_train']}/{m['n_test']} | {t['rmse']:.4g} | "
              f"{t['mae']:.4g} | {t['r2']:.4f} | {t['mse']:.4g} | "
              f"{m['baseline_mean']['rmse']:.4g} |")  # fmt: skip
    abalone = rows[0][1]["metrics"]["test"]["mse"]
    print(
        f"\nabalone test MSE {abalone:.3f} (one split; --abalone-splits for five): "
        f"{abalone / SAGEMAKER_ABALONE_MSE:.3f} × the published SageMaker 4.91"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
