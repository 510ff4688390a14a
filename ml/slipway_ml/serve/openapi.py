"""OpenAPI for the routes: the request schemas are generated from the served bundle's
input_schema.json (the same ranges and categories the validator enforces); the answers are
answers.py's models."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}"}


def _body(name: str) -> dict[str, Any]:
    return {
        "requestBody": {"required": True, "content": {"application/json": {"schema": _ref(name)}}}
    }


PREDICT_REQUEST = _body("PredictRequest")
BATCH_REQUEST = _body("BatchRequest")
FEEDBACK_REQUEST = _body("FeedbackItem")
FEEDBACK_BATCH_REQUEST = _body("FeedbackBatchRequest")


def feature_schema(column: dict[str, Any]) -> dict[str, Any]:
    kind = column["type"]
    schema: dict[str, Any]
    if kind == "category":
        schema = {"type": "string", "enum": list(column["categories"])}
    elif kind in ("integer", "number"):
        schema = {"type": kind}
        if "min" in column:
            schema["minimum"] = column["min"]
        if "max" in column:
            schema["maximum"] = column["max"]
    else:
        schema = {"type": kind}
    if column.get("nullable"):
        schema = {"anyOf": [schema, {"type": "null"}]}
    for key in ("description", "unit", "step"):
        if key in column:
            schema["description" if key == "description" else f"x-{key}"] = column[key]
    return schema


# Without a model, the features are not known: any name, with a JSON scalar value.
_ANY_FEATURES = {
    "type": "object",
    "description": "The served model's features (its /openapi.json names them).",
    "additionalProperties": {"type": ["number", "string", "boolean", "null"]},
}


def features_object(features: list[dict[str, Any]] | None) -> dict[str, Any]:
    if features is None:
        return dict(_ANY_FEATURES)
    return {
        "type": "object",
        "additionalProperties": False,
        "required": [c["name"] for c in features],
        "properties": {c["name"]: feature_schema(c) for c in features},
    }


def feedback_item(target: dict[str, Any] | None) -> dict[str, Any]:
    """POST /api/v1/feedback's body: `actual` as the target's contract has it (type, range)."""
    actual = {"type": "number"} if target is None else feature_schema({**target, "nullable": False})
    actual["description"] = "The true target value (the contract's type and range)."
    return {
        "type": "object",
        "additionalProperties": False,
        "required": ["prediction_id", "actual"],
        "properties": {
            "prediction_id": {
                "type": "string",
                "pattern": "^[0-9a-f]{32}$",
                "description": "The prediction_id a predict answer carried.",
            },
            "actual": actual,
        },
    }


def build_openapi(
    app: FastAPI,
    features: list[dict[str, Any]] | None,
    batch_limit: int,
    target: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The document for the served model's features and target; None (no model): any."""
    document = get_openapi(title=app.title, version=app.version, routes=app.routes)
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    schemas["Features"] = features_object(features)
    schemas["FeedbackItem"] = feedback_item(target)
    schemas["FeedbackBatchRequest"] = {
        "type": "object",
        "required": ["items"],
        "additionalProperties": False,
        "properties": {
            "items": {
                "type": "array",
                "minItems": 1,
                "maxItems": batch_limit,
                "items": _ref("FeedbackItem"),
            }
        },
    }
    schemas["PredictRequest"] = {
        "type": "object",
        "required": ["features"],
        "additionalProperties": False,
        "properties": {"features": _ref("Features")},
    }
    schemas["BatchRequest"] = {
        "type": "object",
        "required": ["rows"],
        "additionalProperties": False,
        "properties": {
            "rows": {
                "type": "array",
                "minItems": 1,
                "maxItems": batch_limit,
                "items": _ref("Features"),
            }
        },
    }
    return document
