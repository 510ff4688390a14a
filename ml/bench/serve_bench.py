"""Serving benchmark: Slipway's inference server against a seed-style server, same model,
same load, same run, loopback only.

For each server: wrk drives single-row POSTs (ml/bench/predict.lua) for --seconds at
concurrency 16 and 64 (one wrk thread, so the load generator takes one core at most); then
--batches sequential 1,000-row batch requests are timed from a keep-alive client; the
server's CPU seconds and peak RSS (VmHWM) are read from /proc. Prints the figures and the
ratios Slipway/seed; --json writes them too.

    ml/.venv/bin/python ml/bench/serve_bench.py                 # trains house-prices first
    ml/.venv/bin/python ml/bench/serve_bench.py --bundle <dir>  # an existing bundle

Installs wrk with apt-get when it is missing (the tests never need it)."""

from __future__ import annotations

import argparse
import json
import os
import pickle
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import httpx
import joblib

ML = Path(__file__).resolve().parents[1]
LUA = ML / "bench" / "predict.lua"
SEED_APP = ML / "bench" / "seed_server" / "seed_app.py"
ROW = {
    "sqft": 1800,
    "bedrooms": 3,
    "bathrooms": 2,
    "location": "Suburb",
    "condition": "Good",
    "year_built": 1995,
}
LOCATIONS = ["Downtown", "Urban", "Suburb", "Rural", "Waterfront", "Mountain"]


@dataclass
class LoadResult:
    concurrency: int
    requests_per_s: float
    p50_ms: float
    p99_ms: float
    requests: int
    non_2xx: int
    socket_errors: int
    server_cpu_us_per_request: float


@dataclass
class ServerResult:
    name: str
    loads: list[LoadResult] = field(default_factory=list)
    batch_ms_median: float = 0.0
    batch_ms_p95: float = 0.0
    batch_server_cpu_ms: float = 0.0
    peak_rss_mib: float = 0.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def ensure_wrk() -> str:
    found = shutil.which("wrk")
    if found:
        return found
    print("wrk not found: apt-get install -y wrk", flush=True)
    subprocess.run(["apt-get", "install", "-y", "wrk"], check=True, stdout=subprocess.DEVNULL)
    return shutil.which("wrk") or "wrk"


def train_bundle(work: Path) -> Path:
    out = work / "train"
    command = [
        sys.executable,
        "-m",
        "slipway_ml",
        "train",
        "--project",
        str(ML / "projects" / "house-prices.yaml"),
        "--output-dir",
        str(out),
        "--result-file",
        str(out / "result.json"),
    ]
    print("training house-prices for the bench ...", flush=True)
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return Path(json.loads((out / "result.json").read_text())["bundle_dir"])


def wait_up(url: str, process: subprocess.Popen[bytes], seconds: float = 120.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"server exited with {process.returncode} before answering {url}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"{url} did not answer in {seconds} s")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _ms(text: str) -> float:
    """wrk prints durations as 812.00us, 4.58ms, 1.02s or 1.50m."""
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    if match is None:
        raise SystemExit(f"cannot read the wrk duration {text!r}")
    number, unit = match.groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}[unit]


def run_wrk(wrk: str, url: str, concurrency: int, seconds: int, pid: int) -> LoadResult:
    before = cpu_seconds(pid)
    command = [wrk, "-t1", f"-c{concurrency}", f"-d{seconds}s", "--latency", "-s", str(LUA), url]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    print(output, file=sys.stderr, flush=True)  # wrk's own report, for the record
    used = cpu_seconds(pid) - before
    requests = int(re.search(r"(\d+) requests in", output).group(1))  # type: ignore[union-attr]
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    return LoadResult(
        concurrency=concurrency,
        requests_per_s=float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),  # type: ignore[union-attr]
        p50_ms=_ms(re.search(r"50%\s+(\S+)", output).group(1)),  # type: ignore[union-attr]
        p99_ms=_ms(re.search(r"99%\s+(\S+)", output).group(1)),  # type: ignore[union-attr]
        requests=requests,
        non_2xx=int(non_2xx.group(1)) if non_2xx else 0,
        socket_errors=sum(int(g) for g in errors.groups()) if errors else 0,
        server_cpu_us_per_request=used / max(requests, 1) * 1e6,
    )


def batch_rows() -> list[dict[str, Any]]:
    return [
        dict(ROW, sqft=400 + 9 * i, location=LOCATIONS[i % 6], year_built=1900 + i % 120)
        for i in range(1000)
    ]


def time_batches(base: str, count: int, pid: int) -> tuple[float, float, float]:
    """Median and p95 wall time of a 1,000-row batch request, and server CPU ms per batch."""
    body = {"rows": batch_rows()}
    times = []
    with httpx.Client(base_url=base, timeout=30) as client:
        for i in range(count + 5):
            if i == 5:  # the first few warm caches up
                cpu_before = cpu_seconds(pid)
            started = time.perf_counter()
            answer = client.post("/api/v1/predict/batch", json=body)
            elapsed = (time.perf_counter() - started) * 1000
            if answer.status_code != 200:
                raise SystemExit(f"batch request failed: {answer.status_code} {answer.text[:200]}")
            if i >= 5:
                times.append(elapsed)
    cpu_ms = (cpu_seconds(pid) - cpu_before) / count * 1000
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))], cpu_ms


def measure(name: str, command: list[str], port: int, health: str, args: Any) -> ServerResult:
    """Starts the server (its log goes to a temporary file), measures it, stops it."""
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        try:
            wait_up(f"http://127.0.0.1:{port}{health}", process)
            return measure_running(name, process, f"http://127.0.0.1:{port}", args)
        finally:
            process.terminate()
            process.wait(30)


def measure_running(
    name: str, process: subprocess.Popen[bytes], base: str, args: Any
) -> ServerResult:
    wrk = ensure_wrk()
    result = ServerResult(name)
    subprocess.run(
        [wrk, "-t1", "-c16", "-d3s", "-s", str(LUA), base + "/api/v1/predict"],
        check=True,
        capture_output=True,
    )
    for concurrency in (16, 64):
        load = run_wrk(wrk, base + "/api/v1/predict", concurrency, args.seconds, process.pid)
        result.loads.append(load)
        print(
            f"  {name} c={concurrency}: {load.requests_per_s:.0f} req/s, "
            f"p50 {load.p50_ms:.2f} ms, p99 {load.p99_ms:.2f} ms, "
            f"non-2xx {load.non_2xx}, socket errors {load.socket_errors}, "
            f"server CPU {load.server_cpu_us_per_request:.0f} us/request",
            flush=True,
        )
    batch = time_batches(base, args.batches, process.pid)
    result.batch_ms_median, result.batch_ms_p95, result.batch_server_cpu_ms = batch
    print(
        f"  {name} 1,000-row batch: median {result.batch_ms_median:.1f} ms, "
        f"p95 {result.batch_ms_p95:.1f} ms, server CPU {result.batch_server_cpu_ms:.1f} ms",
        flush=True,
    )
    result.peak_rss_mib = peak_rss_mib(process.pid)
    print(f"  {name} peak RSS {result.peak_rss_mib:.0f} MiB", flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--bundle", type=Path, help="bundle folder (default: train house-prices)")
    parser.add_argument("--seconds", type=int, default=30, help="wrk duration per concurrency")
    parser.add_argument("--batches", type=int, default=50, help="timed 1,000-row batches")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="slipway-serve-bench-") as work_dir:
        work = Path(work_dir)
        bundle = args.bundle or train_bundle(work)
        pickled = work / "model.pkl"
        pickled.write_bytes(pickle.dumps(joblib.load(bundle / "model.joblib")))
        port = free_port()
        ours = measure(
            "slipway",
            [
                sys.executable,
                "-m",
                "slipway_ml",
                "serve",
                "--bundle",
                str(bundle),
                "--port",
                str(port),
            ],
            port,
            "/readyz",
            args,
        )
        port = free_port()
        seed = measure(
            "seed",
            [sys.executable, str(SEED_APP), "--model", str(pickled), "--port", str(port)],
            port,
            "/health",
            args,
        )
    report(ours, seed, args, bundle)


def report(ours: ServerResult, seed: ServerResult, args: Any, bundle: Path) -> None:
    load = " ".join(f"{v:.1f}" for v in os.getloadavg())
    print(
        f"\nbundle {bundle.name}; wrk -t1 -d{args.seconds}s; {os.cpu_count()} CPUs; "
        f"load average at the end {load} (other work on the machine skews wall times)"
    )
    print("| server | c | req/s | p50 ms | p99 ms | non-2xx | server CPU us/req |")
    for result in (ours, seed):
        for load in result.loads:
            print(
                f"| {result.name} | {load.concurrency} | {load.requests_per_s:.0f} | "
                f"{load.p50_ms:.2f} | {load.p99_ms:.2f} | {load.non_2xx + load.socket_errors} | "
                f"{load.server_cpu_us_per_request:.0f} |"
            )
    for a, b in zip(ours.loads, seed.loads, strict=True):
        print(
            f"ratio slipway/seed req/s at c={a.concurrency}: "
            f"{a.requests_per_s / b.requests_per_s:.1f}x; server CPU per request "
            f"seed/slipway: {b.server_cpu_us_per_request / a.server_cpu_us_per_request:.1f}x"
        )
    print(
        f"1,000-row batch median: slipway {ours.batch_ms_median:.1f} ms, "
        f"seed {seed.batch_ms_median:.1f} ms "
        f"({seed.batch_ms_median / ours.batch_ms_median:.1f}x); server CPU per batch: "
        f"slipway {ours.batch_server_cpu_ms:.1f} ms, seed {seed.batch_server_cpu_ms:.1f} ms"
    )
    print(f"peak RSS: slipway {ours.peak_rss_mib:.0f} MiB, seed {seed.peak_rss_mib:.0f} MiB")
    if args.json:
        args.json.write_text(json.dumps({"slipway": asdict(ours), "seed": asdict(seed)}, indent=2))


if __name__ == "__main__":
    main()
