"""Contract-driven CSV (and Parquet) reading. Every error names the file, line, column and
the fix.

UTF-8 (BOM tolerated); blank lines skipped (the original house file starts with one);
columns matched by header name in any order when `format.header` is true, by contract order
otherwise; values checked against the column's type, range, categories and nullability.
A Parquet file (recognised by its magic bytes) goes through the same checks, its columns
matched by name and its rows numbered from 1.
"""

from __future__ import annotations

import csv
import math
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from slipway_ml.errors import InputError
from slipway_ml.parquetread import is_parquet, parquet_rows

_OTHER_DELIMITERS = (",", ";", "\t", "|")
_TRUE = {"true", "1", "yes"}
_FALSE = {"false", "0", "no"}


class _BadValueError(Exception):
    def __init__(self, what: str, fix: str) -> None:
        super().__init__(what)
        self.what = what
        self.fix = fix


def read_csv(file: Path, contract: dict[str, Any]) -> pd.DataFrame:
    parquet = is_parquet(file)
    rows = parquet_rows(file) if parquet else _nonblank_rows(file, contract)
    unit = "row" if parquet else "line"
    columns: list[dict[str, Any]] = contract["columns"]
    delimiter = contract.get("format", {}).get("delimiter", ",")
    first_line, first = rows[0]
    if not parquet:
        _check_delimiter(file, first_line, first, delimiter, len(columns))
    if parquet or contract.get("format", {}).get("header", True):
        order = _match_header(file, first_line, first, columns)
        rows = rows[1:]
    else:
        _reject_unexpected_header(file, first_line, first, columns)
        order = list(range(len(columns)))
    if not rows:
        raise InputError(str(file), "no data rows", "add rows below the header")
    frame = _parse_rows(file, rows, columns, order, unit)
    min_rows = contract.get("min_rows", 1)
    if len(frame) < min_rows:
        raise InputError(
            str(file),
            f"{len(frame)} data rows, the contract asks for at least {min_rows}",
            "provide more rows (or lower min_rows in the contract)",
        )
    return frame


def _nonblank_rows(file: Path, contract: dict[str, Any]) -> list[tuple[int, list[str]]]:
    if not file.is_file():
        raise InputError(str(file), "data file not found", "check the path")
    raw = file.read_bytes()
    if not raw.strip():
        raise InputError(str(file), "file is empty", "provide a CSV with a header and data rows")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{file}: byte {exc.start}", "not valid UTF-8", "save as UTF-8") from exc
    delimiter = contract.get("format", {}).get("delimiter", ",")
    numbered = [(n, line) for n, line in enumerate(text.splitlines(), start=1) if line.strip()]
    parsed = csv.reader((line for _, line in numbered), delimiter=delimiter)
    return [
        (n, [field.strip() for field in fields])
        for (n, _), fields in zip(numbered, parsed, strict=False)
    ]


def _check_delimiter(
    file: Path, line: int, fields: list[str], delimiter: str, expected: int
) -> None:
    if len(fields) != 1 or expected == 1:
        return
    text = fields[0]
    guess = next((d for d in _OTHER_DELIMITERS if d != delimiter and d in text), None)
    what = f"found 1 field where {expected} columns were expected"
    if guess is not None:
        what += f"; the file looks {guess!r}-separated, the contract says {delimiter!r}"
    raise InputError(
        f"{file}: line {line}",
        what,
        f"write the file with {delimiter!r} between fields (or fix format.delimiter)",
    )


def _reject_unexpected_header(
    file: Path, line: int, fields: list[str], columns: list[dict[str, Any]]
) -> None:
    names = {c["name"].lower() for c in columns}
    if sum(field.lower() in names for field in fields) * 2 > len(columns):
        raise InputError(
            f"{file}: line {line}",
            "looks like a header, but the contract says there is none",
            "set format.header: true in the dataset contract, or remove the header line",
        )


def _match_header(
    file: Path, line: int, header: list[str], columns: list[dict[str, Any]]
) -> list[int]:
    where = f"{file}: line {line} (header)"
    duplicates = sorted({name for name in header if header.count(name) > 1})
    if duplicates:
        raise InputError(where, f"duplicate column(s) {', '.join(duplicates)}", "keep one of each")
    wanted = [c["name"] for c in columns]
    missing = [name for name in wanted if name not in header]
    if missing:
        raise InputError(
            where,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(header)})",
            "add the column(s), or check the header spelling",
        )
    extra = [name for name in header if name not in wanted]
    if extra:
        raise InputError(
            where,
            f"unexpected column(s) {', '.join(extra)}",
            "remove them from the file, or add them to the dataset contract",
        )
    return [header.index(name) for name in wanted]


def _parse_rows(
    file: Path,
    rows: list[tuple[int, list[str]]],
    columns: list[dict[str, Any]],
    order: list[int],
    unit: str = "line",
) -> pd.DataFrame:
    width = len(order)
    values: list[list[Any]] = [[] for _ in columns]
    for line, fields in rows:
        if len(fields) != width:
            raise InputError(
                f"{file}: {unit} {line}",
                f"{len(fields)} fields, expected {width}",
                "fix the row (a missing or extra delimiter?)",
            )
        for k, column in enumerate(columns):
            try:
                values[k].append(_parse_value(fields[order[k]], column))
            except _BadValueError as bad:
                raise InputError(
                    f"{file}: {unit} {line}, column '{column['name']}'", bad.what, bad.fix
                ) from None
    return pd.DataFrame({c["name"]: _as_array(v, c) for c, v in zip(columns, values, strict=True)})


def _parse_value(text: str, column: dict[str, Any]) -> Any:
    if text == "":
        if column.get("nullable", False):
            return None
        raise _BadValueError(
            "empty value", "fill it in (the contract says the column is not nullable)"
        )
    kind = column["type"]
    if kind in ("integer", "number"):
        return _parse_number(text, column)
    if kind == "category":
        if text not in column["categories"]:
            allowed = ", ".join(column["categories"])
            raise _BadValueError(f"unknown category {text!r}", f"use one of: {allowed}")
        return text
    if kind == "boolean":
        if text.lower() in _TRUE | _FALSE:
            return text.lower() in _TRUE
        raise _BadValueError(f"{text!r} is not a boolean", "use true or false")
    return text


def _parse_number(text: str, column: dict[str, Any]) -> float | int:
    try:
        value = float(text)
    except ValueError:
        raise _BadValueError(
            f"{text!r} is not {'an integer' if column['type'] == 'integer' else 'a number'}",
            "fix the value (if this row is a header, set format.header: true in the contract)",
        ) from None
    if not math.isfinite(value):
        raise _BadValueError(
            f"{text!r} is not a finite number", "replace NaN/Inf with a real value"
        )
    if column["type"] == "integer":
        if not value.is_integer():
            raise _BadValueError(f"{text!r} is not an integer", "use a whole number")
        value = int(value)
    low, high = column.get("min"), column.get("max")
    if (low is not None and value < low) or (high is not None and value > high):
        raise _BadValueError(
            f"{text} is outside the allowed range [{low}, {high}]",
            "fix the value (or the range in the dataset contract)",
        )
    return value


def _as_array(values: list[Any], column: dict[str, Any]) -> Any:
    has_null = any(v is None for v in values)
    kind = column["type"]
    if kind == "integer" and not has_null:
        return np.asarray(values, dtype=np.int64)
    if kind in ("integer", "number"):
        return np.asarray([np.nan if v is None else v for v in values], dtype=np.float64)
    # NaN marks a missing value in every column kind: one convention for the imputers.
    return pd.array([np.nan if v is None else v for v in values], dtype=object)
