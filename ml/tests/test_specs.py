"""The shared schema vectors, and the semantic checks the schema cannot express."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from slipway_ml.errors import InputError
from slipway_ml.settings import Settings
from slipway_ml.specs import (
    check_project_against_contract,
    load_contract,
    load_project,
    read_contract,
    read_project,
    validate_document,
)

from .conftest import REPO, house_contract, small_project

VECTORS = REPO / "schemas" / "vectors"
CASES = json.loads((VECTORS / "manifest.json").read_text())["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_schema_vector(case: dict[str, Any]) -> None:
    file = VECTORS / case["file"]
    doc = yaml.safe_load(file.read_text())
    if case["valid"]:
        validate_document(doc, case["schema"], file, Settings.from_env())
        return
    with pytest.raises(InputError) as caught:
        validate_document(doc, case["schema"], file, Settings.from_env())
    assert caught.value.where == f"{file}: {case['path']}"


def test_shipped_specs_are_valid() -> None:
    for name in ("abalone", "house-prices"):
        load_project(REPO / "ml" / "projects" / f"{name}.yaml", Settings.from_env())


def test_the_typed_readers_keep_the_files_integers_and_fractions() -> None:
    settings = Settings.from_env()
    project = read_project(REPO / "ml" / "projects" / "house-prices.yaml", settings)
    forest = next(c for c in project.candidates if c.model == "random_forest")
    trees = (forest.params or {})["n_estimators"]
    assert (trees, type(trees)) == (200, int)
    assert (project.dataset, project.split.test_fraction) == ("house-prices", 0.2)
    contract = read_contract(REPO / "data" / "house-prices" / "contract.yaml", settings)
    sqft = next(c for c in contract.columns if c.name == "sqft")
    assert (sqft.min, type(sqft.min), sqft.max) == (400, int, 10000)


def write(tmp_path: Path, spec: dict[str, Any]) -> Path:
    file = tmp_path / "project.yaml"
    file.write_text(yaml.safe_dump(spec))
    return file


def test_duplicate_candidate_names(tmp_path: Path) -> None:
    spec = small_project("houses")
    spec["candidates"][1]["name"] = "lin"
    with pytest.raises(InputError, match="duplicate candidate name 'lin'") as caught:
        load_project(write(tmp_path, spec), Settings.from_env())
    assert caught.value.where.endswith("candidates[1]")


def test_derived_input_must_be_a_column() -> None:
    spec = small_project("houses")
    spec["features"]["derived"][1]["inputs"] = ["bedrooms", "bathroms"]
    with pytest.raises(InputError, match="unknown column 'bathroms'") as caught:
        check_project_against_contract(Path("p.yaml"), spec, house_contract())
    assert caught.value.where == "p.yaml: features.derived[1].inputs[1]"


def test_derived_feature_from_the_target_is_a_leak() -> None:
    spec = small_project("houses")
    spec["features"]["derived"][1]["inputs"] = ["price", "sqft"]
    with pytest.raises(InputError, match="target leakage"):
        check_project_against_contract(Path("p.yaml"), spec, house_contract())


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    file = tmp_path / "bad.yaml"
    file.write_text("project: x\ncandidates: [\n")
    with pytest.raises(InputError, match="not valid YAML") as caught:
        load_project(file, Settings.from_env())
    assert caught.value.where.startswith(f"{file}: line ")


@pytest.mark.parametrize(
    ("edit", "where", "what"),
    [
        (
            lambda c: c["columns"][0].update(max_null_rate=0.1),
            "columns[0].max_null_rate",
            "applies to nullable columns only",
        ),
        (
            lambda c: c.update(checks={"leakage": {"exempt": ["sqft", "sqtf"]}}),
            "checks.leakage.exempt[1]",
            "'sqtf' is not a column",
        ),
        (
            lambda c: c.update(checks={"drift": {"psi_warning": 0.3, "psi_error": 0.2}}),
            "checks.drift.psi_warning",
            "psi_warning 0.3 is greater than psi_error 0.2",
        ),
    ],
)
def test_contract_checks_block_semantics_match_validate_data(
    tmp_path: Path, edit: Any, where: str, what: str
) -> None:
    contract = house_contract()
    edit(contract)
    file = tmp_path / "contract.yaml"
    file.write_text(yaml.safe_dump(contract))
    with pytest.raises(InputError) as caught:
        load_contract(file, Settings.from_env())
    assert caught.value.where == f"{file}: {where}"
    assert what in caught.value.line()
