"""Contract-driven CSV (and Parquet) reading. Every error names the file, line, column and
the fix, and carries validate-data's check id for the same problem (DataFileError.check).

The rules are validate-data's, proved by the shared vectors in schemas/vectors/data (records:
csvrecords.py). Header names and values are trimmed of surrounding spaces; columns are matched
by header name in any order when `format.header` is true (a column the contract does not name
is ignored; one differing only in case is an error), by contract order otherwise. Values are
checked against the column's type, range, categories and nullability. A Parquet file
(recognised by its magic bytes) goes through the same checks, its columns matched by name and
its rows numbered from 1.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from slipway_ml.csvrecords import DataFileError, Record, read_records
from slipway_ml.errors import InputError
from slipway_ml.parquetread import is_parquet, parquet_rows

_DELIMITERS = (",", ";", "\t", "|")
_TRUE = {"true", "1"}
_FALSE = {"false", "0"}
# validate-data's cells.ts: ASCII digits only, no underscores, no spaces inside.
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", re.ASCII)
_NON_FINITE = re.compile(r"[+-]?(nan|inf|infinity)", re.IGNORECASE)
# What JavaScript's String.prototype.trim removes (validate-data trims with it).
_SPACE = (
    "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000\ufeff"
)


class _BadValueError(Exception):
    def __init__(self, check: str, what: str, fix: str) -> None:
        super().__init__(what)
        self.check = check
        self.what = what
        self.fix = fix


def read_csv(file: Path, contract: dict[str, Any]) -> pd.DataFrame:
    if not file.is_file():
        raise InputError(str(file), "data file not found", "check the path")
    parquet = is_parquet(file)
    columns: list[dict[str, Any]] = contract["columns"]
    header = parquet or contract.get("format", {}).get("header", True)
    delimiter = contract.get("format", {}).get("delimiter", ",")
    rows = iter(
        [Record(n, fields) for n, fields in parquet_rows(file)]
        if parquet
        else read_records(file, delimiter, header)
    )
    unit = "row" if parquet else "line"
    first = next(rows, None)
    if first is None:
        empty = file.stat().st_size == 0
        raise DataFileError(
            "empty-file" if empty else "header",
            str(file),
            "file is empty" if empty else "only blank lines",
            "provide a CSV with a header and data rows",
        )
    if header:
        if not parquet:
            _check_delimiter(file, first, delimiter)
        order = _match_header(file, first, columns)
        data: Iterable[Record] = rows
        width = len(first.fields)
    else:
        order = list(range(len(columns)))
        data = _chain(first, rows)
        width = len(columns)
    try:
        frame = _parse_rows(file, data, columns, order, width, unit)
    except DataFileError as error:
        if header or error.line_number != first.line:
            raise
        raise DataFileError(
            error.check,
            error.where,
            error.what,
            f"{error.fix}; if line {first.line} is a header, set format.header: true",
            line=error.line_number,
            column=error.column,
        ) from None
    min_rows = contract.get("min_rows", 1)
    if len(frame) < min_rows:
        raise DataFileError(
            "min-rows",
            str(file),
            f"{len(frame)} data rows, the contract asks for at least {min_rows}",
            "provide more rows (or lower min_rows in the contract)",
        )
    return frame


def _chain(first: Record, rest: Iterable[Record]) -> Iterable[Record]:
    yield first
    yield from rest


def _check_delimiter(file: Path, record: Record, delimiter: str) -> None:
    """A header of one field that splits on another usual delimiter (validate-data's sniff)."""
    if len(record.fields) != 1:
        return
    text = record.fields[0]
    counts = [(text.count(d), -i, d) for i, d in enumerate(_DELIMITERS)]
    count, _, guess = max(counts)
    if count == 0 or guess == delimiter:
        return
    raise DataFileError(
        "delimiter",
        f"{file}: line {record.line}",
        f"the file uses {guess!r} but the contract says {delimiter!r}",
        f"save the file with {delimiter!r} between fields (or set format.delimiter)",
        line=record.line,
    )


def _match_header(file: Path, record: Record, columns: list[dict[str, Any]]) -> list[int]:
    where = f"{file}: line {record.line} (header)"
    header = [name.strip(_SPACE) for name in record.fields]
    seen: dict[str, int] = {}
    for i, name in enumerate(header):
        if name == "":
            raise DataFileError(
                "empty-column-name",
                where,
                f"column {i + 1} of the header has no name",
                "name it or remove the column",
                line=record.line,
            )
        if name in seen:
            raise DataFileError(
                "duplicate-column-name",
                where,
                f"columns {seen[name] + 1} and {i + 1} are both named {name!r}"
                " (spaces around names are ignored)",
                "rename or remove one",
                line=record.line,
                column=name,
            )
        seen[name] = i
    order: list[int] = []
    missing: list[str] = []
    for column in columns:
        wanted = column["name"]
        if wanted in seen:
            order.append(seen[wanted])
            continue
        loose = next((n for n in header if n.lower() == wanted.lower()), None)
        if loose is None:
            missing.append(wanted)
            continue
        raise DataFileError(
            "header-name-mismatch",
            where,
            f"header {loose!r} differs from contract column {wanted!r} only in case",
            f"rename it to {wanted!r}",
            line=record.line,
            column=wanted,
        )
    if missing:
        raise DataFileError(
            "missing-columns",
            where,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(header)})",
            "add the column(s), or check the header spelling",
            line=record.line,
        )
    return order


def _parse_rows(
    file: Path,
    rows: Iterable[Record],
    columns: list[dict[str, Any]],
    order: list[int],
    width: int,
    unit: str,
) -> pd.DataFrame:
    values: list[list[Any]] = [[] for _ in columns]
    for record in rows:
        fields = record.fields
        if len(fields) != width:
            raise DataFileError(
                "field-count",
                f"{file}: {unit} {record.line}",
                f"{len(fields)} fields, expected {width}",
                "fix the row (a missing or extra delimiter?)",
                line=record.line,
            )
        for k, column in enumerate(columns):
            try:
                values[k].append(_parse_value(fields[order[k]].strip(_SPACE), column))
            except _BadValueError as bad:
                raise DataFileError(
                    bad.check,
                    f"{file}: {unit} {record.line}, column '{column['name']}'",
                    bad.what,
                    bad.fix,
                    line=record.line,
                    column=column["name"],
                ) from None
    return pd.DataFrame({c["name"]: _as_array(v, c) for c, v in zip(columns, values, strict=True)})


def _parse_value(text: str, column: dict[str, Any]) -> Any:
    if text == "":
        if column.get("nullable", False):
            return None
        raise _BadValueError(
            "nulls", "empty value", "fill it in (the contract says the column is not nullable)"
        )
    kind = column["type"]
    if kind in ("integer", "number"):
        return _parse_number(text, column)
    if kind == "category":
        if text not in column["categories"]:
            allowed = ", ".join(column["categories"])
            raise _BadValueError("category", f"unknown category {text!r}", f"use one of: {allowed}")
        return text
    if kind == "boolean":
        lower = text.lower()
        if lower in _TRUE or lower in _FALSE:
            return lower in _TRUE
        raise _BadValueError("type", f"{text!r} is not a boolean", "use true, false, 1 or 0")
    return text


def _parse_number(text: str, column: dict[str, Any]) -> float | int:
    integer = column["type"] == "integer"
    if _NON_FINITE.fullmatch(text):
        raise _BadValueError(
            "non-finite", f"{text!r} is not a finite number", "replace NaN/Inf with a real value"
        )
    value = float(text) if _NUMBER.fullmatch(text) else math.nan
    if math.isnan(value) or (integer and not value.is_integer()):
        raise _BadValueError(
            "type",
            f"{text!r} is not {'an integer' if integer else 'a number'}",
            "fix the value (if this row is a header, set format.header: true in the contract)",
        )
    if not math.isfinite(value):
        raise _BadValueError(
            "non-finite", f"{text!r} is beyond a double's range", "write a smaller value"
        )
    low, high = column.get("min"), column.get("max")
    if (low is not None and value < low) or (high is not None and value > high):
        raise _BadValueError(
            "range",
            f"{text} is outside the allowed range [{low}, {high}]",
            "fix the value (or the range in the dataset contract)",
        )
    return int(value) if integer else value


def _as_array(values: list[Any], column: dict[str, Any]) -> Any:
    has_null = any(v is None for v in values)
    kind = column["type"]
    if kind == "integer" and not has_null and _fits_int64(values):
        return np.asarray(values, dtype=np.int64)
    if kind in ("integer", "number"):
        return np.asarray([np.nan if v is None else v for v in values], dtype=np.float64)
    # NaN marks a missing value in every column kind: one convention for the imputers.
    return pd.array([np.nan if v is None else v for v in values], dtype=object)


def _fits_int64(values: list[int]) -> bool:
    return not values or (min(values) >= -(2**63) and max(values) < 2**63)
