"""Parquet files as the same rows of text the CSV reader produces, so one set of contract
checks (types, ranges, categories, nulls) applies to both formats. Row 0 is the column names;
data rows are numbered from 1."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from slipway_ml.errors import InputError

MAGIC = b"PAR1"


def is_parquet(file: Path) -> bool:
    if not file.is_file():
        return False
    with file.open("rb") as handle:
        return handle.read(4) == MAGIC


def parquet_rows(file: Path) -> list[tuple[int, list[str]]]:
    import pyarrow.parquet as pq  # imported here: only Parquet inputs need it

    try:
        table = pq.read_table(file)
    except Exception as exc:  # pyarrow raises several types for a damaged file
        raise InputError(str(file), f"not a readable Parquet file ({exc})", "rewrite it") from exc
    columns = [table.column(i).to_pylist() for i in range(table.num_columns)]
    rows: list[tuple[int, list[str]]] = [(0, [str(name) for name in table.column_names])]
    for index in range(table.num_rows):
        rows.append((index + 1, [_text(column[index]) for column in columns]))
    return rows


def _text(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
