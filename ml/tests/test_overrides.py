"""Hyperparameter overrides (`train --overrides JSON`, the workflow_dispatch input)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from slipway_ml.errors import InputError
from slipway_ml.overrides import apply_overrides, parse_overrides

from .conftest import CliResult, Workspace, final_entries, small_project


@pytest.mark.parametrize(
    ("text", "where", "what"),
    [
        ("{xgb: 1}", "--overrides", "not JSON"),
        ("[1, 2]", "--overrides", "must be a JSON object"),
        ('{"xgb": 3}', "--overrides: xgb", "must be an object"),
        ('{"xgb": {"max_depth": [1, 2]}}', "--overrides: xgb.max_depth", "must be a number"),
    ],
)
def test_malformed_overrides_are_named(text: str, where: str, what: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_overrides(text)
    assert caught.value.where == where
    assert what in caught.value.line()


def test_overrides_merge_into_the_named_candidate_only() -> None:
    spec = small_project("houses")
    result = apply_overrides(spec, {"xgb": {"max_depth": 2, "learning_rate": 0.2}})
    xgb = next(c for c in result["candidates"] if c["name"] == "xgb")
    assert xgb["params"] == {"n_estimators": 30, "max_depth": 2, "learning_rate": 0.2}
    assert spec["candidates"][1]["params"]["max_depth"] == 3, "the input spec is not changed"
    with pytest.raises(InputError, match="use one of: lin, xgb, rf"):
        apply_overrides(spec, {"xgboost": {"max_depth": 2}})


def test_training_with_overrides_records_them_in_the_bundle(
    workspace: Workspace, run_cli: Callable[[list[str]], CliResult], tmp_path: Path
) -> None:
    spec = small_project("houses")
    spec["candidates"] = [c for c in spec["candidates"] if c["name"] == "xgb"]
    workspace.write_project(spec)
    out = tmp_path / "out"
    result = run_cli(workspace.args(out, "--overrides", '{"xgb": {"max_depth": 2}}'))
    assert result.code == 0, result.err
    bundle = Path(json.loads((out / "result.json").read_text())["bundle_dir"])
    resolved = yaml.safe_load((bundle / "spec.yaml").read_text())
    assert resolved["candidates"][0]["params"]["max_depth"] == 2
    plain = tmp_path / "plain"
    assert run_cli(workspace.args(plain)).code == 0
    assert json.loads((plain / "result.json").read_text())["version"] != bundle.name


def test_an_unknown_parameter_fails_before_anything_is_written(
    workspace: Workspace, run_cli: Callable[[list[str]], CliResult], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    result = run_cli(workspace.args(out, "--overrides", '{"xgb": {"max_dpth": 2}}'))
    assert result.code == 2
    assert "max_dpth" in result.err
    assert final_entries(out) == []
