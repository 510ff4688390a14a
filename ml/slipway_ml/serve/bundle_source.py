"""A bundle reference (folder, .tar.gz or s3://bucket/key.tar.gz) as a local folder, its
digest checked (bundle_digest.py) before it is used.

Archives are unpacked into a fresh temporary folder (tarfile's `data` filter refuses links
and paths that leave it); s3 objects are downloaded with boto3, whose endpoint comes from
AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL like every other AWS client. With an expected digest,
what is checked is a private copy (the download, or a copy of the local tarball or folder), so
the files loaded are the files checked even if the original changes meanwhile."""

from __future__ import annotations

import os
import shutil
import tarfile
import tempfile
from pathlib import Path
from typing import Any

from slipway_ml.errors import InputError
from slipway_ml.s3 import parse_s3_uri, s3_client
from slipway_ml.serve.bundle_digest import ExpectedDigest, check_archive, check_folder
from slipway_ml.serve.errors import BundleError


def materialise(
    reference: str, work_dir: Path | None, expected: ExpectedDigest | None = None
) -> tuple[Path, bool]:
    """The bundle's folder, and whether it is a temporary copy of ours to delete at the end."""
    expected = expected or ExpectedDigest()
    expected.check_given(reference)
    path = Path(reference)
    if reference.startswith("s3://"):
        archive = _download(reference, work_dir)
    elif path.is_dir():
        if expected.sha256 is None:
            return path, False
        copy = _private_copy(path, work_dir)
        try:
            check_folder(copy, expected, reference)
        except BaseException:
            shutil.rmtree(copy, ignore_errors=True)
            raise
        return copy, True
    elif not path.exists():
        raise BundleError(
            reference, "no such file or folder", "pass a bundle folder, .tar.gz or s3:// URI"
        )
    elif expected.sha256 is None:
        return _unpack(path, work_dir, reference), True
    else:
        archive = _private_file(path, work_dir)
    try:
        check_archive(archive, expected, reference)
        return _unpack(archive, work_dir, reference), True
    finally:
        archive.unlink(missing_ok=True)


def _private_copy(folder: Path, work_dir: Path | None) -> Path:
    target = Path(tempfile.mkdtemp(prefix="slipway-bundle-", dir=work_dir))
    try:
        shutil.copytree(folder, target, dirs_exist_ok=True)
    except BaseException:
        shutil.rmtree(target, ignore_errors=True)
        raise
    return target


def _private_file(archive: Path, work_dir: Path | None) -> Path:
    fd, name = tempfile.mkstemp(prefix="slipway-bundle-", suffix=".tar.gz", dir=work_dir)
    os.close(fd)
    shutil.copyfile(archive, name)
    return Path(name)


def _unpack(archive: Path, work_dir: Path | None, reference: str) -> Path:
    target = Path(tempfile.mkdtemp(prefix="slipway-bundle-", dir=work_dir))
    try:
        with tarfile.open(archive, "r:*") as tar:
            tar.extractall(target, filter="data")
    except (tarfile.TarError, OSError, EOFError) as exc:
        raise BundleError(
            reference,
            f"not a readable bundle archive ({exc})",
            "pass the <version>.tar.gz the trainer wrote, or the bundle folder",
        ) from exc
    return target


def _download(uri: str, work_dir: Path | None) -> Path:
    try:
        bucket, key = parse_s3_uri(uri)
    except InputError as exc:
        raise BundleError(uri, exc.what, exc.fix) from exc
    fd, name = tempfile.mkstemp(prefix="slipway-bundle-", suffix=".tar.gz", dir=work_dir)
    os.close(fd)
    client: Any = s3_client()
    try:
        _explained_download(client, uri, bucket, key, name)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)


def _explained_download(client: Any, uri: str, bucket: str, key: str, name: str) -> None:
    from botocore.exceptions import BotoCoreError, ClientError

    try:
        client.download_file(bucket, key, name)
    except ClientError as exc:
        code = str(exc.response.get("Error", {}).get("Code", ""))
        raise BundleError(uri, f"S3 error {code or exc}", _s3_fix(code)) from exc
    except BotoCoreError as exc:
        raise BundleError(
            uri, f"could not reach S3 ({exc})", "check AWS_ENDPOINT_URL_S3 and credentials"
        ) from exc


def _s3_fix(code: str) -> str:
    if code in {"404", "NoSuchKey", "NotFound"}:
        return "check the key, or upload the bundle tarball first"
    if code == "NoSuchBucket":
        return "check the bucket name and region"
    if code in {"403", "AccessDenied", "Forbidden"}:
        return "the task role needs s3:GetObject on this object"
    return "see the AWS error code"
