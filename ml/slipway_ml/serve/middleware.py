"""Per request: an X-Request-ID (echoed when given), one JSON access-log line on stdout
(the shape of logs.py's lines) and the Prometheus request metrics. Plain ASGI (no
BaseHTTPMiddleware): it adds microseconds."""

from __future__ import annotations

import datetime as dt
import logging
import os
import secrets
import sys
import time
from collections.abc import Callable
from typing import Any

import orjson
from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from slipway_ml.serve.metrics import ServerMetrics

# Route labels are these paths or "unmatched": a scanner cannot blow up metric cardinality.
KNOWN_ROUTES = frozenset(
    {"/healthz", "/readyz", "/metrics", "/api/v1/model", "/api/v1/predict",
     "/api/v1/predict/batch", "/docs", "/openapi.json", "/docs/oauth2-redirect", "/redoc",
     "/ping", "/invocations"}
)  # fmt: skip
_MAX_ID = 128
# nginx's code for a client that closed the connection before the answer: not a server error.
CLIENT_CLOSED = 499
_ERROR_BODY = b'{"detail":"Internal error; see the server log.","errors":[]}'
_INTERNAL_ERROR_START: Message = {
    "type": "http.response.start",
    "status": 500,
    "headers": [(b"content-type", b"application/json"),
                (b"content-length", str(len(_ERROR_BODY)).encode())],
}  # fmt: skip
_INTERNAL_ERROR_BODY: Message = {"type": "http.response.body", "body": _ERROR_BODY}
log = logging.getLogger("slipway.serve")


def _request_id(scope: Scope) -> bytes:
    for name, value in scope["headers"]:
        if name == b"x-request-id":
            if 0 < len(value) <= _MAX_ID and all(32 < c < 127 for c in value):  # visible ASCII
                return bytes(value)
            break
    return secrets.token_hex(16).encode()  # 128 random bits, as uuid4().hex, 3x cheaper


_second: list[Any] = [-1, ""]  # the last whole second formatted, and its text


def _now_iso() -> str:
    """datetime.now(UTC).isoformat(timespec="milliseconds"), the date part formatted once a
    second (isoformat was the largest cost of an access-log line)."""
    now = time.time()
    second = int(now)
    if second != _second[0]:
        _second[0] = second
        _second[1] = dt.datetime.fromtimestamp(second, dt.UTC).strftime("%Y-%m-%dT%H:%M:%S")
    return f"{_second[1]}.{int((now - second) * 1000):03d}+00:00"


def _line_writer() -> Callable[[bytes], Any]:
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # stdout replaced, e.g. under pytest
        return lambda line: print(line.decode(), end="", flush=True)
    return lambda line: os.write(fd, line)


def route_labels(path_prefix: str) -> dict[str, str]:
    """Each known path, and the same under the path prefix, to its route label (the unprefixed
    path: one series per route, whichever way it was reached)."""
    labels = {path: path for path in KNOWN_ROUTES}
    if path_prefix:
        labels.update({path_prefix + path: path for path in KNOWN_ROUTES})
    return labels


class RequestLogMiddleware:
    def __init__(
        self, app: ASGIApp, metrics: ServerMetrics, access_log: bool, path_prefix: str = ""
    ) -> None:
        self.app, self.metrics, self.access_log = app, metrics, access_log
        self.route_labels = route_labels(path_prefix)
        self.write_line = _line_writer()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        request_id = _request_id(scope)
        status = 500
        started_response = False

        async def send_with_id(message: Message) -> None:
            nonlocal status, started_response
            if message["type"] == "http.response.start":
                status, started_response = message["status"], True
                message["headers"] = [*message.get("headers", []), (b"x-request-id", request_id)]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except ClientDisconnect:
            # The client left mid-body: nobody to answer, nothing to trace.
            status = CLIENT_CLOSED
        except Exception:
            # A bug, not bad input: logged with its traceback, answered in the API's error
            # shape (with the request id) unless the response had already started.
            status = 500
            log.exception("unhandled error", extra={"request_id": request_id.decode()})
            if started_response:
                raise
            await send_with_id(dict(_INTERNAL_ERROR_START))  # send_with_id edits its headers
            await send_with_id(_INTERNAL_ERROR_BODY)
        finally:
            self._done(scope, request_id, status, time.perf_counter() - started)

    def _done(self, scope: Scope, request_id: bytes, status: int, seconds: float) -> None:
        route = self.route_labels.get(scope["path"], "unmatched")
        self.metrics.request_done(route, scope["method"], status, seconds)
        if self.access_log:
            entry: dict[str, Any] = {
                "time": _now_iso(),
                "level": "info",
                "logger": "slipway.access",
                "message": "request",
                "request_id": request_id.decode(),
                "route": route,
                "method": scope["method"],
                "status": status,
                "duration_ms": round(seconds * 1000, 3),
            }
            # One write(2) per line: the logging module cost ~4x more per request.
            self.write_line(orjson.dumps(entry) + b"\n")
