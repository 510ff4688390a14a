"""Every setting of the inference server, read once: flags override SLIPWAY_* variables."""

from __future__ import annotations

from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


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
    work_dir: str | None = Field(None, description="where .tar.gz/s3 bundles are unpacked")
