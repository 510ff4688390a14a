"""The app factory: settings in, a FastAPI app out, the bundle loaded once in its lifespan.

A bad bundle never crashes the process: the reason is logged as one JSON line naming the
file and the fix, and /readyz answers 503 with it (unless exit_on_bad_bundle is set; then
startup fails and the CLI exits 1)."""

from __future__ import annotations

import gc
import logging
import shutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from slipway_ml.serve.bundle_digest import ExpectedDigest
from slipway_ml.serve.bundle_load import RETRAIN, load_bundle
from slipway_ml.serve.dispatch import Answer, PredictionDispatch
from slipway_ml.serve.errors import BundleError, RequestError, shorten
from slipway_ml.serve.http_io import JsonResponse
from slipway_ml.serve.metrics import ServerMetrics
from slipway_ml.serve.middleware import RequestLogMiddleware
from slipway_ml.serve.model_state import ModelState, serve_model
from slipway_ml.serve.openapi import build_openapi
from slipway_ml.serve.records.api import router as records_router
from slipway_ml.serve.records.api import start_records, target_column
from slipway_ml.serve.routes import BATCH_PATH, PREDICT_PATH, batch_answer, predict_answer, router
from slipway_ml.serve.sagemaker import router as sagemaker_router
from slipway_ml.serve.settings import ServeSettings

log = logging.getLogger("slipway.serve")


def load_into(state: ModelState, metrics: ServerMetrics, settings: ServeSettings) -> None:
    if not settings.bundle:
        state.reason = "no bundle given: set --bundle or SLIPWAY_BUNDLE"
        log.error(
            "bundle not loaded", extra={"file": None, "fix": "set --bundle or SLIPWAY_BUNDLE"}
        )
        return
    try:
        work_dir = Path(settings.work_dir) if settings.work_dir else None
        expected = ExpectedDigest(settings.bundle_sha256, settings.require_bundle_digest)
        bundle = load_bundle(settings.bundle, work_dir, expected)
        model = serve_model(bundle, settings.batch_limit)
    except Exception as exc:  # a pickled model can fail in any way; stay alive, not ready
        if not isinstance(exc, BundleError):
            exc = BundleError(
                settings.bundle, f"cannot be served ({type(exc).__name__}: {exc})", RETRAIN
            )
        state.reason = str(exc)
        log.error(
            "bundle not loaded",
            extra={"file": exc.file, "problem": exc.what, "fix": exc.fix},
        )
        return
    state.model = model
    quantiles = model.bundle.doc("calibration.json").get("target_quantiles", {})
    metrics.model_loaded(model.version, model.bundle.manifest.project, quantiles.get("values", []))
    log.info(
        "model loaded",
        extra={
            "model_version": model.version,
            "bundle": settings.bundle,
            "fast_path": model.predictor.fast is not None,
        },
    )


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings: ServeSettings = app.state.settings
    state: ModelState = app.state.model_state
    load_into(state, app.state.metrics, settings)
    # Everything imported and loaded so far lives as long as the process: moved out of the
    # collector's reach, a full collection no longer scans ~160,000 objects (measured
    # ~110 ms, a pause every request in flight would wait for).
    gc.collect()
    gc.freeze()
    if state.model is None and settings.exit_on_bad_bundle:
        app.state.stop_server()  # the CLI then exits 1
    app.state.records = start_records(app.state, settings)
    yield
    if app.state.records is not None:
        app.state.records.recorder.close(settings.record_flush_seconds + 5)
    log.info("shutting down", extra={"model_version": state.model and state.model.version})
    if state.model is not None and state.model.bundle.temporary:
        shutil.rmtree(state.model.bundle.folder, ignore_errors=True)  # our unpacked copy


class SlipwayApp(FastAPI):
    """FastAPI with the request log and the prediction lane in front of its own stack.

    With a path prefix (SLIPWAY_PATH_PREFIX), a request under it reaches FastAPI with the
    prefix as its root_path (ASGI: the path keeps it), so the router matches the unprefixed
    routes and /docs under the prefix loads the prefixed /openapi.json; the lane and the
    request log know the prefixed paths themselves, so a prediction pays nothing for it.

    Every request passes the request log (id, metrics, access line, 500s in the API's shape);
    the two prediction POSTs then go straight to their endpoints, everything else to FastAPI.
    In front rather than as FastAPI middleware, a prediction skips FastAPI's and Starlette's
    entry, ServerErrorMiddleware and the exception middleware: measured, FastAPI's stack
    around a constant GET /healthz held a worker to ~5,900 requests/s where uvicorn alone
    serves ~25,000."""

    front: ASGIApp | None = None
    path_prefix = ""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.front is None or scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        scope["app"] = self  # endpoints read request.app.state
        await self.front(scope, receive, send)

    async def stack(self, scope: Scope, receive: Receive, send: Send) -> None:
        """FastAPI's own entry, behind the front."""
        prefix = self.path_prefix
        if prefix:
            path = scope["path"]
            if path.startswith(prefix) and path[len(prefix) : len(prefix) + 1] in ("/", ""):
                scope["root_path"] = prefix
        await super().__call__(scope, receive, send)


def create_app(settings: ServeSettings) -> FastAPI:
    app = SlipwayApp(
        title="Slipway inference API",
        version="1",
        lifespan=lifespan,
        default_response_class=JsonResponse,
        # FastAPI's /docs and /redoc pages load their script from a public CDN: off in the
        # image (SLIPWAY_DOCS=false), on for local use; /openapi.json is always served.
        docs_url="/docs" if settings.docs else None,
        redoc_url="/redoc" if settings.docs else None,
        # FastAPI's native OpenTelemetry asks the global providers on every request (~10 us,
        # 4 % of a prediction); this server's metrics and logs are its own (docs/API.md).
        telemetry={"tracing": False, "metrics": False, "logs": False},
    )
    app.state.settings = settings
    app.state.model_state = ModelState(batch_limit=settings.batch_limit)
    app.state.metrics = ServerMetrics()
    app.state.stop_server = lambda: None  # replaced by the process that runs the app
    app.include_router(router)
    app.include_router(sagemaker_router)  # /ping and /invocations (SageMaker's contract)
    app.include_router(records_router)
    app.path_prefix = settings.path_prefix
    answers: dict[str, Answer] = {PREDICT_PATH: predict_answer, BATCH_PATH: batch_answer}
    if settings.path_prefix:
        answers |= {settings.path_prefix + path: answer for path, answer in answers.items()}
    dispatch = PredictionDispatch(app.stack, app.state, routes=answers)
    app.front = RequestLogMiddleware(
        dispatch,
        metrics=app.state.metrics,
        access_log=settings.access_log,
        path_prefix=settings.path_prefix,
    )
    _add_error_handlers(app)
    _add_openapi(app)
    return app


def _add_error_handlers(app: FastAPI) -> None:
    async def request_error(_: Request, exc: Exception) -> JsonResponse:
        assert isinstance(exc, RequestError)
        return JsonResponse(exc.body(), status_code=exc.status)

    async def http_error(_: Request, exc: Exception) -> JsonResponse:
        assert isinstance(exc, HTTPException)
        detail = f"{exc.detail}." if exc.status_code != 404 else "No such route."
        # A 405 keeps Starlette's Allow header (RFC 9110: the methods the route answers).
        return JsonResponse(
            {"detail": detail, "errors": []}, status_code=exc.status_code, headers=exc.headers
        )

    async def validation_error(_: Request, exc: Exception) -> JsonResponse:
        assert isinstance(exc, RequestValidationError)
        errors = [
            {
                "row": None,
                "field": shorten(str(e.get("loc", [""])[-1])),
                "message": shorten(str(e.get("msg"))),
            }
            for e in exc.errors()
        ]
        return JsonResponse(
            {"detail": "The request is invalid.", "errors": errors}, status_code=422
        )

    app.add_exception_handler(RequestError, request_error)
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)


def _add_openapi(app: FastAPI) -> None:
    def openapi() -> dict[str, Any]:
        model = app.state.model_state.model
        features = model.bundle.doc("input_schema.json")["features"] if model else None
        target = target_column(model) if model else None
        return build_openapi(app, features, app.state.settings.batch_limit, target)

    app.openapi = openapi  # type: ignore[method-assign]
