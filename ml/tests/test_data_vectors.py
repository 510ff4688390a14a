"""The shared data-file vectors (schemas/vectors/data): the trainer's reader accepts each
accepted file with exactly the given values and refuses each refused one with validate-data's
check id, line and column. validate-data runs the same list (data-vectors.test.ts)."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
import yaml

from slipway_ml.csvread import read_csv
from slipway_ml.csvrecords import DataFileError

from .conftest import REPO

VECTORS = REPO / "schemas" / "vectors" / "data"
CASES = json.loads((VECTORS / "manifest.json").read_text())["cases"]


def contract(case: dict[str, Any]) -> dict[str, Any]:
    doc: dict[str, Any] = yaml.safe_load((VECTORS / case["contract"]).read_text())
    return doc


def plain(value: Any) -> Any:
    """A frame cell as JSON would hold it (NaN is null)."""
    if isinstance(value, float) and math.isnan(value):
        return None
    return value.item() if hasattr(value, "item") else value


@pytest.mark.parametrize("case", [c for c in CASES if c["accept"]], ids=lambda c: c["name"])
def test_accepted_vector(case: dict[str, Any]) -> None:
    frame = read_csv(VECTORS / case["file"], contract(case))
    rows = [[plain(v) for v in row] for row in frame.itertuples(index=False)]
    assert rows == case["rows"]
    assert list(frame.columns) == [c["name"] for c in contract(case)["columns"]]


@pytest.mark.parametrize("case", [c for c in CASES if not c["accept"]], ids=lambda c: c["name"])
def test_refused_vector(case: dict[str, Any]) -> None:
    file: Path = VECTORS / case["file"]
    with pytest.raises(DataFileError) as caught:
        read_csv(file, contract(case))
    error, expected = caught.value, case["error"]
    assert error.check == expected["check"], str(error)
    assert error.line_number == expected.get("line"), str(error)
    if "column" in expected:
        assert error.column == expected["column"]
    for text in expected.get("mentions", []):
        assert text in str(error)
    assert error.where.startswith(str(file)) and error.fix, "names the file and says how to fix it"


def test_the_vectors_cover_both_outcomes() -> None:
    assert sum(c["accept"] for c in CASES) >= 5
    assert sum(not c["accept"] for c in CASES) >= 20
