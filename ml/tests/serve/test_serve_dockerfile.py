"""What ml/Dockerfile runs, run outside a container (there is no Docker engine here): its
CMD with its ENV, and its HEALTHCHECK command, which passes only once a model is ready."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

from .conftest import TrainedBundle, free_port
from .test_serve_process import server, wait_for

DOCKERFILE = Path(__file__).resolve().parents[2] / "Dockerfile"


TRAIN_STAGE = "FROM base AS train"


def instructions(name: str, stage: str = "serve") -> list[str]:
    """`serve`: every stage but the trainer's; `train`: the trainer's stage alone."""
    text = DOCKERFILE.read_text().replace("\\\n", " ")
    before, train_and_after = text.split(TRAIN_STAGE)
    train, after = train_and_after.split("\nFROM ", 1)
    text = train if stage == "train" else before + "FROM " + after
    return [line.split(None, 1)[1] for line in text.splitlines() if line.startswith(name + " ")]


def image_env() -> dict[str, str]:
    env: dict[str, str] = {}
    for line in instructions("ENV"):
        env.update(pair.split("=", 1) for pair in shlex.split(line) if "=" in pair)
    return env


def healthcheck(port: int) -> subprocess.CompletedProcess[str]:
    command = json.loads(re.sub(r"^.*?CMD ", "", instructions("HEALTHCHECK")[0]))
    assert command[:2] == ["python", "-c"]
    env = {**os.environ, "SLIPWAY_PORT": str(port)}  # the container's own setting
    return subprocess.run(
        [sys.executable, "-c", command[2]], capture_output=True, text=True, timeout=30, env=env
    )


def test_image_settings() -> None:
    assert json.loads(instructions("CMD")[-1]) == ["python", "-m", "slipway_ml", "serve"]
    assert instructions("USER") == ["10001:10001"]
    env = image_env()
    assert env["SLIPWAY_HOST"] == "0.0.0.0" and env["SLIPWAY_PORT"] == "8000"
    assert env["SLIPWAY_EXIT_ON_BAD_BUNDLE"] == "true"
    assert "/readyz" in instructions("HEALTHCHECK")[0]


def test_train_stage_runs_the_sagemaker_entrypoint() -> None:
    """SageMaker starts the image as `<image> train`: ENTRYPOINT + that argument."""
    entrypoint = json.loads(instructions("ENTRYPOINT", "train")[0])
    assert [*entrypoint, *json.loads(instructions("CMD", "train")[0])] == [
        "python", "-m", "slipway_ml.sagemaker_train", "train",
    ]  # fmt: skip
    assert instructions("HEALTHCHECK", "train") == ["NONE"]
    assert "SLIPWAY_SCHEMA_DIR=/opt/slipway/schemas" in instructions("ENV", "train")[0]
    assert instructions("COPY", "train") == ["--from=schemas *.schema.json /opt/slipway/schemas/"]


def local_env(port: int, bundle: str) -> dict[str, str]:
    """The image's environment, with loopback and a free port instead of 0.0.0.0:8000."""
    env = {**image_env(), "SLIPWAY_HOST": "127.0.0.1", "SLIPWAY_PORT": str(port)}
    env["SLIPWAY_BUNDLE"] = bundle
    env["PATH"] = str(Path(sys.executable).parent)  # the image's is /opt/venv/bin:$PATH
    return env


def test_cmd_with_image_env_serves_and_passes_the_healthcheck(xgb_bundle: TrainedBundle) -> None:
    port = free_port()
    assert healthcheck(port).returncode == 1  # nothing listening yet
    with server([], local_env(port, str(xgb_bundle.tarball))) as process:
        assert wait_for(f"http://127.0.0.1:{port}/readyz", process).status_code == 200
        check = healthcheck(port)
        assert check.returncode == 0, check.stderr


def test_healthcheck_fails_while_not_ready(tmp_path: Path) -> None:
    port = free_port()
    env = {**local_env(port, str(tmp_path / "missing")), "SLIPWAY_EXIT_ON_BAD_BUNDLE": "false"}
    with server([], env) as process:
        assert wait_for(f"http://127.0.0.1:{port}/readyz", process).status_code == 503
        assert healthcheck(port).returncode == 1
