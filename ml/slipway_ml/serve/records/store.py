"""Where records live: a folder or s3://bucket/prefix, both with the layout
`<project>/<kind>/YYYY/MM/DD/HH/<UTC yyyymmddThhmmssZ>-<writer id>-<seq>.jsonl`.

A file is complete when it appears: a local file is written under a dot-name and renamed,
an S3 object is one PutObject. Files are never rewritten, so a reader may cache what it
parsed per file name."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Literal, Protocol

Kind = Literal["predictions", "feedback"]
CLAIM_ATTEMPTS = 5
KINDS: tuple[Kind, ...] = ("predictions", "feedback")


def hour_folder(hour: datetime) -> str:
    """The YYYY/MM/DD/HH part of a record's path, for the hour (UTC) of its time."""
    return hour.astimezone(UTC).strftime("%Y/%m/%d/%H")


def file_name(now: datetime, writer: str, seq: int) -> str:
    return f"{now.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}-{writer}-{seq:06d}.jsonl"


def hours_back(end: datetime, hours: int) -> list[datetime]:
    """The `hours` whole hours (UTC) ending with the one `end` is in, oldest first."""
    last = end.astimezone(UTC).replace(minute=0, second=0, microsecond=0)
    return [last - timedelta(hours=h) for h in range(hours - 1, -1, -1)]


@dataclass(frozen=True)
class StoredFile:
    """One complete records file: its name under the root (the cache key) and its size."""

    key: str
    size: int


class RecordStore(Protocol):
    root: str

    def write(self, project: str, kind: Kind, hour: datetime, name: str, data: bytes) -> str:
        """Writes one complete file; returns its key under the root."""
        ...

    def list_hour(self, project: str, kind: Kind, hour: datetime) -> list[StoredFile]: ...

    def read(self, key: str) -> bytes: ...

    def claim(self, key: str, data: bytes) -> bytes | None:
        """Creates `key` holding `data` unless it exists, atomically across processes and
        tasks sharing the root: None when this call created it, else what it holds."""
        ...

    def release(self, key: str) -> None:
        """Removes a claim this process made (its record could not be written)."""
        ...


def claim_key(project: str, prediction_id: str) -> str:
    """Where the first accepted feedback for a prediction claims its id (beside `feedback/`,
    which readers list by hour; claims are never listed)."""
    return f"{project}/feedback-claims/{prediction_id[:2]}/{prediction_id}.json"


class LocalStore:
    def __init__(self, root: str) -> None:
        self.root = root
        self.folder = Path(root)

    def write(self, project: str, kind: Kind, hour: datetime, name: str, data: bytes) -> str:
        key = f"{project}/{kind}/{hour_folder(hour)}/{name}"
        target = self.folder / key
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{name}.")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            Path(temporary).replace(target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return key

    def list_hour(self, project: str, kind: Kind, hour: datetime) -> list[StoredFile]:
        prefix = f"{project}/{kind}/{hour_folder(hour)}"
        folder = self.folder / prefix
        if not folder.is_dir():
            return []
        return [
            StoredFile(f"{prefix}/{entry.name}", entry.stat().st_size)
            for entry in sorted(folder.iterdir(), key=lambda e: e.name)
            if entry.name.endswith(".jsonl") and not entry.name.startswith(".")
        ]

    def read(self, key: str) -> bytes:
        return (self.folder / key).read_bytes()

    def claim(self, key: str, data: bytes) -> bytes | None:
        # Written whole under a temporary name, then hard-linked to the key: link() fails when
        # the key exists, so exactly one process creates it, and no reader sees it half written.
        target = self.folder / key
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.link(temporary, target)
        except FileExistsError:
            return target.read_bytes()
        finally:
            Path(temporary).unlink(missing_ok=True)
        return None

    def release(self, key: str) -> None:
        (self.folder / key).unlink(missing_ok=True)


class S3Store:
    """Records under s3://bucket/prefix; boto3 reads the endpoint and credentials from the
    standard AWS environment (tests point AWS_ENDPOINT_URL at moto)."""

    def __init__(self, root: str) -> None:
        from slipway_ml.s3 import s3_client

        self.root = root
        bucket, _, prefix = root[len("s3://") :].partition("/")
        self.bucket, self.prefix = bucket, prefix.strip("/")
        self.client: Any = s3_client()

    def _key(self, relative: str) -> str:
        return f"{self.prefix}/{relative}" if self.prefix else relative

    def write(self, project: str, kind: Kind, hour: datetime, name: str, data: bytes) -> str:
        key = f"{project}/{kind}/{hour_folder(hour)}/{name}"
        self.client.put_object(
            Bucket=self.bucket, Key=self._key(key), Body=data, ContentType="application/x-ndjson"
        )
        return key

    def list_hour(self, project: str, kind: Kind, hour: datetime) -> list[StoredFile]:
        prefix = f"{project}/{kind}/{hour_folder(hour)}/"
        strip = len(self._key(""))
        found: list[StoredFile] = []
        for page in self.client.get_paginator("list_objects_v2").paginate(
            Bucket=self.bucket, Prefix=self._key(prefix)
        ):
            for item in page.get("Contents", []):
                if item["Key"].endswith(".jsonl"):
                    found.append(StoredFile(item["Key"][strip:], int(item["Size"])))
        return sorted(found, key=lambda f: f.key)

    def read(self, key: str) -> bytes:
        body: bytes = self.client.get_object(Bucket=self.bucket, Key=self._key(key))["Body"].read()
        return body

    def claim(self, key: str, data: bytes) -> bytes | None:
        from botocore.exceptions import ClientError

        for attempt in range(CLAIM_ATTEMPTS):
            try:
                self.client.put_object(
                    Bucket=self.bucket, Key=self._key(key), Body=data, IfNoneMatch="*",
                    ContentType="application/json",
                )  # fmt: skip
                return None
            except ClientError as exc:
                code = exc.response.get("Error", {}).get("Code")
                if code == "PreconditionFailed":  # 412: the key exists
                    return self.read(key)
                if code != "ConditionalRequestConflict":  # 409: a racing write is in flight
                    raise
                time.sleep(0.05 * (attempt + 1))
        raise RuntimeError(
            f"s3://{self.bucket}/{self._key(key)}: conditional writes kept conflicting"
        )

    def release(self, key: str) -> None:
        self.client.delete_object(Bucket=self.bucket, Key=self._key(key))


def open_store(uri: str) -> RecordStore:
    if uri.startswith("s3://"):
        bucket = uri[len("s3://") :].partition("/")[0]
        if not bucket:
            raise ValueError(f'records URI "{uri}" has no bucket; write s3://<bucket>/<prefix>')
        return S3Store(uri)
    return LocalStore(uri)


def iter_hours(
    store: RecordStore, project: str, kind: Kind, hours: list[datetime]
) -> Iterator[StoredFile]:
    for hour in hours:
        yield from store.list_hour(project, kind, hour)
