"""The real server process under each hostile pattern for a few seconds (huge headers, idle
sockets past the connection cap, huge 422 bodies, clients that leave mid-body), with a normal
client beside it: the normal requests keep being answered, the server's memory stays under
its cap, and a client that left is logged as 499, never as a 500 with a traceback. The
figures (RSS, answer times) are printed for docs/benchmarks-serving.md (pytest -s)."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from .conftest import ROW, TrainedBundle, free_port
from .test_serve_process import wait_for

SOAK_S = 3.0
RSS_CAP_MB = 512
MAX_CONNECTIONS = 40
LIMITS = {
    "SLIPWAY_MAX_CONNECTIONS": str(MAX_CONNECTIONS),
    "SLIPWAY_HEADER_TIMEOUT_S": "1",
    "SLIPWAY_BODY_TIMEOUT_S": "1",
    "SLIPWAY_MAX_HEADER_BYTES": "16384",
}


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError(f"no VmRSS for {pid}")


@pytest.fixture(scope="module")
def api(
    xgb_bundle: TrainedBundle, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[int, subprocess.Popen[bytes], Path]]:
    port = free_port()
    log = tmp_path_factory.mktemp("soak") / "server.log"
    command = [sys.executable, "-m", "slipway_ml", "serve", "--bundle", str(xgb_bundle.folder),
               "--port", str(port)]  # fmt: skip
    with log.open("wb") as out:
        process = subprocess.Popen(
            command, env={**os.environ, **LIMITS}, stdout=out, stderr=subprocess.STDOUT
        )
    try:
        wait_for(f"http://127.0.0.1:{port}/readyz", process)  # type: ignore[arg-type]
        yield port, process, log
    finally:
        process.kill()
        process.wait(10)


def raw(port: int, data: bytes, read: bool = True) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        with contextlib.suppress(OSError):  # the server may close before all is sent
            sock.sendall(data)
        if not read:
            return b""
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
        return b"".join(chunks)


def huge_header(port: int) -> None:
    head = b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Pad: " + b"a" * 2_000_000 + b"\r\n\r\n"
    try:
        answer = raw(port, head)
    except ConnectionResetError:
        return
    assert answer.startswith(b"HTTP/1.1 431 "), answer[:200]


def huge_422(port: int) -> None:
    features = {**ROW, "location": "x" * 4_000_000}
    answer = httpx.post(
        f"http://127.0.0.1:{port}/api/v1/predict", json={"features": features}, timeout=30
    )
    assert answer.status_code == 422
    assert len(answer.content) < 1000


def mid_body_disconnect(port: int) -> None:
    head = (b"POST /api/v1/predict HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: 1000000\r\n\r\n")  # fmt: skip
    raw(port, head + b'{"features": {"sqft": 1' + b"0" * 5000, read=False)


def idle_sockets(port: int) -> None:
    """Twice the cap of sockets that send nothing: the server keeps at most the cap, refuses
    the rest with a 503, and closes the idle ones after its header timeout."""
    socks = [
        socket.create_connection(("127.0.0.1", port), timeout=5) for _ in range(2 * MAX_CONNECTIONS)
    ]
    try:
        time.sleep(0.3)
        refused = 0
        for sock in socks:
            sock.setblocking(False)
            with contextlib.suppress(BlockingIOError):
                refused += sock.recv(100).startswith(b"HTTP/1.1 503 ")
        assert refused >= MAX_CONNECTIONS - 5, refused  # a few normal requests share the cap
        time.sleep(1.5)  # past the header timeout: every idle one is closed
        for sock in socks:
            sock.setblocking(True)
            try:
                while sock.recv(4096):
                    pass
            except ConnectionResetError:
                pass
    finally:
        for sock in socks:
            sock.close()


def soak(port: int, pid: int, attack: Callable[[int], None]) -> dict[str, float]:
    stop = time.monotonic() + SOAK_S
    failures: list[BaseException] = []

    def attacker() -> None:
        while time.monotonic() < stop:
            try:
                attack(port)
            except BaseException as exc:  # reported by the test, not lost in the thread
                failures.append(exc)
                return

    rss_before = rss_mb(pid)
    thread = threading.Thread(target=attacker)
    thread.start()
    times: list[float] = []
    busy = 0  # 503s while the idle sockets hold the connection cap
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as normal:
        while thread.is_alive():
            started = time.perf_counter()
            try:
                answer = normal.post("/api/v1/predict", json={"features": ROW})
            except httpx.TransportError:  # refused while idle sockets fill the cap: retried
                time.sleep(0.05)
                continue
            if answer.status_code == 503:
                busy += 1
                continue
            times.append(time.perf_counter() - started)
            assert answer.status_code == 200, answer.text
            assert isinstance(answer.json()["prediction"], float)
            time.sleep(0.02)
    thread.join()
    assert not failures, failures
    after = httpx.post(f"http://127.0.0.1:{port}/api/v1/predict", json={"features": ROW})
    assert after.status_code == 200 and isinstance(after.json()["prediction"], float)
    rss_after = rss_mb(pid)
    assert rss_after < RSS_CAP_MB
    figures = {
        "rss_before_mb": round(rss_before, 1),
        "rss_after_mb": round(rss_after, 1),
        "normal_answers": len(times),
        "busy_503": busy,
        "median_ms": round(statistics.median(times) * 1000, 2) if times else -1,
        "max_ms": round(max(times) * 1000, 2) if times else -1,
    }
    print(f"soak {attack.__name__}: {json.dumps(figures)}")
    return figures


@pytest.mark.parametrize("attack", [huge_header, idle_sockets, huge_422, mid_body_disconnect])
def test_the_server_holds_under_each_hostile_pattern(
    api: tuple[int, subprocess.Popen[bytes], Path], attack: Callable[[int], None]
) -> None:
    port, process, _ = api
    soak(port, process.pid, attack)


def test_a_client_that_leaves_mid_body_is_a_499_not_a_500(
    api: tuple[int, subprocess.Popen[bytes], Path],
) -> None:
    port, _, log = api
    mid_body_disconnect(port)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        lines = [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]
        if any(line.get("status") == 499 for line in lines):
            break
        time.sleep(0.1)
    assert any(line.get("status") == 499 for line in lines)
    assert not [line for line in lines if line.get("status") == 500 or "exception" in line]


def test_a_body_that_stalls_is_cut_off_at_the_body_timeout(
    api: tuple[int, subprocess.Popen[bytes], Path],
) -> None:
    port, _, log = api
    before = log.read_text().count('"status":499')
    head = (b"POST /api/v1/predict HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: 1000\r\n\r\n")  # fmt: skip
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(head + b'{"features": ')
        # Closed by the server (its body timeout is 1 s), nothing answered; without the
        # timeout the client's own 30 s would raise instead.
        assert sock.recv(100) == b""
    deadline = time.monotonic() + 10
    while log.read_text().count('"status":499') == before and time.monotonic() < deadline:
        time.sleep(0.1)
    assert log.read_text().count('"status":499') == before + 1


def test_a_head_that_stalls_is_cut_off_at_the_header_timeout(
    api: tuple[int, subprocess.Popen[bytes], Path],
) -> None:
    port, _, _ = api
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        assert sock.recv(100) == b""  # closed at the 1 s header timeout, else 30 s raises
