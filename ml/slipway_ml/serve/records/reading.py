"""Reading records files back: each line checked against its schema's required shape (a bad
line is an error naming file:line, never skipped), parsed once per file and cached by key
(files are never rewritten)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeGuard

import numpy as np
import orjson

from slipway_ml.serve.records.store import Kind, RecordStore

ID = re.compile(r"[0-9a-f]{32}")


class RecordFileError(ValueError):
    """A records file that does not hold valid records: names the file and line."""


@dataclass
class PredictionBlock:
    ids: list[str]
    predictions: np.ndarray[Any, np.dtype[np.float64]]
    lower: np.ndarray[Any, np.dtype[np.float64]]  # NaN where the record has no interval
    upper: np.ndarray[Any, np.dtype[np.float64]]
    inputs: dict[str, list[Any]]
    model_versions: list[str]
    _index: dict[str, int] | None = field(default=None, repr=False)

    def position(self, prediction_id: str) -> int | None:
        if self._index is None:
            self._index = {pid: i for i, pid in enumerate(self.ids)}
        return self._index.get(prediction_id)


@dataclass
class FeedbackBlock:
    actual: dict[str, float]  # prediction_id → actual (first line wins, as the server accepts)


def _problem(where: str, line: int, what: str) -> RecordFileError:
    return RecordFileError(
        f"{where}:{line}: {what}; the file is not a valid records file — move it out of the"
        " records root or fix the line"
    )


def _is_number(value: Any) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


def parse_predictions(where: str, data: bytes, project: str) -> PredictionBlock:
    ids: list[str] = []
    predictions: list[float] = []
    lower: list[float] = []
    upper: list[float] = []
    versions: list[str] = []
    inputs: dict[str, list[Any]] = {}
    for number, line in enumerate(data.splitlines(), start=1):
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise _problem(where, number, f"not JSON ({exc})") from exc
        if not isinstance(record, dict):
            raise _problem(where, number, "not a JSON object")
        pid, value, interval = record.get("id"), record.get("prediction"), record.get("interval", 0)
        if not isinstance(pid, str) or not ID.fullmatch(pid):
            raise _problem(where, number, "id: expected 32 lowercase hex digits")
        if record.get("project") != project:
            raise _problem(where, number, f'project: expected "{project}"')
        if not _is_number(value):
            raise _problem(where, number, "prediction: expected a number")
        if not isinstance(record.get("inputs"), dict):
            raise _problem(where, number, "inputs: expected an object")
        if not isinstance(record.get("model_version"), str) or not isinstance(
            record.get("time"), str
        ):
            raise _problem(where, number, "model_version and time: expected strings")
        if interval is None:
            low = high = float("nan")
        elif (
            isinstance(interval, dict)
            and _is_number(interval.get("lower"))
            and _is_number(interval.get("upper"))
        ):
            low, high = float(interval["lower"]), float(interval["upper"])
        else:
            raise _problem(where, number, "interval: expected null or {lower, upper, coverage}")
        row = len(ids)
        ids.append(pid)
        predictions.append(float(value))
        lower.append(low)
        upper.append(high)
        versions.append(record["model_version"])
        for name, feature in record["inputs"].items():
            column = inputs.setdefault(name, [None] * row)
            column.append(feature)
        for column in inputs.values():
            if len(column) <= row:
                column.append(None)
    return PredictionBlock(
        ids,
        np.asarray(predictions, dtype=np.float64),
        np.asarray(lower, dtype=np.float64),
        np.asarray(upper, dtype=np.float64),
        inputs,
        versions,
    )


def parse_feedback(where: str, data: bytes, project: str) -> FeedbackBlock:
    actual: dict[str, float] = {}
    for number, line in enumerate(data.splitlines(), start=1):
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise _problem(where, number, f"not JSON ({exc})") from exc
        if not isinstance(record, dict):
            raise _problem(where, number, "not a JSON object")
        pid, value = record.get("prediction_id"), record.get("actual")
        if not isinstance(pid, str) or not ID.fullmatch(pid):
            raise _problem(where, number, "prediction_id: expected 32 lowercase hex digits")
        if record.get("project") != project:
            raise _problem(where, number, f'project: expected "{project}"')
        if not _is_number(value):
            raise _problem(where, number, "actual: expected a number")
        actual.setdefault(pid, float(value))
    return FeedbackBlock(actual)


class RecordCache:
    """Parsed files by key. `keep(keys)` drops every file not in the current window, so the
    cache holds at most one window's records (the live summary caps the window's hours)."""

    def __init__(self, store: RecordStore, project: str) -> None:
        self.store, self.project = store, project
        self._predictions: dict[str, PredictionBlock] = {}
        self._feedback: dict[str, FeedbackBlock] = {}

    def where(self, key: str) -> str:
        return f"{self.store.root.rstrip('/')}/{key}"

    def predictions(self, key: str) -> PredictionBlock:
        block = self._predictions.get(key)
        if block is None:
            block = parse_predictions(self.where(key), self.store.read(key), self.project)
            self._predictions[key] = block
        return block

    def feedback(self, key: str) -> FeedbackBlock:
        block = self._feedback.get(key)
        if block is None:
            block = parse_feedback(self.where(key), self.store.read(key), self.project)
            self._feedback[key] = block
        return block

    def hour_keys(self, kind: Kind, hours: Iterable[datetime]) -> list[str]:
        return [f.key for hour in hours for f in self.store.list_hour(self.project, kind, hour)]

    def keep(self, keys: set[str]) -> None:
        for cache in (self._predictions, self._feedback):
            for key in [k for k in cache if k not in keys]:
                del cache[key]
