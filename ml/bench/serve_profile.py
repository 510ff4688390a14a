"""Where a prediction's CPU time goes, in process (no sockets, no load generator): CPU
microseconds per call of each stage and of whole ASGI requests through the app, for one
bundle. Complements serve_bench.py, whose wall-clock figures depend on the machine's load.

    ml/.venv/bin/python ml/bench/serve_profile.py --bundle <dir> [--calls 3000] [--path-prefix /p]
    ml/.venv/bin/python ml/bench/serve_profile.py --bundle <dir> --records <folder> [--rounds 5]

With --records: recording's cost instead — two apps in this process, one recording every
prediction into the folder (its writer thread's CPU counts: process time), one not, profiled
in alternation (off-on, on-off, …) for --rounds rounds; prints CPU µs per single-row
POST /api/v1/predict of each and the on/off ratio of the medians.

The access log is on, as in production, and written to /dev/null; results go to stderr."""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson

from slipway_ml.serve.app import create_app, load_into
from slipway_ml.serve.records.api import start_records
from slipway_ml.serve.settings import ServeSettings

ROW = {"sqft": 1800, "bedrooms": 3, "bathrooms": 2, "location": "Suburb",
       "condition": "Good", "year_built": 1995}  # fmt: skip


def cpu_us(call: Callable[[], Any], calls: int) -> float:
    for _ in range(min(200, calls)):
        call()
    started = time.process_time()
    for _ in range(calls):
        call()
    return (time.process_time() - started) / calls * 1e6


def asgi_call(app: Any, method: str, path: str, body: bytes) -> Callable[[], None]:
    headers = [(b"host", b"bench"), (b"content-type", b"application/json"),
               (b"content-length", str(len(body)).encode())]  # fmt: skip
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
             "method": method, "scheme": "http", "path": path, "raw_path": path.encode(),
             "root_path": "", "query_string": b"", "headers": headers,
             "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 2)}  # fmt: skip
    loop = asyncio.new_event_loop()

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start" and message["status"] != 200:
            raise SystemExit(f"{path} answered {message['status']}")

    return lambda: loop.run_until_complete(app(dict(scope, state={}), receive, send))


def loaded_app(bundle: Path, path_prefix: str, records: str) -> Any:
    app = create_app(
        ServeSettings(bundle=str(bundle), path_prefix=path_prefix, records_uri=records)
    )
    load_into(app.state.model_state, app.state.metrics, app.state.settings)
    # The recorder's thread runs as in the server: its CPU counts in the figures.
    app.state.records = start_records(app.state, app.state.settings)
    if app.state.model_state.model is None:
        raise SystemExit(app.state.model_state.reason)
    return app


def recording_cost(args: argparse.Namespace) -> None:
    """CPU per single-row prediction with recording off and on, alternating, and the ratio."""
    single = orjson.dumps({"features": ROW})
    calls = {
        on: asgi_call(loaded_app(args.bundle, "", args.records if on else ""), "POST",
                      "/api/v1/predict", single)
        for on in (False, True)
    }  # fmt: skip
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)  # the access log
    gc.collect()
    gc.freeze()  # as the server's lifespan does after loading
    figures: dict[bool, list[float]] = {False: [], True: []}
    for round_ in range(args.rounds):
        # off, on, then on, off: a trend in the machine's load falls on both alike
        for on in (False, True) if round_ % 2 == 0 else (True, False):
            figures[on].append(cpu_us(calls[on], args.calls))
    for on in (False, True):
        runs = ", ".join(f"{v:.1f}" for v in figures[on])
        print(f"recording {'on ' if on else 'off'}: {statistics.median(figures[on]):7.1f} us CPU"
              f" per ASGI POST /api/v1/predict (median; runs {runs})", file=sys.stderr)  # fmt: skip
    ratio = statistics.median(figures[True]) / statistics.median(figures[False])
    print(f"on/off {ratio:.3f} (cost {100 * (ratio - 1):.1f} % CPU per prediction);"
          f" load average {os.getloadavg()}", file=sys.stderr)  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bundle", type=Path, required=True)
    parser.add_argument("--calls", type=int, default=3000)
    parser.add_argument("--path-prefix", default="", help="also profile requests under it")
    parser.add_argument("--records", default="", help="compare recording into this folder")
    parser.add_argument("--rounds", type=int, default=5, help="off/on rounds with --records")
    args = parser.parse_args()
    if args.records:
        recording_cost(args)
        return
    app = loaded_app(args.bundle, args.path_prefix, "")
    model = app.state.model_state.model
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)  # the access log
    values = model.validator(ROW, None, [])
    transform = model.predictor._compile()
    matrix = transform([values])
    estimate = model.predictor._estimator_call(matrix)
    single = orjson.dumps({"features": ROW})
    stages = {
        "validate one row": lambda: model.validator(ROW, None, []),
        "rows -> matrix (one row)": lambda: transform([values]),
        "estimator (one row)": lambda: estimate(matrix),
        "predictor total (one row)": lambda: model.predictor.predict([values]),
        "ASGI GET /healthz": asgi_call(app, "GET", "/healthz", b""),
        "ASGI POST /api/v1/predict": asgi_call(app, "POST", "/api/v1/predict", single),
    }
    if args.path_prefix:
        for method, path, body in (("GET", "/healthz", b""), ("POST", "/api/v1/predict", single)):
            name = f"ASGI {method} {args.path_prefix}{path}"
            stages[name] = asgi_call(app, method, args.path_prefix + path, body)
    for name, call in stages.items():
        print(f"{name:32s} {cpu_us(call, args.calls):8.1f} us CPU", file=sys.stderr)
    rows = orjson.dumps({"rows": [ROW] * 1000})
    batch = asgi_call(app, "POST", "/api/v1/predict/batch", rows)
    print(f"{'ASGI 1,000-row batch':32s} {cpu_us(batch, 30) / 1000:8.2f} ms CPU", file=sys.stderr)


if __name__ == "__main__":
    main()
