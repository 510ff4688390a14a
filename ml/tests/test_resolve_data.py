"""`resolve-data`: the project's dataset as a local file (the runner validates it, then
trains on the same bytes), and s3 sources against moto in server mode."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import boto3
import pytest
import yaml

from slipway_ml.data_resolve import data_root_for

from .conftest import REPO, CliResult, Workspace

HOUSE_PROJECT = REPO / "ml" / "projects" / "house-prices.yaml"


def resolve(run_cli: Callable[[list[str]], CliResult], ws: Workspace) -> CliResult:
    return run_cli(
        ["resolve-data", "--project", str(ws.project_file), "--data-root", str(ws.data_root)]
    )


def test_a_path_source_resolves_to_the_file_itself(
    workspace: Workspace, run_cli: Callable[[list[str]], CliResult]
) -> None:
    result = resolve(run_cli, workspace)
    assert result.code == 0, result.err
    assert result.out.strip() == str(workspace.data_file.resolve())


def test_a_generator_source_prints_the_generated_file_alone_on_stdout(
    run_cli: Callable[[list[str]], CliResult],
) -> None:
    result = run_cli(["resolve-data", "--project", str(HOUSE_PROJECT)])
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert len(lines) == 1
    path = Path(lines[0])
    assert path.is_file()
    assert path.read_text().splitlines()[0].split(",")[0] == "sqft"


def test_a_missing_dataset_contract_is_a_clear_input_error(
    workspace: Workspace, run_cli: Callable[[list[str]], CliResult], tmp_path: Path
) -> None:
    empty = tmp_path / "nothing"
    empty.mkdir()
    result = run_cli(
        ["resolve-data", "--project", str(workspace.project_file), "--data-root", str(empty)]
    )
    assert result.code == 2
    assert f"no contract for 'houses' at {empty}" in result.err
    assert "--data-root" in result.err


def s3_contract(ws: Workspace, uri: str) -> dict[str, Any]:
    contract: dict[str, Any] = yaml.safe_load(ws.contract_file.read_text())
    contract["source"] = {"kind": "s3", "uri": uri}
    return contract


def test_an_s3_source_is_downloaded_once_and_cached(
    workspace: Workspace,
    run_cli: Callable[[list[str]], CliResult],
    aws_env: str,
) -> None:
    s3 = boto3.client("s3", endpoint_url=aws_env)
    s3.create_bucket(Bucket="slipway-data")
    s3.upload_file(str(workspace.data_file), "slipway-data", "houses/2026-11/houses.csv")
    workspace.write_contract(s3_contract(workspace, "s3://slipway-data/houses/2026-11/houses.csv"))
    first = resolve(run_cli, workspace)
    assert first.code == 0, first.err
    local = Path(first.out.strip())
    assert local.read_bytes() == workspace.data_file.read_bytes()
    assert local.suffix == ".csv"
    stamp = local.stat().st_mtime_ns
    assert Path(resolve(run_cli, workspace).out.strip()) == local
    assert local.stat().st_mtime_ns == stamp, "the second resolve reuses the cached object"
    assert not [p for p in local.parent.iterdir() if p.name.startswith(".")], "no temp files left"


@pytest.mark.parametrize(
    ("uri", "expected"),
    [
        ("s3://slipway-data/houses/missing.csv", "no such object"),
        ("s3://no-such-bucket-here/houses.csv", "no such"),
    ],
)
def test_a_missing_s3_object_names_the_uri(
    workspace: Workspace,
    run_cli: Callable[[list[str]], CliResult],
    aws_env: str,
    uri: str,
    expected: str,
) -> None:
    s3 = boto3.client("s3", endpoint_url=aws_env)
    s3.create_bucket(Bucket="slipway-data")
    workspace.write_contract(s3_contract(workspace, uri))
    result = resolve(run_cli, workspace)
    assert result.code == 2
    assert uri in result.err
    assert expected in result.err


def test_training_reads_an_s3_source(
    workspace: Workspace,
    run_cli: Callable[[list[str]], CliResult],
    aws_env: str,
    tmp_path: Path,
) -> None:
    s3 = boto3.client("s3", endpoint_url=aws_env)
    s3.create_bucket(Bucket="slipway-train")
    s3.upload_file(str(workspace.data_file), "slipway-train", "houses.csv")
    workspace.write_contract(s3_contract(workspace, "s3://slipway-train/houses.csv"))
    out = tmp_path / "out"
    result = run_cli(workspace.args(out))
    assert result.code == 0, result.err
    bundle = Path(json.loads((out / "result.json").read_text())["bundle_dir"])
    fingerprint = json.loads((bundle / "fingerprint.json").read_text())
    assert fingerprint["source"] == "s3:s3://slipway-train/houses.csv"


def test_resolve_data_downloads_an_s3_uri_given_directly(
    workspace: Workspace, run_cli: Callable[[list[str]], CliResult], aws_env: str
) -> None:
    s3 = boto3.client("s3", endpoint_url=aws_env)
    s3.create_bucket(Bucket="slipway-arrivals")
    s3.upload_file(str(workspace.data_file), "slipway-arrivals", "abalone/new.csv")
    result = run_cli(["resolve-data", "--uri", "s3://slipway-arrivals/abalone/new.csv"])
    assert result.code == 0, result.err
    assert Path(result.out.strip()).read_bytes() == workspace.data_file.read_bytes()
    bad = run_cli(["resolve-data", "--uri", "https://example.invalid/x.csv"])
    assert bad.code == 2
    assert "not an s3:// URI" in bad.err


def test_a_spec_outside_the_repository_finds_its_own_contract_and_data(
    tmp_path: Path,
) -> None:
    """Copied with its dataset folder outside the repository (and run from the repository, as
    the runner does), a spec reads the contract next to it, not the repository's one of the
    same name."""
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "specs").mkdir(parents=True)
    spec = elsewhere / "specs" / "my.yaml"
    shutil.copy(HOUSE_PROJECT, spec)
    shutil.copytree(REPO / "data" / "house-prices", elsewhere / "data" / "house-prices")
    contract_file = elsewhere / "data" / "house-prices" / "contract.yaml"
    contract = yaml.safe_load(contract_file.read_text())
    contract["source"] = {"kind": "path", "path": "houses.csv"}
    contract_file.write_text(yaml.safe_dump(contract, sort_keys=False))
    (elsewhere / "data" / "house-prices" / "houses.csv").write_text("sqft\n1\n")
    env = {**os.environ, "GITHUB_WORKSPACE": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-m", "slipway_ml", "resolve-data", "--project", str(spec)],
        cwd=REPO, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(elsewhere / "data" / "house-prices" / "houses.csv")


def test_the_data_root_is_the_nearest_data_folder_above_the_spec(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "repo" / "data").mkdir(parents=True)
    (tmp_path / "repo" / "ml" / "projects").mkdir(parents=True)
    assert data_root_for(tmp_path / "repo" / "ml" / "projects" / "a.yaml") == (
        tmp_path / "repo" / "data"
    )
    assert data_root_for(tmp_path / "repo" / "a.yaml") == tmp_path / "repo" / "data"
    # No data/ folder above the spec: the workspace's.
    lone = tmp_path / "lone"
    lone.mkdir()
    monkeypatch.setenv("GITHUB_WORKSPACE", str(tmp_path / "ws"))
    if not any((p / "data").is_dir() for p in lone.parents):
        assert data_root_for(lone / "a.yaml") == tmp_path / "ws" / "data"


def _versioned_arrival(aws_env: str, body: bytes) -> tuple[str, str]:
    s3 = boto3.client("s3", endpoint_url=aws_env)
    s3.create_bucket(Bucket="slipway-data-arrived")
    s3.put_bucket_versioning(
        Bucket="slipway-data-arrived", VersioningConfiguration={"Status": "Enabled"}
    )
    first = s3.put_object(Bucket="slipway-data-arrived", Key="incoming/abalone/new.csv", Body=body)
    # A later upload under the same key: the payload's version must still be what is read.
    s3.put_object(Bucket="slipway-data-arrived", Key="incoming/abalone/new.csv", Body=b"x,y\n1,2\n")
    return "s3://slipway-data-arrived/incoming/abalone/new.csv", str(first["VersionId"])


def test_resolve_data_reads_the_payloads_version_and_checks_its_sha256(
    workspace: Workspace, run_cli: Callable[[list[str]], CliResult], aws_env: str
) -> None:
    body = workspace.data_file.read_bytes()
    uri, version = _versioned_arrival(aws_env, body)
    digest = hashlib.sha256(body).hexdigest()
    result = run_cli(["resolve-data", "--uri", uri, "--version-id", version, "--sha256", digest])
    assert result.code == 0, result.err
    assert Path(result.out.strip()).read_bytes() == body


def test_resolve_data_refuses_a_download_whose_sha256_differs(
    workspace: Workspace, run_cli: Callable[[list[str]], CliResult], aws_env: str
) -> None:
    uri, version = _versioned_arrival(aws_env, workspace.data_file.read_bytes())
    tampered = "0" * 64
    result = run_cli(["resolve-data", "--uri", uri, "--version-id", version, "--sha256", tampered])
    assert result.code == 2
    assert result.out.strip() == ""
    assert f"the manifest says {tampered}" in result.err
    assert f"(version {version})" in result.err
    bad = run_cli(["resolve-data", "--uri", uri, "--sha256", "ABC"])
    assert bad.code == 2
    assert '"ABC" is not 64 lowercase hex digits' in bad.err
