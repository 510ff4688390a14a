"""OpenAPI for the routes: the request schemas are generated from the served bundle's
input_schema.json (the same ranges and categories the validator enforces)."""

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
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"description": text, "content": {"application/json": {"schema": _ref("Error")}}}
    for status, text in (
        (400, "The body is not valid JSON."),
        (413, "More rows than the batch limit, or a body over the size limit."),
        (415, "Content-Type is not application/json."),
        (422, "Schema violations, one entry per bad field."),
        (503, "No model is loaded."),
    )
}
_ERROR = {
    "type": "object",
    "required": ["detail", "errors"],
    "properties": {
        "detail": {"type": "string"},
        "errors": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "row": {"type": ["integer", "null"]},
                    "field": {"type": ["string", "null"]},
                    "message": {"type": "string"},
                },
            },
        },
    },
}


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


def features_object(features: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": [c["name"] for c in features],
        "properties": {c["name"]: feature_schema(c) for c in features},
    }


def build_openapi(app: FastAPI, features: list[dict[str, Any]], batch_limit: int) -> dict[str, Any]:
    document = get_openapi(title=app.title, version=app.version, routes=app.routes)
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    schemas["Features"] = features_object(features)
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
    schemas["Error"] = _ERROR
    return document
