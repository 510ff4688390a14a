"""A bundle reference (folder, .tar.gz or s3://bucket/key.tar.gz) as a local folder.

Archives are unpacked into a fresh temporary folder (tarfile's `data` filter refuses links
and paths that leave it); s3 objects are downloaded with boto3, whose endpoint comes from
AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL like every other AWS client."""

from __future__ import annotations

import os
import tarfile
import tempfile
from pathlib import Path
from typing import Any

from slipway_ml.errors import InputError
from slipway_ml.s3 import parse_s3_uri, s3_client
from slipway_ml.serve.errors import BundleError


def materialise(reference: str, work_dir: Path | None) -> Path:
    if reference.startswith("s3://"):
        archive = _download(reference, work_dir)
        try:
            return _unpack(archive, work_dir, reference)
        finally:
            archive.unlink(missing_ok=True)
    path = Path(reference)
    if path.is_dir():
        return path
    if not path.exists():
        raise BundleError(
            reference, "no such file or folder", "pass a bundle folder, .tar.gz or s3:// URI"
        )
    return _unpack(path, work_dir, reference)


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
