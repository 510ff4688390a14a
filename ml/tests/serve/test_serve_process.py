"""The start command the container runs (`python -m slipway_ml serve`), as a real process:
JSON logs with request ids, settings from flags and SLIPWAY_* variables, graceful shutdown
on SIGTERM, and a bad bundle (not ready, or exit 1 with --exit-on-bad-bundle)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from .conftest import ROW, TrainedBundle, free_port

STARTUP_S = 60.0


@contextmanager
def server(args: list[str], env: dict[str, str] | None = None) -> Iterator[subprocess.Popen[str]]:
    command = [sys.executable, "-m", "slipway_ml", "serve", *args]
    process = subprocess.Popen(
        command, env={**os.environ, **(env or {})}, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(10)


def wait_for(url: str, process: subprocess.Popen[str]) -> httpx.Response:
    deadline = time.monotonic() + STARTUP_S
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stdout.read() if process.stdout else ""
        try:
            return httpx.get(url, timeout=2)
        except httpx.TransportError:
            time.sleep(0.1)
    raise AssertionError(f"{url} did not answer within {STARTUP_S} s")


def json_lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_serves_logs_and_shuts_down_gracefully(xgb_bundle: TrainedBundle) -> None:
    port = free_port()
    args = ["--bundle", str(xgb_bundle.tarball), "--port", str(port), "--batch-limit", "5"]
    with server(args) as process:
        pid = process.pid
        base = f"http://127.0.0.1:{port}"
        assert wait_for(f"{base}/readyz", process).json()["model_version"] == xgb_bundle.version
        answer = httpx.post(
            f"{base}/api/v1/predict", json={"features": ROW}, headers={"X-Request-ID": "t-1"}
        )
        assert answer.status_code == 200 and answer.headers["x-request-id"] == "t-1"
        assert httpx.get(f"{base}/api/v1/model").json()["batch_limit"] == 5
        process.send_signal(signal.SIGTERM)
        # uvicorn finishes the shutdown, then re-raises the signal (the exit status says so).
        assert process.wait(30) == -signal.SIGTERM
        lines = json_lines(process.stdout.read() if process.stdout else "")
    access = [e for e in lines if e.get("request_id") == "t-1"]
    assert len(access) == 1
    assert access[0]["route"] == "/api/v1/predict" and access[0]["status"] == 200
    assert access[0]["duration_ms"] > 0 and access[0]["level"] == "info"
    messages = [e["message"] for e in lines]
    assert "model loaded" in messages and "shutting down" in messages
    assert messages.index("shutting down") > messages.index("model loaded")
    assert messages[-2:] == ["Application shutdown complete.", f"Finished server process [{pid}]"]


def test_settings_from_the_environment(xgb_bundle: TrainedBundle) -> None:
    port = free_port()
    env = {"SLIPWAY_BUNDLE": str(xgb_bundle.folder), "SLIPWAY_PORT": str(port)}
    with server([], env) as process:
        ready = wait_for(f"http://127.0.0.1:{port}/readyz", process)
        assert ready.json()["model_version"] == xgb_bundle.version


def test_bad_bundle_stays_not_ready(tmp_path: Path) -> None:
    port = free_port()
    with server(["--bundle", str(tmp_path / "missing"), "--port", str(port)]) as process:
        ready = wait_for(f"http://127.0.0.1:{port}/readyz", process)
        assert ready.status_code == 503
        assert str(tmp_path / "missing") in ready.json()["reason"]


@pytest.mark.parametrize("how", ["flag", "environment (the container's way)"])
def test_exit_on_bad_bundle(tmp_path: Path, how: str) -> None:
    missing = tmp_path / "missing.tar.gz"
    args = ["--bundle", str(missing), "--port", str(free_port())]
    env = {}
    if how == "flag":
        args.append("--exit-on-bad-bundle")
    else:
        env["SLIPWAY_EXIT_ON_BAD_BUNDLE"] = "true"
    with server(args, env) as process:
        assert process.wait(60) == 1
        lines = json_lines(process.stdout.read() if process.stdout else "")
    errors = [e for e in lines if e["level"] == "error"]
    assert errors == [errors[0]] and errors[0]["message"] == "bundle not loaded"
    assert errors[0]["file"] == str(missing)
    assert errors[0]["fix"] == "pass a bundle folder, .tar.gz or s3:// URI"
