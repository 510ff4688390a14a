"""The routes of the records: POST /api/v1/feedback, POST /api/v1/feedback/batch and
GET /api/v1/live, and `prediction_ids`, which the predict answers call."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Any

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse
from starlette.requests import Request

from slipway_ml.serve.bundle_load import CONTRACT_FILE, TRAINING_PROFILE
from slipway_ml.serve.errors import FieldError, RequestError
from slipway_ml.serve.http_io import JsonResponse, json_body, require_object
from slipway_ml.serve.model_state import ServedModel, contract_column
from slipway_ml.serve.openapi import FEEDBACK_BATCH_REQUEST, FEEDBACK_REQUEST
from slipway_ml.serve.records.feedback import FeedbackDesk, TargetCheck, feedback_error
from slipway_ml.serve.records.live import MAX_HOURS, LiveSummary
from slipway_ml.serve.records.metrics import RecordMetrics
from slipway_ml.serve.records.reading import RecordCache, RecordFileError
from slipway_ml.serve.records.recorder import Recorder, RecorderSettings, new_prediction_id
from slipway_ml.serve.records.schemas import (
    FEEDBACK_BATCH_RESPONSES,
    FEEDBACK_RESPONSES,
    LIVE_RESPONSES,
)
from slipway_ml.serve.records.store import open_store
from slipway_ml.serve.settings import ServeSettings

log = logging.getLogger("slipway.serve")
# Declared as JSONResponse so OpenAPI shows the answer models as they are (the handlers return
# the server's own JsonResponse, which FastAPI would document as a string).
router = APIRouter(default_response_class=JSONResponse)
FEEDBACK_PATH = "/api/v1/feedback"


class Records:
    """What the routes need once a model is loaded and recording is on."""

    def __init__(self, recorder: Recorder, desk: FeedbackDesk, live: LiveSummary) -> None:
        self.recorder, self.desk, self.live = recorder, desk, live
        self.live_lock = asyncio.Lock()


def start_records(app_state: Any, settings: ServeSettings) -> Records | None:
    """Starts the recorder for the loaded model (None when recording is off or no model)."""
    model = app_state.model_state.model
    if not settings.records_uri or model is None:
        return None
    store = open_store(settings.records_uri)
    project = model.bundle.manifest.project
    metrics = RecordMetrics(app_state.metrics.registry)
    recorder = Recorder(
        store,
        project,
        model.predictor.names,
        RecorderSettings(
            sample_rate=settings.record_sample_rate,
            queue_size=settings.record_queue_size,
            flush_seconds=settings.record_flush_seconds,
            batch_size=settings.record_batch_size,
            index_size=settings.record_index_size,
        ),
        metrics,
    )
    metrics.watch(recorder.queued)
    desk = FeedbackDesk(
        recorder,
        TargetCheck(target_column(model)),
        RecordCache(store, project, settings.record_cache_mib << 20),
        settings.record_lookup_hours,
        metrics,
    )
    checks = model.bundle.contract.checks
    drift = checks.drift.model_dump(exclude_none=True) if checks and checks.drift else {}
    thresholds = {
        k: float(v) for k, v in drift.items() if k in ("psi_warning", "psi_error", "p_value")
    }
    live = LiveSummary(
        RecordCache(store, project, settings.record_cache_mib << 20),
        model,
        thresholds,
        model.bundle.documents.get(TRAINING_PROFILE),
    )
    recorder.start()
    log.info("recording predictions", extra={"records": settings.records_uri,
             "sample_rate": settings.record_sample_rate})  # fmt: skip
    return Records(recorder, desk, live)


def target_column(model: ServedModel) -> dict[str, Any]:
    """The target's column of the bundle's contract (what feedback's `actual` must be)."""
    name = model.bundle.doc("input_schema.json")["target"]
    if contract_column(model.bundle.contract, name) is None:
        return {"name": name, "type": "number"}
    # The column as the contract spells it (10000, not the model's 10000.0): the OpenAPI
    # document and the 422 answers quote its bounds.
    columns = model.bundle.doc(CONTRACT_FILE)["columns"]
    return dict(next(column for column in columns if column["name"] == name))


def prediction_ids(
    app_state: Any, version: str, rows: Sequence[Sequence[Any]], answers: list[dict[str, Any]]
) -> list[str]:
    """An id per answer; recorded (as sampled) when recording is on."""
    records: Records | None = getattr(app_state, "records", None)
    if records is None:
        return [new_prediction_id() for _ in answers]
    return records.recorder.offer(version, rows, answers)


def _records(request: Request) -> Records:
    state = request.app.state
    if state.model_state.model is None:
        raise RequestError(503, f"No model is loaded: {state.model_state.reason}")
    records: Records | None = getattr(state, "records", None)
    if records is None:
        raise RequestError(
            503,
            "Recording is off, so there are no predictions to give feedback on or summarise:"
            " set SLIPWAY_RECORDS_URI to a folder or s3://bucket/prefix.",
        )
    return records


@router.post(FEEDBACK_PATH, tags=["records"], openapi_extra=FEEDBACK_REQUEST,
             responses=FEEDBACK_RESPONSES, status_code=201)  # fmt: skip
async def feedback(request: Request) -> JsonResponse:
    records = _records(request)
    payload = await json_body(request, request.app.state.settings.max_body_bytes)
    if not isinstance(payload, dict):
        example = 'send {"prediction_id": ..., "actual": ...}'
        raise RequestError(
            422, "The body must be an object with prediction_id and actual.",
            [FieldError(None, None, example)],
        )  # fmt: skip
    (outcome,) = await records.desk.submit([payload])
    if outcome.status not in (200, 201):
        raise feedback_error(outcome)
    return JsonResponse(outcome.body(), status_code=outcome.status)


@router.post(FEEDBACK_PATH + "/batch", tags=["records"], openapi_extra=FEEDBACK_BATCH_REQUEST,
             responses=FEEDBACK_BATCH_RESPONSES)  # fmt: skip
async def feedback_batch(request: Request) -> JsonResponse:
    records = _records(request)
    payload = await json_body(request, request.app.state.settings.max_body_bytes)
    example = '{"items": [{"prediction_id": ..., "actual": ...}, ...]}'
    items = require_object(payload, "items", example)
    if not isinstance(items, list) or not items:
        message = "items must be a non-empty array of {prediction_id, actual} objects"
        raise RequestError(422, f"{message}.", [FieldError(None, "items", message)])
    limit = request.app.state.model_state.batch_limit
    if len(items) > limit:
        raise RequestError(
            413, f"The batch has {len(items)} items; the limit is {limit}. Split it."
        )
    malformed = [
        (row, o) for row, item in enumerate(items) if (o := records.desk.schema_problem(item))
    ]
    if malformed:
        raise RequestError(
            422, f"{len(malformed)} of {len(items)} items are malformed; nothing was recorded.",
            [FieldError(row, o.error()["field"], o.error()["message"]) for row, o in malformed],
        )  # fmt: skip
    outcomes = await records.desk.submit(items)
    results = []
    for row, outcome in enumerate(outcomes):
        entry: dict[str, Any] = {"row": row, "prediction_id": outcome.prediction_id,
                                 "status": outcome.status}  # fmt: skip
        if outcome.status in (200, 201):
            entry |= {"actual": outcome.actual, "model_version": outcome.model_version}
        else:
            entry["detail"] = outcome.detail
        results.append(entry)
    counts = {
        "recorded": sum(o.status == 201 for o in outcomes),
        "already_recorded": sum(o.status == 200 for o in outcomes),
        "refused": sum(o.status not in (200, 201) for o in outcomes),
    }
    return JsonResponse({**counts, "results": results})


@router.get("/api/v1/live", tags=["records"], responses=LIVE_RESPONSES)
async def live(
    request: Request,
    hours: int = Query(
        24, ge=1, le=MAX_HOURS, description="hours back from now, this one included"
    ),
) -> JsonResponse:
    records = _records(request)
    async with records.live_lock:  # one summary at a time; the cache is not shared across threads
        try:
            summary = await asyncio.to_thread(records.live.summarise, hours)
        except RecordFileError as exc:
            raise RequestError(500, f"A records file is invalid: {exc}") from exc
    return JsonResponse(summary)
