"""Hyperparameter overrides for one run (`--overrides '{"xgboost": {"max_depth": 4}}'`): merged
into the named candidates' params before training, so they are recorded in the bundle's
resolved spec, its version and MLflow. Unknown candidates and parameters are input errors."""

from __future__ import annotations

import copy
import json
from typing import Any

from slipway_ml.errors import InputError

WHERE = "--overrides"


def parse_overrides(text: str) -> dict[str, dict[str, Any]]:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(WHERE, f"not JSON ({exc.msg} at character {exc.pos})", _EXAMPLE) from None
    if not isinstance(doc, dict):
        raise InputError(WHERE, "must be a JSON object of candidate name → params", _EXAMPLE)
    for name, params in doc.items():
        if not isinstance(params, dict):
            raise InputError(f"{WHERE}: {name}", "must be an object of parameter → value", _EXAMPLE)
        for param, value in params.items():
            if not isinstance(value, str | int | float | bool) and value is not None:
                raise InputError(
                    f"{WHERE}: {name}.{param}",
                    "must be a number, string, boolean or null",
                    _EXAMPLE,
                )
    return doc


def apply_overrides(spec: dict[str, Any], overrides: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A copy of the spec with each named candidate's params updated."""
    result = copy.deepcopy(spec)
    by_name = {c["name"]: c for c in result["candidates"]}
    for name, params in overrides.items():
        if name not in by_name:
            known = ", ".join(by_name)
            raise InputError(
                f"{WHERE}: {name}", "no candidate has this name", f"use one of: {known}"
            )
        by_name[name]["params"] = {**by_name[name].get("params", {}), **params}
    return result


_EXAMPLE = 'write e.g. {"xgboost": {"max_depth": 4, "n_estimators": 300}}'
