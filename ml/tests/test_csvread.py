"""Contract-driven CSV reading: what is accepted, and every rejection naming where and how
to fix it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
import yaml

from slipway_ml.csvread import read_csv
from slipway_ml.errors import InputError

from .conftest import MIRROR, REPO, house_contract

HEADER = "sqft,bedrooms,bathrooms,location,condition,year_built,price"
GOOD_ROW = "1500,3,2.0,Suburb,Good,1990,350000"


def write(tmp_path: Path, text: str, name: str = "houses.csv") -> Path:
    file = tmp_path / name
    file.write_text(text, encoding="utf-8")
    return file


def rows(*lines: str, header: str = HEADER) -> str:
    return "\n".join([header, *lines]) + "\n"


def contract(**changes: Any) -> dict[str, Any]:
    doc = house_contract()
    doc["min_rows"] = 1
    doc.update(changes)
    return doc


def test_the_original_84_row_file_reads_despite_blank_first_line_and_column_order() -> None:
    frame = read_csv(MIRROR / "house-prices" / "house_data.csv", contract())
    assert len(frame) == 84
    assert list(frame.columns) == [c["name"] for c in house_contract()["columns"]]
    assert frame["price"].iloc[0] == 495000
    assert frame["location"].iloc[0] == "Suburb"


def test_bom_blank_lines_and_header_order(tmp_path: Path) -> None:
    text = "\ufeff\n" + rows(
        "", "350000,3,2.0,Suburb,Good,1990,1500", header=HEADER.replace("sqft", "X")
    )
    text = text.replace("X", "price").replace(",price\n", ",sqft\n", 1)
    frame = read_csv(write(tmp_path, text), contract())
    assert frame["sqft"].tolist() == [1500]
    assert frame["price"].tolist() == [350000.0]
    assert frame["sqft"].dtype == np.int64


def test_headerless_file_in_contract_order() -> None:
    abalone = yaml.safe_load((REPO / "data" / "abalone" / "contract.yaml").read_text())
    frame = read_csv(MIRROR / "abalone" / "abalone.data", abalone)
    assert frame.shape == (4177, 9)
    assert frame["Rings"].iloc[0] == 15 and frame["Sex"].iloc[0] == "M"


def test_a_header_in_a_headerless_file_says_how_to_fix_it() -> None:
    abalone = yaml.safe_load((REPO / "data" / "abalone" / "contract.yaml").read_text())
    with pytest.raises(InputError) as caught:
        read_csv(MIRROR / "abalone" / "abalone.csv", abalone)
    assert caught.value.where.endswith("abalone.csv: line 1, column 'Sex'")
    assert "format.header: true" in caught.value.fix


BAD_FILES = [
    ("empty", "", "", "file is empty"),
    ("only blank lines", "\n\n\r\n", "", "only blank lines"),
    ("zero rows", HEADER + "\n\n", "", "0 data rows"),
    ("wrong delimiter", rows(GOOD_ROW).replace(",", ";"), ": line 1", "uses ';' but the contract"),
    ("missing column", rows(GOOD_ROW.rsplit(",", 1)[0], header=HEADER.rsplit(",", 1)[0]),
     ": line 1 (header)", "missing column(s) price"),
    ("wrong type", rows(GOOD_ROW, "abc,3,2.0,Suburb,Good,1990,350000"),
     ": line 3, column 'sqft'", "'abc' is not an integer"),
    ("not an integer", rows("1500.5,3,2.0,Suburb,Good,1990,350000"),
     ": line 2, column 'sqft'", "not an integer"),
    ("NaN", rows("1500,3,NaN,Suburb,Good,1990,350000"),
     ": line 2, column 'bathrooms'", "not a finite number"),
    ("Inf", rows("1500,3,2.0,Suburb,Good,1990,inf"),
     ": line 2, column 'price'", "not a finite number"),
    ("unknown category", rows("1500,3,2.0,Moon,Good,1990,350000"),
     ": line 2, column 'location'", "unknown category 'Moon'"),
    ("blank value", rows("1500,3,2.0,Suburb,,1990,350000"),
     ": line 2, column 'condition'", "empty value"),
    ("out of range", rows("50,3,2.0,Suburb,Good,1990,350000"),
     ": line 2, column 'sqft'", "outside the allowed range [400, 10000]"),
    ("short row", rows("1500,3,2.0,Suburb,Good,1990"), ": line 2", "6 fields, expected 7"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "where", "what"), [c[1:] for c in BAD_FILES],
                         ids=[c[0] for c in BAD_FILES])  # fmt: skip
def test_bad_file_is_rejected_with_location_and_fix(
    tmp_path: Path, text: str, where: str, what: str
) -> None:
    file = write(tmp_path, text)
    with pytest.raises(InputError) as caught:
        read_csv(file, contract())
    assert caught.value.where == f"{file}{where}"
    assert what in caught.value.what
    assert caught.value.fix, "every error says how to fix it"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="data file not found"):
        read_csv(tmp_path / "nope.csv", contract())


def test_min_rows(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="at least 50"):
        read_csv(write(tmp_path, rows(GOOD_ROW)), contract(min_rows=50))


def test_nullable_column_reads_empty_as_nan(tmp_path: Path) -> None:
    doc = contract()
    doc["columns"][2]["nullable"] = True
    frame = read_csv(write(tmp_path, rows("1500,3,,Suburb,Good,1990,350000")), doc)
    assert np.isnan(frame["bathrooms"].iloc[0])


def test_nullable_category_reads_empty_as_nan_and_trains(tmp_path: Path) -> None:
    from slipway_ml.features import build_pipeline
    from slipway_ml.models import build_estimator

    doc = contract()
    doc["columns"][3]["nullable"] = True
    lines = [f"{1000 + 10 * i},3,2.0,{'' if i % 4 == 0 else 'Suburb'},Good,1990,{300000 + i}"
             for i in range(20)]  # fmt: skip
    frame = read_csv(write(tmp_path, rows(*lines)), doc)
    assert frame["location"].isna().sum() == 5
    project = {"features": {}, "preprocessing": {"numeric": "standard"}}
    estimator = build_estimator("linear_regression", {}, 1, 1, "candidates[0]")
    pipeline = build_pipeline(project, doc, estimator).fit(frame.drop(columns="price"),
                                                          frame["price"])  # fmt: skip
    inputs = pipeline[:-1].transform(frame.drop(columns="price"))
    location_block = inputs[:, -10:-4]  # one-hot location, then condition's 4 columns
    assert (location_block.sum(axis=1) == 1).all(), "missing values imputed, not dropped"
