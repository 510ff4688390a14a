"""s3:// objects as local files: downloaded once into the cache, keyed by bucket, key and
ETag, written to a temporary name and renamed when complete. The endpoint comes from the
standard AWS environment (AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL), which tests point at moto."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from slipway_ml.errors import InputError
from slipway_ml.settings import Settings

USER_AGENT = "slipway-ml"
_SHA256 = re.compile(r"[0-9a-f]{64}")


def parse_s3_uri(uri: str) -> tuple[str, str]:
    if not uri.startswith("s3://"):
        raise InputError(uri, "not an s3:// URI", "write it as s3://<bucket>/<key>")
    bucket, _, key = uri[len("s3://") :].partition("/")
    if not bucket or not key:
        raise InputError(uri, "an s3 URI needs a bucket and a key", "write s3://<bucket>/<key>")
    return bucket, key


def s3_client() -> Any:
    import boto3  # imported here: only s3 sources need it
    from botocore.config import Config

    return boto3.client(
        "s3", config=Config(user_agent_extra=USER_AGENT, retries={"mode": "adaptive"})
    )


def download_s3(
    uri: str, settings: Settings, version_id: str | None = None, sha256: str | None = None
) -> Path:
    """The object (this version of it, when given) as a local file. With `sha256` the bytes
    must hash to it (a data-arrived payload is untrusted): else nothing is returned."""
    from botocore.exceptions import BotoCoreError, ClientError

    bucket, key = parse_s3_uri(uri)
    if sha256 is not None and not _SHA256.fullmatch(sha256):
        raise InputError(
            "--sha256", f'"{sha256}" is not 64 lowercase hex digits', "pass the manifest's sha256"
        )
    version = {} if version_id is None else {"VersionId": version_id}
    client = s3_client()
    try:
        etag = str(client.head_object(Bucket=bucket, Key=key, **version)["ETag"]).strip('"')
        name = hashlib.sha256(f"{bucket}/{key}@{etag}@{version_id}".encode()).hexdigest()
        cached = settings.cache_dir / "s3" / f"{name}{Path(key).suffix}"
        if not cached.is_file():
            _download(client, bucket, key, version, cached, name)
    except ClientError as exc:
        raise InputError(uri, *_explain(exc)) from exc
    except BotoCoreError as exc:
        raise InputError(
            uri, f"could not reach S3 ({exc})", "check the network and AWS settings"
        ) from exc
    if sha256 is not None:
        actual = file_sha256(cached)
        if actual != sha256:
            raise InputError(
                uri if version_id is None else f"{uri} (version {version_id})",
                f"the downloaded object has sha256 {actual}, the manifest says {sha256}",
                "nothing was trained; if the object changed after the upload, upload it again",
            )
    return cached


def _download(
    client: Any, bucket: str, key: str, version: dict[str, str], cached: Path, name: str
) -> None:
    cached.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=cached.parent, prefix=f".{name}.")
    os.close(fd)
    try:
        client.download_file(bucket, key, tmp_name, ExtraArgs=version or None)
        Path(tmp_name).replace(cached)
    finally:
        Path(tmp_name).unlink(missing_ok=True)


def file_sha256(path: Path) -> str:
    """Streams the file through SHA-256 (bounded memory for any size)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _explain(exc: Any) -> tuple[str, str]:
    code = str(exc.response.get("Error", {}).get("Code", ""))
    if code in {"404", "NoSuchKey", "NotFound"}:
        return "no such object", "check the key, or upload the file first"
    if code == "NoSuchBucket":
        return "no such bucket", "check the bucket name and the region"
    if code in {"403", "AccessDenied", "Forbidden"}:
        return "access denied", "the role needs s3:GetObject (and s3:ListBucket) on this object"
    return f"S3 error {code}", "see the AWS error code above"
