"""Reading records files back: each line checked against its schema's required shape (a bad
line is an error naming file:line, never skipped), parsed once per file and cached by key
(files are never rewritten)."""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable, Iterable
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


HEX = re.compile(r"[0-9a-f]*")
NUMBER = (int, float)


def read_predictions(
    where: str, data: bytes, project: str, names: Iterable[str] | None = None
) -> PredictionBlock:
    """parse_predictions, faster: every line parsed, the checks made column by column over the
    whole file (no per-field Python branching per line), `inputs` only for `names` when given.
    Any problem: parse_predictions reads the file again to name the first bad line."""
    loads = orjson.loads
    try:
        records = [loads(line) for line in data.splitlines()]
    except orjson.JSONDecodeError:
        records = None
    block = _columns(records, project, names) if records is not None else None
    return block if block is not None else parse_predictions(where, data, project)


def _columns(
    records: list[Any], project: str, names: Iterable[str] | None
) -> PredictionBlock | None:
    """The file's columns, or None when any line breaks a rule parse_predictions checks."""
    if not all(type(r) is dict for r in records):
        return None
    ids = [r.get("id") for r in records]
    if not all(type(i) is str and len(i) == 32 for i in ids) or not HEX.fullmatch("".join(ids)):
        return None
    values = [r.get("prediction") for r in records]
    versions = [r.get("model_version") for r in records]
    inputs = [r.get("inputs") for r in records]
    intervals = [r.get("interval", 0) for r in records]
    if not (
        all(r.get("project") == project for r in records)
        and all(type(v) in NUMBER for v in values)
        and all(type(v) is str for v in versions)
        and all(type(r.get("time")) is str for r in records)
        and all(type(i) is dict for i in inputs)
    ):
        return None
    if not all(
        i is None or (type(i) is dict and type(i.get("lower")) in NUMBER
                      and type(i.get("upper")) in NUMBER)
        for i in intervals
    ):  # fmt: skip
        return None
    nan = float("nan")
    lower = [nan if i is None else i["lower"] for i in intervals]
    upper = [nan if i is None else i["upper"] for i in intervals]
    if names is None:
        names = list(dict.fromkeys(name for row in inputs for name in row))
    return PredictionBlock(
        ids,  # checked above: all str
        np.asarray(values, dtype=np.float64),
        np.asarray(lower, dtype=np.float64),
        np.asarray(upper, dtype=np.float64),
        {name: [row.get(name) for row in inputs] for name in names},
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


def hex_ids(ids: list[str]) -> np.ndarray[Any, np.dtype[np.bytes_]]:
    """32-hex ids as 16-byte values (a fifth of the memory of the strings). numpy reads an
    element back without its trailing zero bytes: compare elements with elements."""
    return np.frombuffer(bytes.fromhex("".join(ids)), dtype="S16") if ids else _NO_IDS


_NO_IDS = np.zeros(0, dtype="S16")


@dataclass
class PredictionRows:
    """A prediction file's rows in compact form (file order): ids, predictions, intervals and
    model versions (codes into `versions`). About 44 bytes a row."""

    ids: np.ndarray[Any, np.dtype[np.bytes_]]
    predictions: np.ndarray[Any, np.dtype[np.float64]]
    lower: np.ndarray[Any, np.dtype[np.float64]]
    upper: np.ndarray[Any, np.dtype[np.float64]]
    version_codes: np.ndarray[Any, np.dtype[np.int32]]
    versions: list[str]
    _order: np.ndarray[Any, np.dtype[np.intp]] | None = field(default=None, repr=False)

    @classmethod
    def of(cls, block: PredictionBlock) -> PredictionRows:
        versions = list(dict.fromkeys(block.model_versions))
        code = {v: i for i, v in enumerate(versions)}
        return cls(
            hex_ids(block.ids), block.predictions, block.lower, block.upper,
            np.asarray([code[v] for v in block.model_versions], dtype=np.int32), versions,
        )  # fmt: skip

    def position(self, prediction_id: str) -> int | None:
        if self._order is None:
            self._order = np.argsort(self.ids, kind="stable")
        wanted = hex_ids([prediction_id])[0]  # as stored: numpy drops trailing zero bytes
        at = int(np.searchsorted(self.ids, wanted, sorter=self._order))
        if at < len(self.ids) and self.ids[self._order[at]] == wanted:
            return int(self._order[at])
        return None

    def version(self, row: int) -> str:
        return self.versions[int(self.version_codes[row])]

    @property
    def nbytes(self) -> int:
        arrays = (self.ids, self.predictions, self.lower, self.upper, self.version_codes)
        return sum(a.nbytes for a in arrays) + self.ids.size * 8  # with the lookup order


@dataclass
class FeedbackRows:
    """A feedback file in compact form (file order): ids and actual values."""

    ids: np.ndarray[Any, np.dtype[np.bytes_]]
    actual: np.ndarray[Any, np.dtype[np.float64]]

    @classmethod
    def of(cls, block: FeedbackBlock) -> FeedbackRows:
        return cls(hex_ids(list(block.actual)), np.fromiter(block.actual.values(), np.float64))

    def get(self, prediction_id: str) -> float | None:
        hits = np.flatnonzero(self.ids == hex_ids([prediction_id])[0])
        return float(self.actual[hits[0]]) if len(hits) else None

    @property
    def nbytes(self) -> int:
        return self.ids.nbytes + self.actual.nbytes


class LruBytes:
    """Values by key, the least recently used dropped once their sizes pass `limit` bytes."""

    def __init__(self, limit: int) -> None:
        self.limit, self.used = limit, 0
        self._items: OrderedDict[str, tuple[Any, int]] = OrderedDict()

    def get(self, key: str) -> Any | None:
        item = self._items.get(key)
        if item is None:
            return None
        self._items.move_to_end(key)
        return item[0]

    def put(self, key: str, value: Any, size: int) -> None:
        self.drop(key)
        self._items[key] = (value, size)
        self.used += size
        while self.used > self.limit and len(self._items) > 1:
            self.used -= self._items.popitem(last=False)[1][1]

    def drop(self, key: str) -> None:
        item = self._items.pop(key, None)
        if item is not None:
            self.used -= item[1]

    def names(self) -> list[str]:
        return list(self._items)


class RecordCache:
    """What was made of each parsed file, by "<what>:<file key>", in an LRU bounded by bytes
    (files are never rewritten, so it never changes). `keep(keys)` drops files out of the
    window."""

    def __init__(self, store: RecordStore, project: str, limit_bytes: int = 256 << 20) -> None:
        self.store, self.project = store, project
        self.entries = LruBytes(limit_bytes)

    def where(self, key: str) -> str:
        return f"{self.store.root.rstrip('/')}/{key}"

    def cached(self, key: str, build: Callable[[str, bytes], tuple[Any, int]]) -> Any:
        """What `build(where, data)` made of a file (value, size in bytes), cached under
        `key` ("<what>:<file key>")."""
        value = self.entries.get(key)
        if value is None:
            file = key.partition(":")[2]
            value, size = build(self.where(file), self.store.read(file))
            self.entries.put(key, value, size)
        return value

    def predictions(self, key: str) -> PredictionRows:
        def build(where: str, data: bytes) -> tuple[PredictionRows, int]:
            rows = PredictionRows.of(read_predictions(where, data, self.project, ()))
            return rows, rows.nbytes

        rows: PredictionRows = self.cached(f"rows:{key}", build)
        return rows

    def feedback(self, key: str) -> FeedbackRows:
        def build(where: str, data: bytes) -> tuple[FeedbackRows, int]:
            rows = FeedbackRows.of(parse_feedback(where, data, self.project))
            return rows, rows.nbytes

        rows: FeedbackRows = self.cached(f"feedback:{key}", build)
        return rows

    def hour_keys(self, kind: Kind, hours: Iterable[datetime]) -> list[str]:
        return [f.key for hour in hours for f in self.store.list_hour(self.project, kind, hour)]

    def keep(self, keys: set[str]) -> None:
        for key in [k for k in self.entries.names() if k.partition(":")[2] not in keys]:
            self.entries.drop(key)
