"""Request bodies in and JSON out: content type (415), size (413), JSON syntax (400)."""

from __future__ import annotations

from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response

from slipway_ml.serve.errors import FieldError, RequestError


class JsonResponse(Response):
    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return content if isinstance(content, bytes) else orjson.dumps(content)


async def json_body(request: Request, max_bytes: int) -> Any:
    content_type = request.headers.get("content-type", "")
    if content_type.split(";", 1)[0].strip().lower() != "application/json":
        shown = content_type or "none"
        raise RequestError(
            415, f"Content-Type must be application/json; got {shown}. Send a JSON body."
        )
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > max_bytes:
        raise RequestError(413, f"The body is {declared} bytes; the limit is {max_bytes}.")
    body = await _read_at_most(request, max_bytes)
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise RequestError(400, f"The body is not valid JSON: {exc}.") from None


async def _read_at_most(request: Request, max_bytes: int) -> bytes:
    """Stops reading past the limit: a chunked body has no Content-Length to check first."""
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_bytes:
            raise RequestError(413, f"The body is over {max_bytes} bytes, the limit.")
        chunks.append(chunk)
    return b"".join(chunks)


def require_object(payload: Any, key: str, example: str) -> Any:
    """The request's one top-level key; anything else is a 422 naming the field."""
    if not isinstance(payload, dict) or key not in payload:
        raise RequestError(
            422,
            f"The request needs a '{key}' field.",
            [_field(key, f"{key} is required; send {example}")],
        )
    extras = sorted(k for k in payload if k != key)
    if extras:
        raise RequestError(
            422,
            f"Unknown request field {extras[0]!r}.",
            [_field(k, f"{k} is not a request field; remove it") for k in extras],
        )
    return payload[key]


def _field(name: str, message: str) -> FieldError:
    return FieldError(None, name, message)
