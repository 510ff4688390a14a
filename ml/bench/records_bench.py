"""Recording's cost: the inference server with prediction records on (sample rate 1.0, into a
local folder) against the same server with them off, same bundle, same load, same run.

wrk drives single-row POSTs (predict.lua) at concurrency 16 for --seconds per run; the two
settings alternate for --rounds rounds (off, on, off, on, ...) so drift in the machine's load
touches both; the medians are compared. After each "on" run the server's /metrics say how
many records were written and dropped (a drop would make "on" look cheaper than it is).
Prints the figures and the ratios on/off — throughput, p99 and the server's CPU microseconds
per request (user+sys of the server process over the wrk run: less sensitive to other jobs on
the machine than the wall-clock figures) — with the load average before and after; --json
writes them too.

    ml/.venv/bin/python ml/bench/records_bench.py                 # trains house-prices first
    ml/.venv/bin/python ml/bench/records_bench.py --bundle <dir>"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from serve_bench import LUA, ROW, ensure_wrk, free_port, run_wrk, train_bundle, wait_up


def metric(text: str, name: str) -> float:
    return sum(float(line.split()[-1]) for line in text.splitlines() if line.startswith(name))


def one_run(bundle: Path, records: Path | None, args: Any) -> dict[str, Any]:
    port = free_port()
    env = {**os.environ, "SLIPWAY_ACCESS_LOG": "false"} if args.no_access_log else dict(os.environ)
    env.pop("SLIPWAY_RECORDS_URI", None)
    if records is not None:
        env |= {"SLIPWAY_RECORDS_URI": str(records), "SLIPWAY_RECORD_SAMPLE_RATE": "1.0"}
    command = [sys.executable, "-m", "slipway_ml", "serve", "--bundle", str(bundle),
               "--port", str(port)]  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env)
        try:
            wait_up(f"{base}/readyz", process)
            wrk = ensure_wrk()
            warm = [wrk, "-t1", "-c16", "-d3s", "-s", str(LUA), f"{base}/api/v1/predict"]
            subprocess.run(warm, check=True, capture_output=True)
            load = run_wrk(wrk, f"{base}/api/v1/predict", 16, args.seconds, process.pid)
            text = httpx.get(f"{base}/metrics").text
        finally:
            process.terminate()
            process.wait(60)
    return {
        "recording": records is not None,
        "requests_per_s": load.requests_per_s,
        "p50_ms": load.p50_ms,
        "p99_ms": load.p99_ms,
        "requests": load.requests,
        "non_2xx": load.non_2xx,
        "written": metric(text, "slipway_records_written_total"),
        "dropped": metric(text, "slipway_records_dropped_total"),
        "server_cpu_us_per_request": load.server_cpu_us_per_request,
    }


def offer_cost(calls: int = 50_000) -> tuple[float, float]:
    """Microseconds (wall, CPU) one single-row prediction spends in Recorder.offer (the request
    path's whole share of recording: id, JSON line, queue, index), thread not started so
    nothing is written."""
    from prometheus_client import CollectorRegistry

    from slipway_ml.serve.records.metrics import RecordMetrics
    from slipway_ml.serve.records.recorder import Recorder, RecorderSettings
    from slipway_ml.serve.records.store import LocalStore

    settings = RecorderSettings(1.0, calls + 1, 2.0, 10_000, 200_000)
    names = list(ROW)
    with tempfile.TemporaryDirectory() as folder:
        recorder = Recorder(LocalStore(folder), "house-prices", names, settings,
                            RecordMetrics(CollectorRegistry()))  # fmt: skip
        values = list(ROW.values())
        answer = {"prediction": 382245.0, "out_of_profile": [],
                  "interval": {"lower": 359110.8, "upper": 405379.2, "coverage": 0.9}}  # fmt: skip
        started, cpu = time.perf_counter(), time.process_time()
        for _ in range(calls):
            recorder.offer("house-prices-9c29492f3613", [values], [answer])
        wall = (time.perf_counter() - started) / calls * 1e6
        return wall, (time.process_time() - cpu) / calls * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--bundle", type=Path, help="bundle folder (default: train house-prices)")
    parser.add_argument("--seconds", type=int, default=20, help="wrk duration per run")
    parser.add_argument("--rounds", type=int, default=3, help="off/on pairs")
    parser.add_argument("--no-access-log", action="store_true", help="SLIPWAY_ACCESS_LOG=false")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args()
    load_before = os.getloadavg()
    per_offer, offer_cpu = offer_cost()
    print(f"  request path: {per_offer:.1f} us wall, {offer_cpu:.1f} us CPU per recorded"
          " single-row prediction (Recorder.offer)", flush=True)  # fmt: skip
    runs: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="slipway-records-bench-") as work_dir:
        work = Path(work_dir)
        bundle = args.bundle or train_bundle(work)
        for round_ in range(args.rounds):
            for records in (None, work / f"records-{round_}"):
                run = one_run(bundle, records, args)
                runs.append(run)
                print(
                    f"  recording {'on ' if run['recording'] else 'off'}: "
                    f"{run['requests_per_s']:.0f} req/s, p50 {run['p50_ms']:.2f} ms, "
                    f"p99 {run['p99_ms']:.2f} ms, "
                    f"CPU {run['server_cpu_us_per_request']:.0f} us/request, "
                    f"non-2xx {run['non_2xx']}, "
                    f"records written {run['written']:.0f}, dropped {run['dropped']:.0f}",
                    flush=True,
                )
    summary = {}
    for on in (False, True):
        mine = [r for r in runs if r["recording"] is on]
        summary["on" if on else "off"] = {
            key: statistics.median(r[key] for r in mine)
            for key in ("requests_per_s", "p50_ms", "p99_ms", "server_cpu_us_per_request")
        }
    ratio = summary["on"]["requests_per_s"] / summary["off"]["requests_per_s"]
    p99_ratio = summary["on"]["p99_ms"] / summary["off"]["p99_ms"]
    cpu = "server_cpu_us_per_request"
    cpu_ratio = summary["on"][cpu] / summary["off"][cpu]
    print(f"median of {args.rounds} runs, c=16, {args.seconds} s each:")
    for name in ("off", "on"):
        figures = summary[name]
        print(f"  {name}: {figures['requests_per_s']:.0f} req/s, p99 {figures['p99_ms']:.2f} ms,"
              f" {figures[cpu]:.0f} us CPU/request")  # fmt: skip
    print(
        f"  throughput on/off {ratio:.3f} (cost {100 * (1 - ratio):.1f} %),"
        f" p99 on/off {p99_ratio:.2f}, CPU per request on/off {cpu_ratio:.3f}"
        f" (cost {100 * (cpu_ratio - 1):.1f} %)"
    )
    load_after = os.getloadavg()
    print(f"  load average (1, 5, 15 min) before {load_before}, after {load_after}")
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "offer_us": per_offer,
                    "offer_cpu_us": offer_cpu,
                    "runs": runs,
                    "median": summary,
                    "ratio": ratio,
                    "cpu_ratio": cpu_ratio,
                    "load": [load_before, load_after],
                },
                indent=1,
            )
        )


if __name__ == "__main__":
    main()
