"""Split options: exact duplicates never straddle the split, `group_by` keeps a group on one
side (and in one CV fold), `stratify` keeps the test mix; without them the split is the
seeded row split it always was."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from sklearn.model_selection import train_test_split

from slipway_ml.csvread import read_csv
from slipway_ml.errors import InputError
from slipway_ml.specs import check_project_against_contract
from slipway_ml.train import split_data

from .conftest import CliResult, Workspace, generate_csv, house_contract, small_project

Run = Callable[[list[str]], CliResult]


def houses(tmp_path: Path, rows: int = 400) -> pd.DataFrame:
    return read_csv(generate_csv(tmp_path / "h.csv", rows=rows), house_contract())


def row_keys(frame: pd.DataFrame) -> set[tuple[Any, ...]]:
    return set(frame.itertuples(index=False, name=None))


def test_without_options_the_split_is_the_old_row_split(tmp_path: Path) -> None:
    frame = houses(tmp_path)
    split = split_data(frame, small_project("h"), house_contract(), 42)
    features = [c for c in frame.columns if c != "price"]
    old = train_test_split(frame[features], frame["price"], test_size=0.2, random_state=42)
    assert split.x_test.index.tolist() == old[1].index.tolist()
    assert split.groups_train is None


def test_exact_duplicates_never_straddle(tmp_path: Path) -> None:
    frame = houses(tmp_path)
    # Every tenth house is sold twice with identical records (validate-data may only warn).
    doubled = pd.concat([frame, frame.iloc[::10]], ignore_index=True)
    spec = small_project("h")
    contract = house_contract()
    with_target = lambda s, part: pd.concat([part, doubled.loc[part.index, ["price"]]], axis=1)  # noqa: E731
    # The old row split put some copies on both sides: the failing case.
    features = [c for c in doubled.columns if c != "price"]
    old_train, old_test = train_test_split(doubled[features], test_size=0.2, random_state=42)
    assert row_keys(old_train) & row_keys(old_test)
    split = split_data(doubled, spec, contract, 42)
    assert not row_keys(with_target(split, split.x_train)) & row_keys(
        with_target(split, split.x_test)
    )
    assert len(split.x_train) + len(split.x_test) == len(doubled)
    assert split.groups_train is not None  # CV folds keep the copies together too


def test_group_by_keeps_each_group_on_one_side(tmp_path: Path) -> None:
    frame = houses(tmp_path)
    frame["street"] = np.arange(len(frame)) % 37  # 37 streets of ~11 houses
    spec = small_project("h")
    spec["split"]["group_by"] = "street"
    contract = house_contract()
    contract["columns"].append({"name": "street", "type": "integer"})
    spec["features"]["exclude"] = ["street"]
    split = split_data(frame, spec, contract, 7)
    train_streets = set(frame.loc[split.x_train.index, "street"])
    test_streets = set(frame.loc[split.x_test.index, "street"])
    assert not train_streets & test_streets and train_streets | test_streets == set(range(37))
    assert 0.1 < len(split.x_test) / len(frame) < 0.3


def test_stratify_by_target_quantiles_and_by_category(tmp_path: Path) -> None:
    frame = houses(tmp_path, rows=600)
    contract = house_contract()
    spec = small_project("h")
    spec["split"]["stratify"] = {"target_quantiles": 5}
    split = split_data(frame, spec, contract, 3)
    bins = np.quantile(frame["price"], [0.2, 0.4, 0.6, 0.8])
    counts = np.bincount(np.searchsorted(bins, split.y_test, side="right"), minlength=5)
    assert counts.max() - counts.min() <= 2  # 24 of each fifth of prices, give or take
    spec["split"]["stratify"] = {"column": "location"}
    split = split_data(frame, spec, contract, 3)
    shares = split.x_test["location"].value_counts(normalize=True)
    overall = frame["location"].value_counts(normalize=True)
    assert (shares - overall).abs().max() < 0.02


def test_split_columns_are_checked_against_the_contract(tmp_path: Path) -> None:
    spec = small_project("h")
    spec["split"]["group_by"] = "street"
    with pytest.raises(InputError, match=r"p.yaml: split.group_by: 'street' is not a column"):
        check_project_against_contract(Path("p.yaml"), spec, house_contract())
    spec["split"] = {**spec["split"], "group_by": "location", "stratify": {"column": "sqft"}}
    with pytest.raises(InputError, match=r"split.stratify.column: 'sqft' is not a category column"):
        check_project_against_contract(Path("p.yaml"), spec, house_contract())


def test_grouped_training_runs_end_to_end(
    workspace: Workspace, run_cli: Run, tmp_path: Path
) -> None:
    spec = small_project("houses")
    spec["split"]["group_by"] = "year_built"  # houses of one year stay together
    spec["split"]["stratify"] = {"target_quantiles": 3}
    workspace.write_project(spec)
    result = run_cli(workspace.args(tmp_path / "out"))
    assert result.code == 0, result.err
    assert "[slipway] cv: lin fold 3/3" in result.out


def test_a_stratum_too_small_is_a_clear_error(
    workspace: Workspace, run_cli: Run, tmp_path: Path
) -> None:
    spec = small_project("houses")
    spec["split"]["group_by"] = "location"  # six groups: two go to the test side
    spec["split"]["stratify"] = {"target_quantiles": 3}
    workspace.write_project(spec)
    result = run_cli(workspace.args(tmp_path / "out"))
    assert result.code == 2
    assert (
        "split.stratify: The test_size = 2 should be greater or equal to the number of classes = 3"
        in result.err
    )
    assert "— use fewer quantile bins or another column" in result.err
