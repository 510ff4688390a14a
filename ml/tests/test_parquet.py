"""Parquet data: the same contract checks and the same frame as the equivalent CSV."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from slipway_ml.csvread import read_csv
from slipway_ml.errors import InputError

from .conftest import CliResult, Workspace, generate_csv, house_contract


def to_parquet(csv: Path, out: Path, edit: Callable[[pd.DataFrame], None] | None = None) -> Path:
    frame = pd.read_csv(csv)
    if edit is not None:
        edit(frame)
    # Columns in another order than the contract's: Parquet columns are matched by name.
    frame[list(reversed(frame.columns))].to_parquet(out, index=False)
    return out


def test_a_parquet_file_reads_into_the_same_frame_as_its_csv(tmp_path: Path) -> None:
    csv = generate_csv(tmp_path / "houses.csv", rows=120)
    parquet = to_parquet(csv, tmp_path / "houses.parquet")
    contract = house_contract()
    pd.testing.assert_frame_equal(read_csv(parquet, contract), read_csv(csv, contract))


def test_a_bad_parquet_value_names_the_row_and_column(tmp_path: Path) -> None:
    csv = generate_csv(tmp_path / "houses.csv", rows=50)

    def shrink(frame: pd.DataFrame) -> None:
        frame.loc[2, "sqft"] = 12

    parquet = to_parquet(csv, tmp_path / "bad.parquet", shrink)
    with pytest.raises(InputError) as caught:
        read_csv(parquet, house_contract())
    assert caught.value.line().startswith(f"{parquet}: row 3, column 'sqft': 12 is outside")


def test_a_parquet_file_missing_a_column_is_named(tmp_path: Path) -> None:
    csv = generate_csv(tmp_path / "houses.csv", rows=20)

    def drop_condition(frame: pd.DataFrame) -> None:
        del frame["condition"]

    parquet = to_parquet(csv, tmp_path / "bad.parquet", drop_condition)
    with pytest.raises(InputError, match="missing column\\(s\\) condition"):
        read_csv(parquet, house_contract())


def test_training_on_a_parquet_file(
    workspace: Workspace, run_cli: Callable[[list[str]], CliResult], tmp_path: Path
) -> None:
    parquet = to_parquet(workspace.data_file, tmp_path / "houses.parquet")
    out = tmp_path / "out"
    result = run_cli(workspace.args(out, "--data", str(parquet)))
    assert result.code == 0, result.err
    bundle = Path(json.loads((out / "result.json").read_text())["bundle_dir"])
    fingerprint = json.loads((bundle / "fingerprint.json").read_text())
    assert fingerprint["rows"] == 300
