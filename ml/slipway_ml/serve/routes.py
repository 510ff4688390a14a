"""The routes of docs/API.md. Handlers are `async def` and do their small CPU work inline:
one worker, no thread-pool hop per request."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import APIRouter
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from slipway_ml.serve.answers import (
    BatchAnswer,
    HealthAnswer,
    ModelAnswer,
    NotReadyAnswer,
    PredictAnswer,
    ReadyAnswer,
    error_answers,
    json_answer,
)
from slipway_ml.serve.errors import FieldError, RequestError
from slipway_ml.serve.http_io import JsonResponse, json_body, require_object
from slipway_ml.serve.model_state import ModelState, ServedModel
from slipway_ml.serve.openapi import BATCH_REQUEST, PREDICT_REQUEST
from slipway_ml.serve.records.api import prediction_ids

router = APIRouter()
PREDICT_PATH = "/api/v1/predict"
BATCH_PATH = "/api/v1/predict/batch"


def _state(request: Request) -> ModelState:
    state: ModelState = request.app.state.model_state
    return state


def _ready(request: Request) -> ServedModel:
    return _ready_model(request.app.state)


def _invalid(errors: list[FieldError]) -> RequestError:
    fields = "field is" if len(errors) == 1 else "fields are"
    return RequestError(422, f"{len(errors)} {fields} invalid: {errors[0].message}.", errors)


@router.get(
    "/healthz", tags=["probes"], responses={200: json_answer(HealthAnswer, "The process runs.")}
)
async def healthz() -> JsonResponse:
    return JsonResponse(b'{"status":"ok"}')


@router.get(
    "/readyz",
    tags=["probes"],
    responses={
        200: json_answer(ReadyAnswer, "A model is loaded and answers."),
        503: json_answer(NotReadyAnswer, "No model is loaded; the reason says why."),
    },
)
async def readyz(request: Request) -> JsonResponse:
    state = _state(request)
    if state.model is None:
        return JsonResponse({"status": "not-ready", "reason": state.reason}, status_code=503)
    return JsonResponse({"status": "ready", "model_version": state.model.version})


@router.get(
    "/api/v1/model",
    tags=["model"],
    responses={200: json_answer(ModelAnswer, "The served model."), **error_answers(503)},
)
async def model_info(request: Request) -> JsonResponse:
    return JsonResponse(_ready(request).metadata_json)


@router.post(
    PREDICT_PATH,
    tags=["model"],
    openapi_extra=PREDICT_REQUEST,
    responses={
        200: json_answer(PredictAnswer, "The prediction and its interval."),
        **error_answers(400, 413, 415, 422, 503),
    },
)
async def predict(request: Request) -> JsonResponse:
    return JsonResponse(await predict_answer(request.app.state, _body_of(request)))


@router.post(
    BATCH_PATH,
    tags=["model"],
    openapi_extra=BATCH_REQUEST,
    responses={
        200: json_answer(BatchAnswer, "One prediction per row, in order."),
        **error_answers(400, 413, 415, 422, 503),
    },
)
async def predict_batch(request: Request) -> JsonResponse:
    return JsonResponse(await batch_answer(request.app.state, _body_of(request)))


# The JSON body, read once the model is known to be ready (a 503 comes before a 415).
ReadBody = Callable[[int], Awaitable[Any]]


def _body_of(request: Request) -> ReadBody:
    return lambda max_bytes: json_body(request, max_bytes)


def _ready_model(app_state: Any) -> ServedModel:
    state: ModelState = app_state.model_state
    if state.model is None:
        raise RequestError(503, f"No model is loaded: {state.reason}")
    return state.model


async def predict_answer(app_state: Any, read_body: ReadBody) -> dict[str, Any]:
    """POST /api/v1/predict's answer (the FastAPI route and dispatch.py's lane share it)."""
    model = _ready_model(app_state)
    payload = await read_body(app_state.settings.max_body_bytes)
    features = require_object(payload, "features", '{"features": {<name>: <value>, ...}}')
    errors: list[FieldError] = []
    values = model.validator(features, None, errors)
    if errors:
        raise _invalid(errors)
    (answer,) = model.predict_rows([values])
    app_state.metrics.predicted((answer["prediction"],))
    (prediction_id,) = prediction_ids(app_state, model.version, [values], [answer])
    return {**answer, "prediction_id": prediction_id, "model_version": model.version,
            "unit": model.unit}  # fmt: skip


async def batch_answer(app_state: Any, read_body: ReadBody) -> dict[str, Any]:
    """POST /api/v1/predict/batch's answer."""
    model = _ready_model(app_state)
    payload = await read_body(app_state.settings.max_body_bytes)
    rows = require_object(payload, "rows", '{"rows": [{<name>: <value>, ...}, ...]}')
    limit = app_state.model_state.batch_limit
    _check_rows(rows, limit)
    errors: list[FieldError] = []
    values = [model.validator(row, i, errors) for i, row in enumerate(rows)]
    if errors:
        raise _invalid(errors)
    answers = model.predict_rows(values)
    app_state.metrics.predicted([a["prediction"] for a in answers])
    for answer, prediction_id in zip(
        answers, prediction_ids(app_state, model.version, values, answers), strict=True
    ):
        answer["prediction_id"] = prediction_id
    return {"predictions": answers, "model_version": model.version, "unit": model.unit}


def _check_rows(rows: Any, limit: int) -> None:
    if not isinstance(rows, list):
        message = "rows must be a JSON array of row objects"
        raise RequestError(422, f"{message}.", [FieldError(None, "rows", message)])
    if not rows:
        message = "rows is empty; send at least one row"
        raise RequestError(422, f"{message}.", [FieldError(None, "rows", message)])
    if len(rows) > limit:
        raise RequestError(
            413,
            f"The batch has {len(rows)} rows; the limit is {limit}. Split it into smaller batches.",
        )


@router.get(
    "/metrics",
    tags=["probes"],
    response_class=PlainTextResponse,
    responses={200: {"description": "Prometheus text exposition format."}},
)
async def metrics(request: Request) -> Response:
    registry = request.app.state.metrics.registry
    return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)
