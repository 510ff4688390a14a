"""Per request: an X-Request-ID (echoed when given), one JSON access-log line and the
Prometheus request metrics. Plain ASGI (no BaseHTTPMiddleware): it adds microseconds."""

from __future__ import annotations

import logging
import time
import uuid
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from slipway_ml.serve.metrics import ServerMetrics

log = logging.getLogger("slipway.access")
# Route labels are these paths or "unmatched": a scanner cannot blow up metric cardinality.
KNOWN_ROUTES = frozenset(
    {"/healthz", "/readyz", "/metrics", "/api/v1/model", "/api/v1/predict",
     "/api/v1/predict/batch", "/docs", "/openapi.json", "/docs/oauth2-redirect", "/redoc"}
)  # fmt: skip
_MAX_ID = 128


def _request_id(scope: Scope) -> bytes:
    for name, value in scope["headers"]:
        if name == b"x-request-id":
            if 0 < len(value) <= _MAX_ID and value.isascii() and value.isprintable():
                return bytes(value)
            break
    return uuid.uuid4().hex.encode()


class RequestLogMiddleware:
    def __init__(self, app: ASGIApp, metrics: ServerMetrics, access_log: bool) -> None:
        self.app, self.metrics, self.access_log = app, metrics, access_log

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        request_id = _request_id(scope)
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", []), (b"x-request-id", request_id)]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            self._done(scope, request_id, status, time.perf_counter() - started)

    def _done(self, scope: Scope, request_id: bytes, status: int, seconds: float) -> None:
        path = scope["path"]
        route = path if path in KNOWN_ROUTES else "unmatched"
        self.metrics.request_done(route, scope["method"], status, seconds)
        if self.access_log:
            fields: dict[str, Any] = {
                "request_id": request_id.decode(),
                "route": route,
                "method": scope["method"],
                "status": status,
                "duration_ms": round(seconds * 1000, 3),
            }
            log.info("request", extra=fields)
