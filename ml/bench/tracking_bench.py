"""The MLflow stage of a training run (`[slipway] timing: ... mlflow=`) per tracking store: the
file store that was the default before, the SQLite store that is the default now with a cold
cache (every schema migration runs), and with the empty store cached (copied, the usual case).

    ml/.venv/bin/python ml/bench/tracking_bench.py [--repeat 3] [--project abalone]

The file store needs MLFLOW_ALLOW_FILE_STORE=true under MLflow 3 (set for file: URIs by the
trainer). All variants log the same run and register the same bundle; the printed ratio is each
variant's best mlflow stage over the file store's."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
MIRROR = Path(os.environ.get("SLIPWAY_DATA_MIRROR") or REPO.parent / "shared" / "data").resolve()


def mlflow_seconds(
    project: str, out: Path, cache: Path, tracking_uri: str | None
) -> tuple[float, float]:
    """(mlflow stage seconds, process wall seconds) of one training run."""
    command = [
        sys.executable, "-m", "slipway_ml", "train",
        "--project", str(REPO / "ml" / "projects" / f"{project}.yaml"),
        "--output-dir", str(out), "--result-file", str(out / "result.json"),
    ]  # fmt: skip
    if tracking_uri is not None:
        command += ["--tracking-uri", tracking_uri]
    env = {**os.environ, "SLIPWAY_DATA_MIRROR": str(MIRROR), "SLIPWAY_CACHE_DIR": str(cache)}
    env.pop("MLFLOW_TRACKING_URI", None)
    started = time.perf_counter()
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{project} failed: {done.stderr.strip()}")
    line = next(x for x in done.stdout.splitlines() if x.startswith("[slipway] timing:"))
    stages = dict(item.split("=") for item in line.split(": ", 1)[1].split())
    return float(stages["mlflow"].rstrip("s")), wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per variant (best kept)")
    parser.add_argument("--project", default="abalone")
    args = parser.parse_args()
    results: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        data_cache = scratch / "data-cache"
        # Not counted: fills the cache with the data and the empty store.
        mlflow_seconds(args.project, scratch / "warm-up", data_cache, None)
        for n in range(args.repeat):
            out = scratch / f"file-{n}"
            uri = (out / "mlruns").resolve().as_uri()
            results.setdefault("file store (before)", []).append(
                mlflow_seconds(args.project, out, data_cache, uri)[0]
            )
            # A cache without the empty store: this run migrates a new database.
            cold = scratch / f"cold-cache-{n}"
            shutil.copytree(data_cache, cold, ignore=shutil.ignore_patterns("mlflow"))
            results.setdefault("SQLite, cold cache (migrations)", []).append(
                mlflow_seconds(args.project, scratch / f"cold-{n}", cold, None)[0]
            )
            results.setdefault("SQLite, empty store cached (default)", []).append(
                mlflow_seconds(args.project, scratch / f"warm-{n}", data_cache, None)[0]
            )
    base = min(results["file store (before)"])
    print(f"{args.project}, best of {args.repeat} runs, mlflow stage (import, log, register)\n")
    print("| store | best s | all runs s | ratio to file store |\n| --- | --- | --- | --- |")
    for label, values in results.items():
        runs = ", ".join(f"{v:.2f}" for v in values)
        print(f"| {label} | {min(values):.2f} | {runs} | {min(values) / base:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
