"""Request bodies in and JSON out: content type (415), size (413), JSON syntax (400)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import orjson
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse
from starlette.types import Receive, Scope, Send

from slipway_ml.serve.errors import FieldError, RequestError, shorten


def render_json(content: Any) -> bytes:
    """Bytes as they are (prebuilt bodies), anything else through orjson."""
    return content if isinstance(content, bytes) else orjson.dumps(content)


class JsonResponse(JSONResponse):
    """orjson instead of json.dumps. A JSONResponse, so OpenAPI documents its answers as JSON
    (FastAPI documents any other response class's answer as a string)."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return render_json(content)


async def json_body(request: Request, max_bytes: int) -> Any:
    headers = request.headers
    chunks = request.stream()
    return await parse_json_body(
        headers.get("content-type", ""), headers.get("content-length"), chunks, max_bytes
    )


async def asgi_json_body(scope: Scope, receive: Receive, max_bytes: int) -> Any:
    """json_body straight from the ASGI scope and receive (the prediction lane, dispatch.py)."""
    content_type, declared = "", None
    for name, value in scope["headers"]:
        if name == b"content-type":
            content_type = value.decode("latin-1")
        elif name == b"content-length":
            declared = value.decode("latin-1")
    return await parse_json_body(content_type, declared, _asgi_chunks(receive), max_bytes)


async def _asgi_chunks(receive: Receive) -> AsyncIterator[bytes]:
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientDisconnect()
        yield message.get("body", b"")
        if not message.get("more_body", False):
            return


async def parse_json_body(
    content_type: str, declared: str | None, chunks: AsyncIterator[bytes], max_bytes: int
) -> Any:
    if content_type.split(";", 1)[0].strip().lower() != "application/json":
        shown = shorten(content_type) or "none"
        raise RequestError(
            415, f"Content-Type must be application/json; got {shown}. Send a JSON body."
        )
    if declared is not None and declared.isdigit() and int(declared) > max_bytes:
        raise RequestError(413, f"The body is {declared} bytes; the limit is {max_bytes}.")
    body = await _read_at_most(chunks, max_bytes)
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise RequestError(400, f"The body is not valid JSON: {exc}.") from None


async def _read_at_most(chunks: AsyncIterator[bytes], max_bytes: int) -> bytes:
    """Stops reading past the limit: a chunked body has no Content-Length to check first."""
    parts, size = [], 0
    async for chunk in chunks:
        size += len(chunk)
        if size > max_bytes:
            raise RequestError(413, f"The body is over {max_bytes} bytes, the limit.")
        parts.append(chunk)
    return b"".join(parts)


async def send_json(send: Send, status: int, content: Any) -> None:
    """A JsonResponse's two ASGI messages, without building the Response."""
    body = render_json(content)
    headers = [(b"content-length", str(len(body)).encode()), (b"content-type", b"application/json")]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def require_object(payload: Any, key: str, example: str) -> Any:
    """The request's one top-level key; anything else is a 422 naming the field."""
    if not isinstance(payload, dict) or key not in payload:
        raise RequestError(
            422,
            f"The request needs a '{key}' field.",
            [_field(key, f"{key} is required; send {example}")],
        )
    extras = sorted(shorten(k) for k in payload if k != key)
    if extras:
        raise RequestError(
            422,
            f"Unknown request field {extras[0]!r}.",
            [_field(k, f"{k} is not a request field; remove it") for k in extras],
        )
    return payload[key]


def _field(name: str, message: str) -> FieldError:
    return FieldError(None, name, message)
