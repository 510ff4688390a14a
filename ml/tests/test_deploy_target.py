"""The spec's `deploy:` section: where a project is served, its semantic checks, and the
`deploy-target` command the workflow reads it with."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from slipway_ml.deploy_target import deploy_outputs
from slipway_ml.errors import InputError
from slipway_ml.settings import Settings
from slipway_ml.specs import read_project

from .conftest import REPO, small_project


def write(tmp_path: Path, deploy: dict[str, Any] | None) -> Path:
    spec = small_project("houses")
    if deploy is not None:
        spec["deploy"] = deploy
    file = tmp_path / "demo.yaml"
    file.write_text(yaml.safe_dump(spec, sort_keys=False))
    return file


def test_a_project_without_deploy_is_served_on_ecs(tmp_path: Path) -> None:
    spec = read_project(write(tmp_path, None), Settings.from_env())
    assert deploy_outputs(spec) == {
        "target": "ecs", "instance-type": "", "instance-count": "", "serverless-memory-mb": "",
        "serverless-max-concurrency": "", "canary-percent": "", "canary-bake-minutes": "",
        "termination-wait-minutes": "",
    }  # fmt: skip


def test_sagemaker_settings_become_the_actions_inputs(tmp_path: Path) -> None:
    deploy = {"target": "sagemaker", "sagemaker": {"serverless": {"memory_mb": 2048},
              "canary_bake_minutes": 0, "termination_wait_minutes": 2}}  # fmt: skip
    outputs = deploy_outputs(read_project(write(tmp_path, deploy), Settings.from_env()))
    assert outputs["target"] == "sagemaker"
    assert outputs["serverless-memory-mb"] == "2048" and outputs["serverless-max-concurrency"] == ""
    assert outputs["canary-bake-minutes"] == "0" and outputs["termination-wait-minutes"] == "2"
    assert outputs["instance-type"] == ""


@pytest.mark.parametrize(
    ("deploy", "where", "fix"),
    [({"sagemaker": {"instance_count": 2}}, "deploy.sagemaker", "set deploy.target: sagemaker"),
     ({"target": "ecs", "sagemaker": {}}, "deploy.sagemaker", "set deploy.target: sagemaker"),
     ({"target": "sagemaker", "sagemaker": {"instance_type": "ml.c5.large",
       "serverless": {"memory_mb": 1024}}}, "deploy.sagemaker.serverless", "remove serverless")],
)  # fmt: skip
def test_contradictory_settings_are_refused(
    tmp_path: Path, deploy: dict[str, Any], where: str, fix: str
) -> None:
    file = write(tmp_path, deploy)
    with pytest.raises(InputError) as caught:
        read_project(file, Settings.from_env())
    assert caught.value.where == f"{file}: {where}"
    assert fix in caught.value.fix


def test_the_shipped_projects_abalone_on_sagemaker_house_prices_on_ecs() -> None:
    settings = Settings.from_env()
    abalone = deploy_outputs(read_project(REPO / "ml" / "projects" / "abalone.yaml", settings))
    assert abalone["target"] == "sagemaker" and abalone["instance-type"] == "ml.m5.large"
    houses = read_project(REPO / "ml" / "projects" / "house-prices.yaml", settings)
    assert deploy_outputs(houses)["target"] == "ecs"


def test_the_command_prints_github_output_lines() -> None:
    project = REPO / "ml" / "projects" / "abalone.yaml"
    command = [sys.executable, "-m", "slipway_ml", "deploy-target", "--project", str(project)]
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=60)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "target=sagemaker"
    assert "canary-percent=10" in lines and "serverless-memory-mb=" in lines


def test_the_command_names_a_bad_spec_and_exits_2(tmp_path: Path) -> None:
    file = write(tmp_path, {"target": "lambda"})
    command = [sys.executable, "-m", "slipway_ml", "deploy-target", "--project", str(file)]
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=60)
    assert done.returncode == 2
    assert done.stderr.startswith(f"error: {file}: deploy.target:")
