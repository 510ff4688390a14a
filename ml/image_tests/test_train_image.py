"""ml/Dockerfile's `train` target (the trainer image of train-model's sagemaker backend),
built on the local base and run with podman as SageMaker runs it: `<image> train` with a
/opt/ml holding the hyperparameters and the data and config channels. Its model folder is the
bundle the local trainer made from the same data, spec and seed."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.serve.conftest import TrainedBundle

from .conftest import REPO, Build, podman, remove_image, setting

TRAIN_TAG = "localhost/slipway-check/trainer:latest"
JOB = "slipway-image-houses-check"
RUN_TIMEOUT_S = 600


@pytest.fixture(scope="session")
def train_image(work: Path) -> Iterator[str]:
    base = setting("SLIPWAY_BASE_PYTHON_IMAGE")
    args = ["--build-arg", f"PYTHON_IMAGE={base}", "--target", "train",
            "--build-context", f"schemas={REPO / 'schemas'}"]  # fmt: skip
    yield Build(work, TRAIN_TAG, "ml/Dockerfile", "ml", *args).wait()
    remove_image(TRAIN_TAG)


def opt_ml(work: Path, bundle: TrainedBundle) -> Path:
    """What SageMaker mounts: the hyperparameters the backend sends, the channels it fills."""
    root = work / "opt-ml"
    shutil.rmtree(root, ignore_errors=True)
    (root / "input" / "config").mkdir(parents=True)
    hyperparameters = {"project": "project.yaml", "git_sha": "feedbeef"}
    (root / "input" / "config" / "hyperparameters.json").write_text(json.dumps(hyperparameters))
    (root / "input" / "data" / "train").mkdir(parents=True)
    shutil.copy2(bundle.data_file, root / "input" / "data" / "train" / bundle.data_file.name)
    config = root / "input" / "data" / "config"
    (config / "data" / "houses").mkdir(parents=True)
    (config / "project.yaml").write_text(yaml.safe_dump(bundle.spec, sort_keys=False))
    contract = yaml.safe_dump(bundle.contract, sort_keys=False)
    (config / "data" / "houses" / "contract.yaml").write_text(contract)
    return root


def load(file: Path) -> Any:
    return json.loads(file.read_text())


def test_trainer_image_writes_the_local_bundle(
    train_image: str, bundle: TrainedBundle, work: Path
) -> None:
    root = opt_ml(work, bundle)

    done = podman("run", "--rm", "--volume", f"{root}:/opt/ml", "--env",
                  f"TRAINING_JOB_NAME={JOB}", train_image, "train",
                  timeout=RUN_TIMEOUT_S)  # fmt: skip

    assert done.returncode == 0, done.stderr
    assert not (root / "output" / "failure").exists()
    model = root / "model"
    assert sorted(p.name for p in model.iterdir()) == sorted(
        p.name for p in bundle.folder.iterdir()
    )
    manifest = load(model / "manifest.json")
    assert manifest["version"] == bundle.version
    assert manifest["trained_on"] == {"backend": "sagemaker", "training_job": JOB}
    assert (model / "model.joblib").read_bytes() == (bundle.folder / "model.joblib").read_bytes()
    assert load(model / "fingerprint.json") == load(bundle.folder / "fingerprint.json")


def test_trainer_image_reports_bad_input_in_the_failure_file(
    train_image: str, bundle: TrainedBundle, work: Path
) -> None:
    root = opt_ml(work, bundle)
    (root / "input" / "config" / "hyperparameters.json").write_text('{"project": "typo.yaml"}')

    done = podman("run", "--rm", "--volume", f"{root}:/opt/ml", train_image, "train",
                  timeout=RUN_TIMEOUT_S)  # fmt: skip

    assert done.returncode == 2
    failure = (root / "output" / "failure").read_text()
    assert failure.startswith("error: /opt/ml/input/config/hyperparameters.json: project:")
    assert '"typo.yaml" is not in /opt/ml/input/data/config' in failure
