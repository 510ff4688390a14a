"""s3:// objects as local files: downloaded once into the cache, keyed by bucket, key and
ETag, written to a temporary name and renamed when complete. The endpoint comes from the
standard AWS environment (AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL), which tests point at moto."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import Any

from slipway_ml.errors import InputError
from slipway_ml.settings import Settings

USER_AGENT = "slipway-ml"


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


def download_s3(uri: str, settings: Settings) -> Path:
    from botocore.exceptions import BotoCoreError, ClientError

    bucket, key = parse_s3_uri(uri)
    client = s3_client()
    try:
        etag = str(client.head_object(Bucket=bucket, Key=key)["ETag"]).strip('"')
        name = hashlib.sha256(f"{bucket}/{key}@{etag}".encode()).hexdigest()
        cached = settings.cache_dir / "s3" / f"{name}{Path(key).suffix}"
        if cached.is_file():
            return cached
        cached.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=cached.parent, prefix=f".{name}.")
        os.close(fd)
        try:
            client.download_file(bucket, key, tmp_name)
            Path(tmp_name).replace(cached)
        finally:
            Path(tmp_name).unlink(missing_ok=True)
        return cached
    except ClientError as exc:
        raise InputError(uri, *_explain(exc)) from exc
    except BotoCoreError as exc:
        raise InputError(
            uri, f"could not reach S3 ({exc})", "check the network and AWS settings"
        ) from exc


def _explain(exc: Any) -> tuple[str, str]:
    code = str(exc.response.get("Error", {}).get("Code", ""))
    if code in {"404", "NoSuchKey", "NotFound"}:
        return "no such object", "check the key, or upload the file first"
    if code == "NoSuchBucket":
        return "no such bucket", "check the bucket name and the region"
    if code in {"403", "AccessDenied", "Forbidden"}:
        return "access denied", "the role needs s3:GetObject (and s3:ListBucket) on this object"
    return f"S3 error {code}", "see the AWS error code above"
