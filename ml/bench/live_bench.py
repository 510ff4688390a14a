"""The live summary's cost: --records prediction records (and a feedback record for every
--label-every-th one) written over --hours hours into a temporary records folder, then
GET /api/v1/live's work (LiveSummary.summarise) timed cold (every file parsed) and warm
(files cached), with the process's peak RSS. Prints the figures.

    ml/.venv/bin/python ml/bench/live_bench.py --bundle <dir> [--records 100000] [--hours 24]"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import orjson

from slipway_ml.serve.bundle_load import load_bundle
from slipway_ml.serve.model_state import serve_model
from slipway_ml.serve.records.live import LiveSummary
from slipway_ml.serve.records.reading import RecordCache
from slipway_ml.serve.records.store import LocalStore, file_name


def write_records(store: LocalStore, project: str, model: object, args: argparse.Namespace) -> None:
    rng = np.random.default_rng(3)
    profile = {c["name"]: c for c in model.bundle.documents["training_profile.json"]["columns"]}  # type: ignore[attr-defined]
    names = model.predictor.names  # type: ignore[attr-defined]
    now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    per_hour = args.records // args.hours
    for h in range(args.hours):
        hour = now - timedelta(hours=h)
        lines, feedback = [], []
        drawn = {
            name: rng.choice(list(profile[name]["categories"] or [0]), per_hour).tolist()
            if profile[name]["categories"] is not None
            else rng.choice(profile[name]["sample"], per_hour).tolist()
            for name in names
        }
        for i in range(per_hour):
            inputs = {name: drawn[name][i] for name in names}
            pid = f"{h:08x}{i:024x}"
            prediction = float(rng.normal(300000, 50000))
            lines.append(orjson.dumps({
                "id": pid, "time": hour.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "project": project,
                "model_version": "v", "inputs": inputs, "prediction": prediction,
                "interval": {"lower": prediction - 30000, "upper": prediction + 30000,
                             "coverage": 0.9},
            }) + b"\n")  # fmt: skip
            if i % args.label_every == 0:
                feedback.append(orjson.dumps({
                    "prediction_id": pid, "time": hour.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                    "project": project, "actual": prediction + float(rng.normal(0, 20000)),
                }) + b"\n")  # fmt: skip
        for start in range(0, len(lines), 10_000):
            name = file_name(hour, "bench", start)
            store.write(project, "predictions", hour, name, b"".join(lines[start : start + 10_000]))
        store.write(project, "feedback", hour, file_name(hour, "bench", 0), b"".join(feedback))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bundle", type=Path, required=True)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--hours", type=int, default=24)
    parser.add_argument("--label-every", type=int, default=10)
    args = parser.parse_args()
    model = serve_model(load_bundle(str(args.bundle)), 1000)
    project = model.bundle.doc("manifest.json")["project"]
    profile = orjson.loads((args.bundle / "training_profile.json").read_bytes())
    model.bundle.documents["training_profile.json"] = profile
    with tempfile.TemporaryDirectory(prefix="slipway-live-bench-") as folder:
        store = LocalStore(folder)
        started = time.perf_counter()
        write_records(store, project, model, args)
        took = time.perf_counter() - started
        print(f"wrote {args.records} records over {args.hours} h in {took:.1f} s")
        live = LiveSummary(RecordCache(store, project), model, {}, profile)
        for label in ("cold", "warm", "warm"):
            started = time.perf_counter()
            summary = live.summarise(args.hours)
            elapsed = time.perf_counter() - started
            print(f"  {label}: {elapsed:.2f} s for {summary['predictions']} predictions,"
                  f" {summary['labelled']} labelled")  # fmt: skip
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"  peak RSS {peak:.0f} MiB")


if __name__ == "__main__":
    main()
