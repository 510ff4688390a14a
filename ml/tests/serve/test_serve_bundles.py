"""Loading a bundle: folder, .tar.gz and s3:// (moto in server mode); missing, partial and
incompatible bundles keep the server alive and not ready, with the file and the fix."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path

import boto3
import pytest
import yaml

from .conftest import ROW, TrainedBundle, copy_bundle, make_client

NOT_READY = "/readyz"


def not_ready_reason(bundle: str | Path | None) -> str:
    with make_client(bundle) as client:
        ready = client.get(NOT_READY)
        assert ready.status_code == 503
        predict = client.post("/api/v1/predict", json={"features": ROW})
        assert predict.status_code == 503
        assert predict.json()["detail"].startswith("No model is loaded: ")
        assert client.get("/api/v1/model").status_code == 503
        assert client.get("/healthz").status_code == 200
        body = ready.json()
        assert body["status"] == "not-ready"
        reason: str = body["reason"]
        return reason


def test_tarball_serves_the_same_model(xgb_bundle: TrainedBundle) -> None:
    with make_client(xgb_bundle.tarball) as client:
        assert client.get(NOT_READY).json()["model_version"] == xgb_bundle.version
        unpacked = client.app.state.model_state.model.bundle.folder  # type: ignore[attr-defined]
        assert unpacked != xgb_bundle.folder and unpacked.is_dir()
        assert client.post("/api/v1/predict", json={"features": ROW}).status_code == 200
    assert not unpacked.exists()  # the unpacked copy is removed at shutdown


def test_s3_bundle(xgb_bundle: TrainedBundle, aws_env: str) -> None:
    s3 = boto3.client("s3")
    s3.create_bucket(Bucket="models")
    s3.upload_file(str(xgb_bundle.tarball), "models", "houses/bundle.tar.gz")
    with make_client("s3://models/houses/bundle.tar.gz") as client:
        assert client.get(NOT_READY).json()["model_version"] == xgb_bundle.version
    reason = not_ready_reason("s3://models/houses/missing.tar.gz")
    assert reason.startswith("s3://models/houses/missing.tar.gz: S3 error 404")
    assert "upload the bundle tarball first" in reason
    assert not_ready_reason("s3://models").startswith("s3://models: an s3 URI needs a bucket")


def test_no_bundle_given() -> None:
    assert not_ready_reason(None) == "no bundle given: set --bundle or SLIPWAY_BUNDLE"


def test_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    assert not_ready_reason(missing) == (
        f"{missing}: no such file or folder — pass a bundle folder, .tar.gz or s3:// URI"
    )


@pytest.mark.parametrize("name", ["calibration.json", "model.joblib", "input_schema.json"])
def test_partial_bundle(xgb_bundle: TrainedBundle, tmp_path: Path, name: str) -> None:
    folder = copy_bundle(xgb_bundle, tmp_path / "b")
    (folder / name).unlink()
    assert not_ready_reason(folder) == (
        f"{folder / name}: missing: the bundle is partial — use a complete bundle"
    )


BREAKS: dict[str, Callable[[Path], None]] = {
    "manifest.json": lambda f: _edit_json(
        f / "manifest.json", ["libraries", "scikit-learn"], "0.24.2"
    ),
    "model.joblib": lambda f: (f / "model.joblib").write_bytes(b"not a pickle"),
    "calibration.json": lambda f: _edit_json(f / "calibration.json", ["method"], "bootstrap"),
    "metrics.json": lambda f: (f / "metrics.json").write_text("{"),
}  # fmt: skip


def _edit_json(file: Path, path: list[str], value: object) -> None:
    document = json.loads(file.read_text())
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    file.write_text(json.dumps(document))


@pytest.mark.parametrize("name", sorted(BREAKS))
def test_incompatible_bundle(xgb_bundle: TrainedBundle, tmp_path: Path, name: str) -> None:
    folder = copy_bundle(xgb_bundle, tmp_path / "b")
    BREAKS[name](folder)
    reason = not_ready_reason(folder)
    assert reason.startswith(f"{folder / name}: ")
    assert " — " in reason  # the fix follows


def _edit_yaml(file: Path, path: list[str | int], value: object) -> None:
    document = yaml.safe_load(file.read_text())
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    file.write_text(yaml.safe_dump(document))


# A document that parses but breaks its schema: (edit, schema, the field the reason names).
OFF_SCHEMA: dict[str, tuple[Callable[[Path], None], str, str]] = {
    "manifest.json": (
        lambda f: _edit_json(f / "manifest.json", ["version"], ""),
        "bundle-manifest", "version: String should have at least 1 character",
    ),
    "metrics.json": (
        lambda f: _edit_json(f / "metrics.json", ["n_test"], -1),
        "metrics-file", "n_test: Input should be greater than or equal to 0",
    ),
    "fingerprint.json": (
        lambda f: _edit_json(f / "fingerprint.json", ["sha256"], "abc"),
        "data-fingerprint", "sha256: String should match pattern",
    ),
    "training_profile.json": (
        lambda f: _edit_json(f / "training_profile.json", ["version"], 3),
        "data-profile", "version: Input should be 2",
    ),
    "spec.yaml": (
        lambda f: _edit_yaml(f / "spec.yaml", ["gates", 0, "op"], "=~"),
        "model-project", "gates.0.op: Input should be",
    ),
    "contract.yaml": (
        lambda f: _edit_yaml(f / "contract.yaml", ["columns", 0, "type"], "float"),
        "dataset-contract", "columns.0.type: Input should be",
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(OFF_SCHEMA))
def test_document_off_its_schema_is_refused(
    xgb_bundle: TrainedBundle, tmp_path: Path, name: str
) -> None:
    folder = copy_bundle(xgb_bundle, tmp_path / "b")
    edit, schema, field = OFF_SCHEMA[name]
    edit(folder)
    reason = not_ready_reason(folder)
    assert reason.startswith(f"{folder / name}: does not match schemas/{schema}.schema.json: ")
    assert field in reason
    assert reason.endswith(
        " — retrain the bundle with this trainer version, or serve it from a matching image"
    )


def test_bad_bundle_is_one_log_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, xgb_bundle: TrainedBundle
) -> None:
    folder = copy_bundle(xgb_bundle, tmp_path / "b")
    (folder / "model.joblib").unlink()
    with caplog.at_level(logging.INFO, logger="slipway.serve"):
        not_ready_reason(folder)
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and errors[0].getMessage() == "bundle not loaded"
    assert errors[0].file == str(folder / "model.joblib")  # type: ignore[attr-defined]
    assert errors[0].fix == "use a complete bundle"  # type: ignore[attr-defined]
