"""Every setting of the inference server, read once: flags override SLIPWAY_* variables."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# Path segments of letters, digits and - . _ ~ (what an ALB path rule and a URL carry as is).
_PREFIX = re.compile(r"(/[A-Za-z0-9._~-]+)+")
_SHA256 = re.compile(r"[0-9a-f]{64}")


class ServeSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SLIPWAY_", extra="ignore")

    bundle: str | None = Field(None, description="bundle folder, .tar.gz or s3://bucket/key")
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=0, le=65535)
    batch_limit: int = Field(1000, ge=1, description="rows per batch request")
    max_body_bytes: int = Field(16 * 1024 * 1024, ge=1024, description="largest request body")
    log_level: Literal["debug", "info", "warning", "error"] = "info"
    access_log: bool = True
    exit_on_bad_bundle: bool = False
    graceful_timeout_s: int = Field(10, ge=0)
    # Limits on what a client can hold (docs/API.md, "Limits").
    max_header_bytes: int = Field(
        16 * 1024, ge=1024, description="request line and headers; over it: 431"
    )
    header_timeout_s: float = Field(10.0, gt=0, description="to send the request line and headers")
    body_timeout_s: float = Field(30.0, gt=0, description="to send the body after the headers")
    keep_alive_timeout_s: int = Field(5, ge=1, description="an idle connection between requests")
    max_connections: int = Field(1000, ge=1, description="open at once; more: 503 and closed")
    backlog: int = Field(2048, ge=1, description="connections waiting to be accepted")
    docs: bool = Field(True, description="serve /docs and /redoc (off: 404)")
    work_dir: str | None = Field(None, description="where .tar.gz/s3 bundles are unpacked")
    bundle_sha256: str | None = Field(
        None,
        description="the bundle's expected sha256: of the .tar.gz, or of a folder's SHA256SUMS",
    )
    require_bundle_digest: bool = Field(
        False, description="refuse to load a bundle when bundle_sha256 is not set"
    )
    path_prefix: str = Field(
        "", description="every route is also answered under it, e.g. /projects/abalone"
    )
    # Prediction records and feedback (docs/API.md, "Records").
    records_uri: str = Field(
        "", description="records root: a folder or s3://bucket/prefix; empty: recording off"
    )
    record_sample_rate: float = Field(1.0, ge=0.0, le=1.0, description="share of predictions")
    record_queue_size: int = Field(
        100_000, ge=1, description="records waiting to be written; more are dropped and counted"
    )
    record_flush_seconds: float = Field(2.0, gt=0, description="longest wait before a write")
    record_batch_size: int = Field(10_000, ge=1, description="records per file at most")
    record_index_size: int = Field(
        200_000, ge=1, description="recent ids feedback finds without reading the store"
    )
    record_cache_mib: int = Field(
        256, ge=1, description="records files read back, cached: MiB for feedback, for live"
    )
    record_lookup_hours: int = Field(
        168, ge=1, le=24 * 90, description="hours of the store feedback searches for older ids"
    )

    @field_validator("bundle_sha256")
    @classmethod
    def _check_digest(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        if _SHA256.fullmatch(value):
            return value
        raise ValueError("must be 64 lowercase hexadecimal digits (a sha256)")

    @field_validator("path_prefix")
    @classmethod
    def _check_prefix(cls, value: str) -> str:
        if value == "" or _PREFIX.fullmatch(value):
            return value
        raise ValueError(
            f'must start with "/" and have no trailing "/" (segments of'
            f' letters, digits and - . _ ~), e.g. /projects/abalone; got "{value}"'
        )
