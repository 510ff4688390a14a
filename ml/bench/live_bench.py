"""The live summary's cost: --records prediction records (and a feedback record for every
--label-every-th one, half of them in the next hour's files) written over --hours hours into a
temporary records folder by a child process, then GET /api/v1/live's work
(LiveSummary.summarise) in this process: cold (every file read and aggregated), warm (nothing
new), warm after one new feedback file (the label join redone), with wall and CPU seconds, the
process's RSS before and at its peak, and the load average. --row-based also times the
row-based summary the aggregates replaced (every row parsed and kept, the statistics on raw
values: tests/serve/test_live_aggregates.py's oracle), checks both answer the same and prints
the ratio; without it the ratio is against the documented row-based cold figure (32.4 s for
100,000 records at load 20–25, docs/benchmarks-serving.md).

    ml/.venv/bin/python ml/bench/live_bench.py --bundle <dir> [--records 100000] [--hours 24]
        [--row-based]"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import orjson

ML = Path(__file__).resolve().parents[1]
DOCUMENTED_ROW_BASED_COLD_S = {100_000: 32.4}
BATCH = 10_000  # records per file, as SLIPWAY_RECORD_BATCH_SIZE's default


def write_records(folder: Path, bundle: Path, args: argparse.Namespace, now: datetime) -> None:
    from slipway_ml.serve.records.store import LocalStore, file_name

    store = LocalStore(str(folder))
    manifest = orjson.loads((bundle / "manifest.json").read_bytes())
    project = manifest["project"]
    profile = {c["name"]: c for c in orjson.loads(
        (bundle / "training_profile.json").read_bytes())["columns"]}  # fmt: skip
    names = [
        f["name"] for f in orjson.loads((bundle / "input_schema.json").read_bytes())["features"]
    ]
    rng = np.random.default_rng(3)
    per_hour = args.records // args.hours
    late: list[bytes] = []
    for h in range(args.hours - 1, -1, -1):
        hour = now - timedelta(hours=h)
        stamp = hour.strftime("%Y-%m-%dT%H:%M:%S.000Z")
        lines, feedback = [], late
        late = []
        drawn = {
            name: rng.choice(list(profile[name]["categories"] or [0]), per_hour).tolist()
            if profile[name].get("categories") is not None
            else rng.choice(profile[name]["sample"], per_hour).tolist()
            for name in names
        }
        predictions = rng.normal(300000, 50000, per_hour)
        for i in range(per_hour):
            pid = f"{h:08x}{i:024x}"
            prediction = float(predictions[i])
            lines.append(orjson.dumps({
                "id": pid, "time": stamp, "project": project, "model_version": "v",
                "inputs": {name: drawn[name][i] for name in names}, "prediction": prediction,
                "interval": {"lower": prediction - 30000, "upper": prediction + 30000,
                             "coverage": 0.9},
            }) + b"\n")  # fmt: skip
            if i % args.label_every == 0:
                actual = prediction + float(rng.normal(0, 20000))
                line = orjson.dumps({"prediction_id": pid, "time": stamp, "project": project,
                                     "actual": actual})  # fmt: skip
                (late if i % (2 * args.label_every) and h else feedback).append(line + b"\n")
        for start in range(0, len(lines), BATCH):
            name = file_name(hour, "bench", start)
            store.write(project, "predictions", hour, name, b"".join(lines[start : start + BATCH]))
        store.write(project, "feedback", hour, file_name(hour, "bench", 0), b"".join(feedback))


def timed(call: Any) -> tuple[Any, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = call()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def rss_mib() -> float:
    resident = int(Path("/proc/self/statm").read_text().split()[1])
    return resident * os.sysconf("SC_PAGE_SIZE") / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--bundle", type=Path, required=True)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--hours", type=int, default=24)
    parser.add_argument("--label-every", type=int, default=10)
    parser.add_argument("--row-based", action="store_true", help="also time the row-based path")
    parser.add_argument("--write-to", type=Path, help=argparse.SUPPRESS)  # the child's work
    parser.add_argument("--now", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.write_to:
        write_records(args.write_to, args.bundle, args, datetime.fromisoformat(args.now))
        return
    print(f"load average before: {os.getloadavg()} (2 cores; other jobs may be running)")
    now = datetime.now(UTC).replace(minute=30, second=0, microsecond=0)
    with tempfile.TemporaryDirectory(prefix="slipway-live-bench-") as folder:
        started = time.perf_counter()
        child = [sys.executable, *sys.argv, "--write-to", folder, "--now", now.isoformat()]
        subprocess.run(child, check=True)
        took = time.perf_counter() - started
        print(f"wrote {args.records} records over {args.hours} h in {took:.1f} s (a child process)")
        measure(Path(folder), args, now)
    print(f"load average after: {os.getloadavg()}")


def measure(folder: Path, args: argparse.Namespace, now: datetime) -> None:
    from slipway_ml.serve.bundle_load import load_bundle
    from slipway_ml.serve.model_state import serve_model
    from slipway_ml.serve.records.live import LiveSummary
    from slipway_ml.serve.records.reading import RecordCache
    from slipway_ml.serve.records.store import LocalStore, file_name

    model = serve_model(load_bundle(str(args.bundle)), 1000)
    project = model.bundle.doc("manifest.json")["project"]
    profile = orjson.loads((args.bundle / "training_profile.json").read_bytes())
    store = LocalStore(str(folder))
    base = rss_mib()
    print(f"  RSS with the model loaded: {base:.0f} MiB")
    live = LiveSummary(RecordCache(store, project), model, {}, profile)
    figures = {}
    for label in ("cold", "warm", "warm"):
        summary, wall, cpu = timed(lambda: live.summarise(args.hours, now))
        figures.setdefault(label, wall)
        print(f"  {label}: {wall:.3f} s wall, {cpu:.3f} s CPU for {summary['predictions']}"
              f" predictions, {summary['labelled']} labelled")  # fmt: skip
    line = orjson.dumps({"prediction_id": f"{0:08x}{1:024x}", "time": "2026-01-01T00:00:00.000Z",
                         "project": project, "actual": 300000.0}) + b"\n"  # fmt: skip
    store.write(project, "feedback", now, file_name(now, "late", 1), line)
    summary, wall, cpu = timed(lambda: live.summarise(args.hours, now))
    print(f"  after one new feedback file: {wall:.3f} s wall, {cpu:.3f} s CPU"
          f" ({summary['labelled']} labelled)")  # fmt: skip
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak RSS {peak:.0f} MiB ({peak - base:.0f} MiB over the model's;"
          f" cache {live.cache.entries.used / 2**20:.1f} MiB)")  # fmt: skip
    if args.row_based:
        sys.path.insert(0, str(ML))
        from tests.serve.test_live_aggregates import comparable, row_based_summary

        expected, wall, cpu = timed(
            lambda: row_based_summary(store, project, model, profile, args.hours, now)
        )
        print(f"  row-based: {wall:.3f} s wall, {cpu:.3f} s CPU; same answer:"
              f" {comparable(summary) == expected}")  # fmt: skip
        print(f"  cold row-based / cold aggregates: {wall / figures['cold']:.1f}x")
    elif args.records in DOCUMENTED_ROW_BASED_COLD_S:
        old = DOCUMENTED_ROW_BASED_COLD_S[args.records]
        print(
            f"  documented row-based cold {old} s / cold aggregates: {old / figures['cold']:.1f}x"
            " (different machine load: rerun with --row-based for a same-run ratio)"
        )


if __name__ == "__main__":
    main()
