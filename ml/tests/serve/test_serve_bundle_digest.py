"""Verified bundles: the server checks the tarball's sha256 (or the folder's SHA256SUMS and
every file against it) against SLIPWAY_BUNDLE_SHA256 before unpickling anything. A tampered
bundle, whose model.joblib runs code when unpickled (it creates a marker file), is refused
from a folder, a .tar.gz and s3:// (moto) without that code running; the right digest loads."""

from __future__ import annotations

import hashlib
import pickle
import tarfile
from pathlib import Path
from typing import Any

import boto3
import pytest
from pydantic import ValidationError

from slipway_ml.serve.settings import ServeSettings

from .conftest import ROW, TrainedBundle, copy_bundle, make_client


def sha256(file: Path) -> str:
    return hashlib.sha256(file.read_bytes()).hexdigest()


class _CreatesMarker:
    """Unpickling this opens (creates) a file: any code could run the same way."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[Any, ...]:
        return (open, (str(self.marker), "w"))


def tamper_model(folder: Path, marker: Path) -> None:
    (folder / "model.joblib").write_bytes(pickle.dumps(_CreatesMarker(marker)))


def pack(folder: Path, tarball: Path) -> Path:
    with tarfile.open(tarball, "w:gz") as archive:
        for file in sorted(folder.iterdir()):
            archive.add(file, arcname=file.name)
    return tarball


def served(bundle: str | Path, **settings: Any) -> tuple[int, dict[str, Any]]:
    with make_client(bundle, **settings) as client:
        ready = client.get("/readyz")
        if ready.status_code == 200:
            assert client.post("/api/v1/predict", json={"features": ROW}).status_code == 200
        return ready.status_code, ready.json()


def test_the_attack_runs_code_when_nothing_is_verified(
    xgb_bundle: TrainedBundle, tmp_path: Path
) -> None:
    """Why the digest matters: without one, the tampered model.joblib's code runs."""
    marker = tmp_path / "ran"
    folder = copy_bundle(xgb_bundle, tmp_path / "bundle")
    tamper_model(folder, marker)
    status, _ = served(folder)
    assert status == 503 and marker.exists()


def test_folder_with_its_manifest_digest_loads(xgb_bundle: TrainedBundle) -> None:
    digest = sha256(xgb_bundle.folder / "SHA256SUMS")
    status, body = served(xgb_bundle.folder, bundle_sha256=digest, require_bundle_digest=True)
    assert status == 200 and body["model_version"] == xgb_bundle.version


def test_tampered_folder_is_refused_before_unpickling(
    xgb_bundle: TrainedBundle, tmp_path: Path
) -> None:
    digest = sha256(xgb_bundle.folder / "SHA256SUMS")
    marker = tmp_path / "ran"
    folder = copy_bundle(xgb_bundle, tmp_path / "bundle")
    tamper_model(folder, marker)
    status, body = served(folder, bundle_sha256=digest, require_bundle_digest=True)
    assert status == 503 and not marker.exists()
    found = sha256(folder / "model.joblib")
    wanted = next(
        line.split()[0]
        for line in (folder / "SHA256SUMS").read_text().splitlines()
        if line.endswith("  model.joblib")
    )
    assert body["reason"].startswith(
        f"{folder}/model.joblib: the file's sha256 {found} does not match the expected {wanted}"
    )
    # The attacker rewrites SHA256SUMS to match: then the manifest's own digest differs.
    lines = [
        f"{found}  model.joblib" if line.endswith("  model.joblib") else line
        for line in (folder / "SHA256SUMS").read_text().splitlines()
    ]
    (folder / "SHA256SUMS").write_text("\n".join(lines) + "\n")
    status, body = served(folder, bundle_sha256=digest)
    manifest = sha256(folder / "SHA256SUMS")
    assert status == 503 and not marker.exists()
    assert (
        f"SHA256SUMS: the manifest's sha256 {manifest} does not match the expected {digest}"
        " (SLIPWAY_BUNDLE_SHA256)"
    ) in body["reason"]


def test_folder_with_an_unlisted_file_or_no_manifest_is_refused(
    xgb_bundle: TrainedBundle, tmp_path: Path
) -> None:
    digest = sha256(xgb_bundle.folder / "SHA256SUMS")
    folder = copy_bundle(xgb_bundle, tmp_path / "bundle")
    (folder / "extra.pkl").write_bytes(b"x")
    status, body = served(folder, bundle_sha256=digest)
    assert status == 503 and "extra.pkl: is not listed in SHA256SUMS" in body["reason"]
    (folder / "extra.pkl").unlink()
    (folder / "SHA256SUMS").unlink()
    status, body = served(folder, bundle_sha256=digest)
    assert status == 503
    assert body["reason"].startswith(f"{folder}/SHA256SUMS: missing: a bundle folder is verified")


def test_tarball_digest_loads_and_a_tampered_tarball_is_refused(
    xgb_bundle: TrainedBundle, tmp_path: Path
) -> None:
    digest = sha256(xgb_bundle.tarball)
    status, body = served(xgb_bundle.tarball, bundle_sha256=digest, require_bundle_digest=True)
    assert status == 200 and body["model_version"] == xgb_bundle.version
    marker = tmp_path / "ran"
    folder = copy_bundle(xgb_bundle, tmp_path / "bundle")
    tamper_model(folder, marker)
    tampered = pack(folder, tmp_path / "tampered.tar.gz")
    (tmp_path / "work").mkdir()
    status, body = served(tampered, bundle_sha256=digest, work_dir=str(tmp_path / "work"))
    assert status == 503 and not marker.exists()
    assert body["reason"] == (
        f"{tampered}: the archive's sha256 {sha256(tampered)} does not match the expected"
        f" {digest} (SLIPWAY_BUNDLE_SHA256): the bundle is not the one that was approved — deploy"
        " the bundle the pipeline gated (its train-model output bundle-sha256, the production"
        " record's bundle_sha256), or set SLIPWAY_BUNDLE_SHA256 to this bundle's digest"
    )
    assert list((tmp_path / "work").iterdir()) == []  # nothing unpacked or left behind


def test_s3_bundle_is_verified(xgb_bundle: TrainedBundle, tmp_path: Path, aws_env: str) -> None:
    s3 = boto3.client("s3")
    s3.create_bucket(Bucket="verified-models")
    s3.upload_file(str(xgb_bundle.tarball), "verified-models", "houses/bundle.tar.gz")
    digest = sha256(xgb_bundle.tarball)
    uri = "s3://verified-models/houses/bundle.tar.gz"
    status, body = served(uri, bundle_sha256=digest, require_bundle_digest=True)
    assert status == 200 and body["model_version"] == xgb_bundle.version
    marker = tmp_path / "ran"
    folder = copy_bundle(xgb_bundle, tmp_path / "bundle")
    tamper_model(folder, marker)
    s3.upload_file(
        str(pack(folder, tmp_path / "t.tar.gz")), "verified-models", "houses/bundle.tar.gz"
    )
    status, body = served(uri, bundle_sha256=digest, require_bundle_digest=True)
    assert status == 503 and not marker.exists()
    assert body["reason"].startswith(f"{uri}: the archive's sha256 {sha256(tmp_path / 't.tar.gz')}")
    assert f"does not match the expected {digest}" in body["reason"]


def test_a_required_digest_that_is_missing_refuses_to_load(xgb_bundle: TrainedBundle) -> None:
    status, body = served(xgb_bundle.tarball, require_bundle_digest=True)
    assert status == 503
    assert body["reason"] == (
        f"{xgb_bundle.tarball}: no expected digest: SLIPWAY_REQUIRE_BUNDLE_DIGEST is true and"
        " SLIPWAY_BUNDLE_SHA256 is not set — set SLIPWAY_BUNDLE_SHA256 to the bundle's sha256"
        " (train-model's output bundle-sha256, the production record's bundle_sha256)"
    )


def test_the_digest_setting_must_be_a_sha256(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLIPWAY_BUNDLE_SHA256", "ABC")
    with pytest.raises(ValidationError, match="must be 64 lowercase hexadecimal digits"):
        ServeSettings()
    monkeypatch.setenv("SLIPWAY_BUNDLE_SHA256", "")
    assert ServeSettings().bundle_sha256 is None


def test_the_trainer_lists_every_file_in_the_manifest(xgb_bundle: TrainedBundle) -> None:
    listed = {
        line.split("  ", 1)[1]: line.split("  ", 1)[0]
        for line in (xgb_bundle.folder / "SHA256SUMS").read_text().splitlines()
    }
    files = {p.name for p in xgb_bundle.folder.iterdir()} - {"SHA256SUMS"}
    assert set(listed) == files
    assert all(listed[name] == sha256(xgb_bundle.folder / name) for name in files)
    with tarfile.open(xgb_bundle.tarball) as archive:
        assert "SHA256SUMS" in archive.getnames()
