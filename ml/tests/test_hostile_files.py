"""The catalogue of hostile shapes for the trainer's reader: each file is written to a temp
folder (a few MiB at most) and refused by the reading limit it breaks, at the line its record
starts on, without reading further; within the limits, read to the end. The same shapes run
against validate-data (actions/validate-data/test/hostile.test.ts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from slipway_ml.csvread import read_csv
from slipway_ml.csvrecords import LIMITS, DataFileError

from .conftest import house_contract

HEADER = "sqft,bedrooms,bathrooms,location,condition,year_built,price"
ROW = "1500,3,2,Suburb,Good,1990,450000"
MIB = 1 << 20


def refused(tmp_path: Path, data: bytes) -> DataFileError:
    file = tmp_path / "hostile.csv"
    file.write_bytes(data)
    contract = house_contract()
    contract["min_rows"] = 1
    with pytest.raises(DataFileError) as caught:
        read_csv(file, contract)
    assert caught.value.fix, "says how to fix it"
    return caught.value


SHAPES = [
    ("long line without a newline", f"{HEADER}\n".encode() + b"a" * 8 * MIB,
     "record-too-long", 2, str(LIMITS.record_bytes)),
    ("half a million fields", f"{HEADER}\n{ROW}\n".encode() + b"," * 500_000 + b"\n",
     "too-many-fields", 3, str(LIMITS.fields)),
    ("millions of fields", f"{HEADER}\n".encode() + b"," * 3_000_000 + b"\n",
     "record-too-long", 2, str(LIMITS.record_bytes)),
    ("huge header", b"column," * 2 * MIB + f"\n{ROW}\n".encode(),
     "header-too-long", 1, str(LIMITS.header_bytes)),
    ("too many columns after blank lines",
     b"\n\n\n" + ",".join(f"c{i}" for i in range(12_000)).encode() + f"\n{ROW}\n".encode(),
     "too-many-columns", 4, str(LIMITS.columns)),
    ("quote never closed across the file",
     f'{HEADER}\n{ROW}\n1500,3,2,Suburb,Good,1990,"'.encode() + f"{ROW}\n".encode() * 100_000,
     "record-too-long", 3, str(LIMITS.record_bytes)),
    ("long line at the end of valid rows",
     f"{HEADER}\n".encode() + f"{ROW}\n".encode() * 1_000 + b"9" * (MIB + 1) + b"\n",
     "record-too-long", 1_002, str(LIMITS.record_bytes)),
]  # fmt: skip


@pytest.mark.parametrize(("data", "check", "line", "limit"), [s[1:] for s in SHAPES],
                         ids=[s[0] for s in SHAPES])  # fmt: skip
def test_hostile_shape_is_refused_by_its_limit(
    tmp_path: Path, data: bytes, check: str, line: int, limit: str
) -> None:
    error = refused(tmp_path, data)
    assert (error.check, error.line_number) == (check, line), str(error)
    assert limit in error.what


def test_a_record_of_exactly_the_limit_is_read(tmp_path: Path) -> None:
    """The limit counts a record's bytes with its line end; one byte more is refused."""
    note = "x" * (LIMITS.record_bytes - len(ROW) - 2)
    contract = house_contract()
    contract["min_rows"] = 1
    contract["columns"].append({"name": "note", "type": "string"})
    file = tmp_path / "edge.csv"
    file.write_text(f"{HEADER},note\n{ROW},{note}\n")
    assert read_csv(file, contract)["note"].iloc[0] == note
    file.write_text(f"{HEADER},note\n{ROW},{note}x\n")
    with pytest.raises(DataFileError) as caught:
        read_csv(file, contract)
    assert (caught.value.check, caught.value.line_number) == ("record-too-long", 2)


def test_many_rows_with_thousands_of_columns_are_read(tmp_path: Path) -> None:
    extra = "".join(f",e{i}" for i in range(3_000))
    values = ",1" * 3_000
    rows = [f"{1000 + i},3,2,Suburb,Good,1990,{450000 + i}{values}" for i in range(300)]
    file = tmp_path / "wide.csv"
    file.write_text("\n".join([HEADER + extra, *rows]) + "\n")
    contract = house_contract()
    contract["min_rows"] = 1
    frame = read_csv(file, contract)
    assert frame.shape == (300, 7)
