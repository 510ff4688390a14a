"""Direct dispatch of the two prediction routes.

FastAPI's router (route matching, dependency solving, scope bookkeeping) was measured at
~40 % of a single-row prediction's CPU time; these two POST routes are called directly with
a Starlette Request instead. They are the same endpoint functions FastAPI registers (so
OpenAPI documents them as they are), and their errors get the same bodies."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from slipway_ml.serve.errors import RequestError
from slipway_ml.serve.http_io import JsonResponse

Endpoint = Callable[[Request], Awaitable[Response]]


class PredictionDispatch:
    def __init__(self, app: ASGIApp, routes: dict[str, Endpoint]) -> None:
        self.app, self.routes = app, routes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        endpoint = None
        if scope["type"] == "http" and scope["method"] == "POST":
            endpoint = self.routes.get(scope["path"])
        if endpoint is None:
            await self.app(scope, receive, send)
            return
        try:
            response = await endpoint(Request(scope, receive))
        except RequestError as exc:
            response = JsonResponse(exc.body(), status_code=exc.status)
        await response(scope, receive, send)
