"""The answers of the routes as pydantic models, one per answer, for /openapi.json only.

The routes build their JSON themselves (orjson, prebuilt bytes, the prediction lane of
dispatch.py): these models are given to FastAPI as `responses=` documentation, never as a
`response_model`, so no answer is validated or re-serialised through them at request time.
The schemathesis test (ml/tests/serve/test_serve_openapi_fuzz.py) holds every real answer to
them. Models allow extra keys: a newer bundle's extra facts do not break older clients."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field
from pydantic.json_schema import SkipJsonSchema

# The answer to every request that fails (docs/API.md, "Errors").


class FieldProblem(BaseModel):
    """One bad field: `row` is the 0-based batch index (null for one prediction), `field`
    the feature or request key (null when the problem is the whole body)."""

    row: int | None
    field: str | None
    message: str


class ErrorAnswer(BaseModel):
    detail: str = Field(description="One sentence: what is wrong and the fix.")
    errors: list[FieldProblem] = Field(description="One entry per bad field; empty otherwise.")


# Probes.


class HealthAnswer(BaseModel):
    status: Literal["ok"]


class ReadyAnswer(BaseModel):
    status: Literal["ready"]
    model_version: str


class NotReadyAnswer(BaseModel):
    status: Literal["not-ready"]
    reason: str = Field(description="Why no model is served: the file, the problem, the fix.")


# Predictions.


class Interval(BaseModel):
    lower: float
    upper: float
    coverage: float = Field(description="The share of true values the interval is built to hold.")


class PredictionItem(BaseModel):
    prediction: float
    prediction_id: str = Field(
        pattern="^[0-9a-f]{32}$",
        description="Names this prediction for POST /api/v1/feedback (recorded when sampled).",
    )
    interval: Interval
    out_of_profile: list[str] = Field(
        description="Fields outside what the model was trained on: the coverage does not apply."
    )


class PredictAnswer(PredictionItem):
    model_version: str
    unit: str | None = Field(description="The target's unit; null when the contract has none.")


class BatchAnswer(BaseModel):
    predictions: list[PredictionItem] = Field(description="In the order of the request's rows.")
    model_version: str
    unit: str | None


# Model metadata (GET /api/v1/model).

FeatureType = Literal["integer", "number", "category", "boolean", "string"]
MetricName = Literal["mse", "rmse", "mae", "r2", "mape"]


# A key the answer leaves out when it has no value, never null: `X | Absent = None` documents
# it as optional and not nullable.
Absent = SkipJsonSchema[None]


class Feature(BaseModel):
    """A request field as the data contract declares it (ranges, categories, step)."""

    name: str
    type: FeatureType
    unit: str | Absent = Field(None)
    description: str | Absent = Field(None)
    min: float | Absent = Field(None)
    max: float | Absent = Field(None)
    step: float | Absent = Field(None, description="A form hint; the server accepts any value.")
    categories: list[str] | Absent = Field(None)
    nullable: bool | Absent = Field(None, description="An empty value (null) is accepted.")


class Target(BaseModel):
    name: str
    unit: str | None
    description: str | None


class ModelMetrics(BaseModel):
    primary_metric: MetricName
    test: dict[str, float] = Field(description="Test-set value of each metric.")
    baseline_mean: dict[str, float] = Field(description="The same for predicting the mean.")
    n_train: int
    n_test: int
    cv_folds: int


class Gate(BaseModel):
    metric: MetricName
    op: Literal["<=", "<", ">=", ">"]
    threshold: float


class NumericProfile(BaseModel):
    min: float
    max: float


class CategoryProfile(BaseModel):
    categories: list[str]


class IntervalMethod(BaseModel):
    method: Literal["split-conformal", "normalised-split-conformal"]
    coverage: float
    calibration_rows: int | None
    half_width: float | None = Field(description="Null when the width varies per row.")
    quantile: float
    varies_per_row: bool
    input_profile: dict[str, NumericProfile | CategoryProfile] | None = Field(
        description="What the training rows held, per input; null for older bundles."
    )


class Fingerprint(BaseModel):
    sha256: str
    rows: int
    columns: list[str]
    source: str


class Importance(BaseModel):
    feature: str
    importance: float
    sd: float | Absent = Field(None, description="Over the repeats; bundles since issue 19.")
    includes: list[str] | Absent = Field(None, description="Derived features recomputed from it.")
    kind: Literal["input", "group"] | Absent = Field(None)


class PredictionsSample(BaseModel):
    actual: list[float]
    predicted: list[float]


class ModelAnswer(BaseModel):
    project: str
    version: str
    trained_at: str
    git_sha: str | None = Field(description="Null when trained outside a git checkout.")
    chosen_model: str
    target: Target
    features: list[Feature]
    metrics: ModelMetrics
    gates: list[Gate]
    interval: IntervalMethod
    fingerprint: Fingerprint
    feature_importance: list[Importance]
    predictions_sample: PredictionsSample
    batch_limit: int


def json_answer(model: type[BaseModel], description: str) -> dict[str, Any]:
    return {"model": model, "description": description}


ERROR_STATUSES = {
    400: "The body is not valid JSON.",
    413: "More rows than the batch limit, or a body over the size limit.",
    415: "Content-Type is not application/json.",
    422: "Schema violations, one entry per bad field.",
    503: "No model is loaded.",
}


def error_answers(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {status: json_answer(ErrorAnswer, ERROR_STATUSES[status]) for status in statuses}
