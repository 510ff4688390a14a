"""Request validation compiled once from the bundle's input_schema.json: the same types,
ranges and categories the dataset contract enforces (`step` is a form hint there, so it is
not enforced here either). Plain Python per field: a request is checked in microseconds."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from slipway_ml.serve.errors import FieldError, shorten

Value = float | str | None
# A checker returns the model value, or raises _Bad with the message's tail.
Checker = Callable[[Any], Value]


class _BadValueError(Exception):
    pass


def _fmt(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else repr(float(number))


def _shown(value: Any) -> str:
    if isinstance(value, str):
        return f'"{shorten(value)}"'
    if isinstance(value, dict | list) and len(value) > 8:  # its size says enough
        return f"a JSON {'object' if isinstance(value, dict) else 'array'} of {len(value)}"
    return shorten(repr(value))


def _numeric(column: dict[str, Any]) -> Checker:
    name, kind = column["name"], column["type"]
    low, high = column.get("min"), column.get("max")
    nullable = bool(column.get("nullable", False))
    noun = "an integer" if kind == "integer" else "a number"

    def check(value: Any) -> Value:
        if value is None and nullable:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _BadValueError(f"{name} must be {noun}; got {_shown(value)}")
        if not math.isfinite(value):
            raise _BadValueError(f"{name} must be a finite number; got {value!r}")
        if kind == "integer" and not float(value).is_integer():
            raise _BadValueError(f"{name} must be a whole number; got {value!r}")
        if (low is not None and value < low) or (high is not None and value > high):
            raise _BadValueError(_range_message(name, low, high, value))
        return float(value)

    return check


def _range_message(name: str, low: Any, high: Any, value: Any) -> str:
    if low is not None and high is not None:
        return f"{name} must be between {_fmt(low)} and {_fmt(high)}; got {_fmt(value)}"
    if low is not None:
        return f"{name} must be at least {_fmt(low)}; got {_fmt(value)}"
    return f"{name} must be at most {_fmt(high)}; got {_fmt(value)}"


def _category(column: dict[str, Any]) -> Checker:
    name, allowed = column["name"], frozenset(column["categories"])
    listed = ", ".join(column["categories"])
    nullable = bool(column.get("nullable", False))

    def check(value: Any) -> Value:
        if value is None and nullable:
            return None
        if not isinstance(value, str) or value not in allowed:
            raise _BadValueError(f"{name} must be one of {listed}; got {_shown(value)}")
        return value

    return check


def _boolean(column: dict[str, Any]) -> Checker:
    name, nullable = column["name"], bool(column.get("nullable", False))

    def check(value: Any) -> Value:
        if value is None and nullable:
            return None
        if not isinstance(value, bool):
            raise _BadValueError(f"{name} must be true or false; got {_shown(value)}")
        return 1.0 if value else 0.0

    return check


def _checker(column: dict[str, Any]) -> Checker:
    kind = column["type"]
    if kind in ("integer", "number"):
        return _numeric(column)
    if kind == "category":
        return _category(column)
    if kind == "boolean":
        return _boolean(column)
    return lambda value: value if isinstance(value, str) else str(value)


class RowValidator:
    """Checks one row (a JSON object) and returns its values in feature order."""

    def __init__(self, features: list[dict[str, Any]]) -> None:
        self.names = [c["name"] for c in features]
        self.known = frozenset(self.names)
        self.checkers = [(c["name"], _checker(c)) for c in features]

    def __call__(self, row: Any, index: int | None, errors: list[FieldError]) -> list[Value]:
        if not isinstance(row, dict):
            where = "features" if index is None else f"rows[{index}]"
            message = f"{where} must be a JSON object of feature values; got {_shown(row)}"
            errors.append(FieldError(index, None, message))
            return []
        values: list[Value] = []
        for name, check in self.checkers:
            if name not in row:
                errors.append(FieldError(index, name, f"{name} is required; add it"))
                continue
            try:
                values.append(check(row[name]))
            except _BadValueError as bad:
                errors.append(FieldError(index, name, str(bad)))
        if len(row) > len(values) and not self.known.issuperset(row):
            for extra in sorted(set(row) - self.known):
                shown = shorten(extra)
                message = f"{shown} is not a feature of this model; remove it"
                errors.append(FieldError(index, shown, message))
        return values
