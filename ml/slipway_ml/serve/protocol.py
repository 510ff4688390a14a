"""uvicorn's httptools protocol with the limits it lacks: a cap on the request head's bytes
(httptools has none, and joins a header's pieces on every read: one 200 MB header held the
worker for tens of seconds), a deadline for the head and one for the body (a client that
stalls is cut off; uvicorn only times out idle keep-alive connections), and a cap on the open
connections (uvicorn's limit_concurrency answers 503 but keeps every socket open)."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

log = logging.getLogger("slipway.serve")


@dataclass(frozen=True)
class ConnectionLimits:
    max_header_bytes: int
    header_timeout_s: float
    body_timeout_s: float
    max_connections: int


def _answer(status: int, reason: str, detail: str) -> bytes:
    body = b'{"detail":"' + detail.encode() + b'","errors":[]}'
    return (
        f"HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\n"
        f"content-length: {len(body)}\r\nconnection: close\r\n\r\n"
    ).encode() + body


def guarded_protocol(limits: ConnectionLimits) -> type[asyncio.Protocol]:
    too_large = _answer(
        431, "Request Header Fields Too Large",
        f"The request line and headers are over {limits.max_header_bytes} bytes, the limit.",
    )  # fmt: skip
    too_many = _answer(
        503, "Service Unavailable",
        f"The server holds {limits.max_connections} connections, its limit; retry shortly.",
    )  # fmt: skip

    class GuardedHttpToolsProtocol(HttpToolsProtocol):
        # A deadline is armed only while a head or a body is partly received, so a request
        # that arrives in one read (the usual case) arms no timer at all.
        _in_head = True
        _body_pending = False
        _head_bytes = 0
        _deadline: asyncio.TimerHandle | None = None

        def connection_made(self, transport: Any) -> None:
            super().connection_made(transport)
            if len(self.connections) > limits.max_connections:
                self._refuse(too_many, "connection refused: too many open connections")
                return
            self._arm(limits.header_timeout_s)  # a socket that never sends is closed too

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

        def data_received(self, data: bytes) -> None:
            if self._in_head:
                self._head_bytes += len(data)
            super().data_received(data)
            if self._in_head:
                if self._head_bytes > limits.max_header_bytes:
                    self._refuse(too_large, "request refused: its head is over the limit")
                elif self._head_bytes and self._deadline is None:
                    self._arm(limits.header_timeout_s)
            elif self._body_pending and self._deadline is None:
                self._arm(limits.body_timeout_s)

        def on_headers_complete(self) -> None:
            self._in_head, self._head_bytes, self._body_pending = False, 0, True
            self._disarm()
            super().on_headers_complete()

        def on_message_complete(self) -> None:
            self._in_head, self._body_pending = True, False
            self._disarm()
            super().on_message_complete()

        def _arm(self, seconds: float) -> None:
            self._disarm()
            self._deadline = self.loop.call_later(seconds, self._expired)

        def _disarm(self) -> None:
            if self._deadline is not None:
                self._deadline.cancel()
                self._deadline = None

        def _expired(self) -> None:
            # In the body, the app's next receive() is a disconnect: logged as a 499.
            self._deadline = None
            if not self.transport.is_closing():
                self.transport.close()

        def _refuse(self, answer: bytes, message: str) -> None:
            self._disarm()
            if not self.transport.is_closing():
                log.warning(message, extra={"client": self.client and self.client[0]})
                self.transport.write(answer)
                self.transport.close()

    return GuardedHttpToolsProtocol
