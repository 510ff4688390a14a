"""The prediction lane: the two prediction POSTs answered straight from the ASGI scope.

FastAPI's stack around an endpoint (its entry, ServerErrorMiddleware, the router, dependency
solving, Request and Response objects) held a worker to ~5,900 requests/s on a constant GET
/healthz, where uvicorn alone serves ~25,000. The lane reads the body from `receive`, computes
the same answer as the FastAPI routes (routes.predict_answer / batch_answer, which OpenAPI
documents) and sends the two response messages itself; errors get the same bodies."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from starlette.types import ASGIApp, Receive, Scope, Send

from slipway_ml.serve.errors import RequestError
from slipway_ml.serve.http_io import asgi_json_body, send_json
from slipway_ml.serve.routes import ReadBody

Answer = Callable[[Any, ReadBody], Awaitable[dict[str, Any]]]


class PredictionDispatch:
    def __init__(self, app: ASGIApp, app_state: Any, routes: dict[str, Answer]) -> None:
        self.app, self.app_state, self.routes = app, app_state, routes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        answer = None
        if scope["type"] == "http" and scope["method"] == "POST":
            answer = self.routes.get(scope["path"])
        if answer is None:
            await self.app(scope, receive, send)
            return

        def read_body(max_bytes: int) -> Awaitable[Any]:
            return asgi_json_body(scope, receive, max_bytes)

        try:
            body = await answer(self.app_state, read_body)
        except RequestError as exc:
            await send_json(send, exc.status, exc.body())
            return
        await send_json(send, 200, body)
