"""MLflow with a real SQLite store: the default store of a run, opened by MLflow 3's client with
no opt-in; each trained bundle a version of the registered model named after the project; the
`mlflow-alias` command a deploy runs."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from .conftest import CliResult, Workspace

Run = Callable[[list[str]], CliResult]


def load(file: Path) -> Any:
    return json.loads(file.read_text())


def train(workspace: Workspace, run_cli: Run, out: Path, *extra: str) -> dict[str, Any]:
    result = run_cli(workspace.args(out, *extra))
    assert result.code == 0, result.err
    paths: dict[str, Any] = load(out / "result.json")
    return paths


def client(uri: str) -> Any:
    from mlflow.tracking import MlflowClient

    return MlflowClient(tracking_uri=uri, registry_uri=uri)


def test_default_store_is_sqlite_and_registers_the_bundle(
    workspace: Workspace, run_cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MLFLOW_ALLOW_FILE_STORE", raising=False)
    monkeypatch.chdir(tmp_path)  # MLflow's own default would put artifacts in ./mlruns here
    out = tmp_path / "out"
    paths = train(workspace, run_cli, out)
    database = (out / "mlflow.db").resolve()
    assert paths["tracking_uri"] == f"sqlite:///{database}"
    assert sqlite3.connect(database).execute("select count(*) from registered_models").fetchone()
    assert "MLFLOW_ALLOW_FILE_STORE" not in os.environ
    assert not (tmp_path / "mlruns").exists()

    mlflow = client(paths["tracking_uri"])
    version = mlflow.get_model_version("small-houses", paths["mlflow_model_version"])
    assert paths["mlflow_model_version"] == "1"
    assert version.run_id == paths["mlflow_run_id"]
    assert version.tags["slipway.version"] == paths["version"]
    assert version.source.startswith((out / "mlartifacts").resolve().as_uri())
    artifacts = {a.path for a in mlflow.list_artifacts(paths["mlflow_run_id"], "bundle")}
    assert "bundle/model.joblib" in artifacts and "bundle/metrics.json" in artifacts
    # The empty store is migrated once and kept for the next run folder.
    assert list(Path(os.environ["SLIPWAY_CACHE_DIR"], "mlflow").glob("empty-store-*.db"))


def test_versions_and_aliases_in_one_store(
    workspace: Workspace, run_cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = f"sqlite:///{(tmp_path / 'shared' / 'mlflow.db').resolve()}"
    (tmp_path / "shared").mkdir()
    monkeypatch.setenv("MLFLOW_TRACKING_URI", store)
    first = train(workspace, run_cli, tmp_path / "one")
    second = train(workspace, run_cli, tmp_path / "two", "--seed", "7")
    assert (first["mlflow_model_version"], second["mlflow_model_version"]) == ("1", "2")
    assert first["version"] != second["version"]

    by_model_version = run_cli(
        ["mlflow-alias", "--project", "small-houses", "--version", first["version"],
         "--alias", "production"]
    )  # fmt: skip
    assert by_model_version.code == 0, by_model_version.err
    assert (
        by_model_version.out.strip()
        == f"mlflow: small-houses alias production -> version 1 ({store})"
    )
    by_number = run_cli(
        ["mlflow-alias", "--project", "small-houses", "--version", "2", "--alias", "staging",
         "--tracking-uri", store]
    )  # fmt: skip
    assert by_number.code == 0, by_number.err

    mlflow = client(store)
    assert str(mlflow.get_model_version_by_alias("small-houses", "production").version) == "1"
    staging = mlflow.get_model_version_by_alias("small-houses", "staging")
    assert staging.tags["slipway.version"] == second["version"]
    # A later deploy moves the alias.
    assert run_cli(
        ["mlflow-alias", "--project", "small-houses", "--version", second["version"],
         "--alias", "production"]
    ).code == 0  # fmt: skip
    assert str(mlflow.get_model_version_by_alias("small-houses", "production").version) == "2"


def test_alias_errors_name_the_fix(
    workspace: Workspace, run_cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = train(workspace, run_cli, tmp_path / "out")
    uri = paths["tracking_uri"]
    base = ["mlflow-alias", "--project", "small-houses", "--tracking-uri", uri]
    unknown = run_cli([*base, "--version", "small-houses-000000000000", "--alias", "staging"])
    assert unknown.code == 2
    assert unknown.err.strip() == (
        f"error: {uri}: registered model small-houses: no version was trained as "
        "small-houses-000000000000 — give a model version the trainer logged to this tracking store"
    )
    wrong_alias = run_cli([*base, "--version", "1", "--alias", "champion"])
    assert wrong_alias.code == 2
    assert wrong_alias.err.strip() == 'error: --alias: "champion" is not one of staging, production'
    missing = run_cli([*base, "--version", "9", "--alias", "staging"])
    assert missing.code == 2 and "check --project, --version and --tracking-uri" in missing.err
    monkeypatch.delenv("MLFLOW_TRACKING_URI", raising=False)
    no_store = run_cli(
        ["mlflow-alias", "--project", "small-houses", "--version", "1", "--alias", "staging"]
    )
    assert no_store.code == 2 and "MLFLOW_TRACKING_URI is not set" in no_store.err
