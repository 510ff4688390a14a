"""Every environment-dependent setting of the trainer, read once in one place."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

# ml/slipway_ml/settings.py -> the repository root holds schemas/ and data/.
REPO_ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Settings:
    cache_dir: Path
    data_mirror: Path | None
    tracking_uri: str | None
    schema_dir: Path
    n_jobs: int
    download_timeout_s: float

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        env = dict(os.environ) if env is None else env
        mirror = env.get("SLIPWAY_DATA_MIRROR", "").strip()
        return cls(
            cache_dir=Path(env.get("SLIPWAY_CACHE_DIR") or Path.home() / ".cache" / "slipway"),
            data_mirror=Path(mirror).resolve() if mirror else None,
            tracking_uri=env.get("MLFLOW_TRACKING_URI") or None,
            schema_dir=Path(env.get("SLIPWAY_SCHEMA_DIR") or REPO_ROOT / "schemas"),
            # Fixed (not "all cores") so results and timings do not depend on the machine.
            n_jobs=int(env.get("SLIPWAY_N_JOBS", "2")),
            download_timeout_s=float(env.get("SLIPWAY_DOWNLOAD_TIMEOUT", "30")),
        )
