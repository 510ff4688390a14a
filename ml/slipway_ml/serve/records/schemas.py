"""OpenAPI of the records routes: request bodies and pydantic models of the answers."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from slipway_ml.serve.answers import ErrorAnswer


class FeedbackAnswer(BaseModel):
    prediction_id: str
    actual: float
    model_version: str
    status: Literal["recorded", "already-recorded"]


class FeedbackResult(BaseModel):
    row: int
    prediction_id: str | None
    status: int = Field(description="201 recorded, 200 the same value again, 404, 409 or 422")
    actual: float | None = None
    model_version: str | None = None
    detail: str | None = None


class FeedbackBatchAnswer(BaseModel):
    recorded: int
    already_recorded: int
    refused: int
    results: list[FeedbackResult]


class HourCount(BaseModel):
    hour: str
    predictions: int
    labelled: int


class LiveError(BaseModel):
    primary_metric: str
    labels: int
    small_sample: bool = Field(description="fewer than 30 labels")
    live: dict[str, float | None]
    test: dict[str, float | None]
    ratio: float | None = Field(description="live / test of the primary metric")


class LiveCoverage(BaseModel):
    nominal: float
    labels: int
    live: float | None


class DriftRow(BaseModel):
    feature: str
    live_count: int
    psi: float
    test: Literal["KS", "chi-square"]
    statistic: float
    p_value: float
    new_categories: dict[str, int]
    verdict: Literal["ok", "warning", "error", "too-few-values"] = Field(
        description="too-few-values: under 30 live values, no verdict"
    )


class LiveDrift(BaseModel):
    available: bool
    reason: str | None
    thresholds: dict[str, float]
    features: list[DriftRow]


class LiveWindow(BaseModel):
    start: str
    end: str
    hours: int
    generated_at: str


class LiveAnswer(BaseModel):
    project: str
    model_version: str
    window: LiveWindow
    predictions: int
    labelled: int
    model_versions: list[str]
    per_hour: list[HourCount]
    error: LiveError
    coverage: LiveCoverage
    drift: LiveDrift


def _error(text: str) -> dict[str, Any]:
    return {"model": ErrorAnswer, "description": text}


FEEDBACK_RESPONSES: dict[int | str, dict[str, Any]] = {
    201: {"model": FeedbackAnswer, "description": "Recorded."},
    200: {"model": FeedbackAnswer, "description": "The same value was already recorded."},
    400: _error("The body is not valid JSON."),
    404: _error("No recorded prediction has this id."),
    409: _error("A different actual value is already recorded for this prediction."),
    413: _error("The body is over the size limit."),
    415: _error("Content-Type is not application/json."),
    422: _error("Bad prediction_id or actual (type, range against the target's contract)."),
    503: _error("No model is loaded, or recording is off."),
}  # fmt: skip
FEEDBACK_BATCH_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"model": FeedbackBatchAnswer,
          "description": "Each item's outcome (201, 200, 404, 409 or 422) and the counts."},
    400: _error("The body is not valid JSON."),
    413: _error("More items than the batch limit, or a body over the size limit."),
    415: _error("Content-Type is not application/json."),
    422: _error("items is missing, not an array, empty, or has a malformed item (each named)."),
    503: _error("No model is loaded, or recording is off."),
}  # fmt: skip
LIVE_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"model": LiveAnswer, "description": "The summary of the window."},
    422: _error("hours is not an integer from 1 to 168."),
    503: _error("No model is loaded, or recording is off."),
}
