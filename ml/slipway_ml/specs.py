"""Load a dataset contract or model project spec: YAML, JSON Schema, then semantic checks.

`read_project` and `read_contract` give the checked document as its model generated from the
schema (ModelProjectSpec, DatasetContract); `load_project` and `load_contract` give it as the
mapping the file holds, for the code that still reads dicts, that overrides the spec, or that
hashes and copies what the file says into the bundle (the model's dump would add defaults).

Errors read `<file>: <path>: <message>` with `<path>` as dotted keys and `[i]` list items,
the same format as the TypeScript validator (shared vectors in schemas/vectors/).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from slipway_ml.document_models import Document, DocumentReadError, parse_document
from slipway_ml.errors import InputError
from slipway_ml.generated.dataset_contract import DatasetContract
from slipway_ml.generated.model_project import ModelProjectSpec
from slipway_ml.settings import Settings

Spec = dict[str, Any]


def read_project(file: Path, settings: Settings) -> ModelProjectSpec:
    return _as_model(file, ModelProjectSpec, load_project(file, settings))


def read_contract(file: Path, settings: Settings) -> DatasetContract:
    return _as_model(file, DatasetContract, load_contract(file, settings))


def _as_model(file: Path, model: type[Document], doc: Spec) -> Document:
    try:
        return parse_document(model, doc, str(file))
    except DocumentReadError as exc:
        raise InputError(exc.file, exc.what, "see the schema named in the message") from exc


def load_contract(file: Path, settings: Settings) -> Spec:
    doc = _load_validated(file, "dataset-contract", settings)
    _check_contract(file, doc)
    return doc


def load_project(file: Path, settings: Settings) -> Spec:
    doc = _load_validated(file, "model-project", settings)
    _check_project(file, doc)
    return doc


def validate_document(doc: Any, schema_name: str, file: Path, settings: Settings) -> None:
    """Raise InputError for the first schema violation (in document order)."""
    validator = _validator(settings.schema_dir / f"{schema_name}.schema.json")
    errors = sorted(validator.iter_errors(doc), key=lambda e: [str(p) for p in e.absolute_path])
    if errors:
        path, message = _describe(errors[0])
        fix = _FIXES.get(errors[0].validator, f"see schemas/{schema_name}.schema.json")
        raise InputError(f"{file}: {path}", message, fix)


def read_yaml(file: Path) -> Any:
    if not file.is_file():
        raise InputError(str(file), "file not found", "check the path or the project name")
    try:
        return yaml.safe_load(file.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "YAML"
        raise InputError(f"{file}: {where}", f"not valid YAML ({exc})", "fix the syntax") from exc


def _load_validated(file: Path, schema_name: str, settings: Settings) -> Spec:
    doc = read_yaml(file)
    if not isinstance(doc, dict):
        raise InputError(f"{file}: ", "expected a mapping at the top level", "see the schema")
    validate_document(doc, schema_name, file, settings)
    return doc


@cache
def _validator(schema_file: Path) -> jsonschema.Draft202012Validator:
    if not schema_file.is_file():
        raise InputError(str(schema_file), "schema not found", "set SLIPWAY_SCHEMA_DIR")
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


_FIXES = {
    "additionalProperties": "remove or correct the key (check its spelling)",
    "required": "add the key",
    "enum": "use one of the allowed values",
}


def _describe(error: jsonschema.ValidationError) -> tuple[str, str]:
    """The error's path (naming the offending key itself) and a one-line message."""
    parts = list(error.absolute_path)
    message = error.message
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = set(error.schema.get("properties", {}))
        extra = [k for k in error.instance if k not in allowed]
        parts.append(extra[0])
        message = f"unknown key '{extra[0]}' (allowed: {', '.join(sorted(allowed))})"
    elif error.validator == "required" and isinstance(error.instance, dict):
        missing = [k for k in error.validator_value if k not in error.instance]
        parts.append(missing[0])
        message = f"required key '{missing[0]}' is missing"
    return format_path(parts), message


def format_path(parts: Iterable[str | int]) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _check_contract(file: Path, doc: Spec) -> None:
    names = [c["name"] for c in doc["columns"]]
    _unique(file, "columns", names, "column name")
    if doc["target"] not in names:
        raise InputError(f"{file}: target", f"'{doc['target']}' is not a column", "name a column")
    for i, column in enumerate(doc["columns"]):
        if "min" in column and "max" in column and column["min"] > column["max"]:
            raise InputError(f"{file}: columns[{i}].min", "min is above max", "swap them")
    for i, key in enumerate(doc.get("primary_key", [])):
        if key not in names:
            raise InputError(f"{file}: primary_key[{i}]", f"'{key}' is not a column", "fix it")
    _check_contract_checks(file, doc, names)


def _check_contract_checks(file: Path, doc: Spec, names: list[str]) -> None:
    """The semantic rules of the `checks` block, as validate-data's loader applies them."""
    for i, column in enumerate(doc["columns"]):
        if "max_null_rate" in column and column.get("nullable") is not True:
            raise InputError(
                f"{file}: columns[{i}].max_null_rate",
                "applies to nullable columns only",
                "set nullable: true or remove it",
            )
    checks = doc.get("checks", {})
    for i, column in enumerate(checks.get("leakage", {}).get("exempt", [])):
        if column not in names:
            raise InputError(
                f"{file}: checks.leakage.exempt[{i}]", f"'{column}' is not a column", "fix it"
            )
    drift = checks.get("drift", {})
    warning, error = drift.get("psi_warning"), drift.get("psi_error")
    if warning is not None and error is not None and warning > error:
        raise InputError(
            f"{file}: checks.drift.psi_warning",
            f"psi_warning {warning} is greater than psi_error {error}",
            "make the warning threshold the lower one",
        )


def _check_project(file: Path, doc: Spec) -> None:
    _unique(file, "candidates", [c["name"] for c in doc["candidates"]], "candidate name")
    derived = doc.get("features", {}).get("derived", [])
    _unique(file, "features.derived", [d["name"] for d in derived], "derived feature name")
    _check_deploy(file, doc.get("deploy", {}))


def _check_deploy(file: Path, deploy: Spec) -> None:
    sagemaker = deploy.get("sagemaker")
    if sagemaker is not None and deploy.get("target", "ecs") != "sagemaker":
        raise InputError(
            f"{file}: deploy.sagemaker",
            "SageMaker settings for a project served on ECS",
            "set deploy.target: sagemaker, or remove deploy.sagemaker",
        )
    if sagemaker is not None and "serverless" in sagemaker and "instance_type" in sagemaker:
        raise InputError(
            f"{file}: deploy.sagemaker.serverless",
            "a variant is serverless or runs on instances, not both",
            "remove serverless or instance_type",
        )


def _unique(file: Path, where: str, values: list[str], what: str) -> None:
    seen: set[str] = set()
    for i, value in enumerate(values):
        if value in seen:
            raise InputError(f"{file}: {where}[{i}]", f"duplicate {what} '{value}'", "rename it")
        seen.add(value)


def _check_split_columns(
    project_file: Path, split: Spec, columns: dict[str, Spec], contract: Spec
) -> None:
    dataset = contract["dataset"]
    group_by = split.get("group_by")
    if group_by is not None and (group_by not in columns or group_by == contract["target"]):
        raise InputError(
            f"{project_file}: split.group_by",
            f"'{group_by}' is not a column of dataset '{dataset}' other than the target",
            "name the column whose rows belong together",
        )
    column = split.get("stratify", {}).get("column")
    if column is not None and columns.get(column, {}).get("type") != "category":
        raise InputError(
            f"{project_file}: split.stratify.column",
            f"'{column}' is not a category column of dataset '{dataset}'",
            "name a category column, or use target_quantiles",
        )


def check_project_against_contract(project_file: Path, project: Spec, contract: Spec) -> None:
    """Checks the schema cannot express: names in the project must exist in the contract."""
    columns = {c["name"]: c for c in contract["columns"]}
    target = contract["target"]
    _check_split_columns(project_file, project["split"], columns, contract)
    features = project.get("features", {})
    for i, name in enumerate(features.get("exclude", [])):
        if name not in columns or name == target:
            where = f"{project_file}: features.exclude[{i}]"
            raise InputError(where, f"'{name}' is not an input column", "remove it")
    known = {n for n, c in columns.items() if n != target}
    for i, item in enumerate(features.get("derived", [])):
        where = f"{project_file}: features.derived[{i}]"
        if item["name"] in columns:
            raise InputError(f"{where}.name", f"'{item['name']}' is already a column", "rename")
        for j, name in enumerate(item["inputs"]):
            if name == target:
                raise InputError(
                    f"{where}.inputs[{j}]",
                    f"uses the target '{target}' (target leakage)",
                    "derive features from input columns only",
                )
            if name not in known:
                raise InputError(f"{where}.inputs[{j}]", f"unknown column '{name}'", "fix it")
            kind = columns[name]["type"] if name in columns else "number"
            if kind not in ("integer", "number"):
                raise InputError(f"{where}.inputs[{j}]", f"'{name}' is not numeric", "fix it")
        known.add(item["name"])
