"""The trainer image's entrypoint under SageMaker's training-container contract
(`python -m slipway_ml.sagemaker_train`, the `train` target of ml/Dockerfile):

- `<root>/input/config/hyperparameters.json`: string values (SageMaker passes every
  hyperparameter as a string): `project` (the spec's file name in the config channel),
  optional `seed`, `overrides` (JSON), `git_sha`, `data_source` (what the bundle records as
  the data's source; default: the contract's own source);
- `<root>/input/data/train/`: exactly one data file (CSV or Parquet);
- `<root>/input/data/config/`: the project spec and `data/<dataset>/contract.yaml`;
- `<root>/input/data/production/` (optional): the production bundle's .tar.gz, for the
  paired comparison, written to `<root>/output/data/paired-comparison.json`;
- `<root>/model/`: the bundle's files (SageMaker packs them as model.tar.gz, top-level
  files, the layout of the local backend's tarball);
- `<root>/output/failure`: the reason, when the run fails (then the exit code is non-zero);
- `<root>/checkpoints/`: each fitted candidate and the finished bundle (slipway_ml.checkpoints);
  SageMaker syncs it with CheckpointConfig.S3Uri, so a restarted Spot job resumes there.

The trainer is the local backend's (`run_training`); only the manifest's `trained_on` says
where it ran. `<root>` is /opt/ml, or `--root` / SLIPWAY_SAGEMAKER_ROOT for tests."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import platform
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from slipway_ml.checkpoints import Checkpoints, run_key
from slipway_ml.documents import describe_source, library_versions
from slipway_ml.errors import InputError
from slipway_ml.overrides import parse_overrides
from slipway_ml.production_compare import FILE_NAME as COMPARISON_FILE
from slipway_ml.settings import Settings
from slipway_ml.sources import sha256_of
from slipway_ml.specs import read_yaml
from slipway_ml.training_run import RunRequest, run_training

DEFAULT_ROOT = Path("/opt/ml")
KNOWN_HYPERPARAMETERS = {"project", "seed", "overrides", "git_sha", "data_source"}


def read_hyperparameters(root: Path) -> dict[str, str]:
    file = root / "input" / "config" / "hyperparameters.json"
    if not file.is_file():
        raise InputError(str(file), "file not found", "pass HyperParameters to the training job")
    try:
        doc = json.loads(file.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InputError(str(file), f"not JSON ({exc})", "pass a JSON object") from exc
    if not isinstance(doc, dict) or not all(isinstance(v, str) for v in doc.values()):
        raise InputError(str(file), "expected an object of string values", "see the docstring")
    # SageMaker's own (sagemaker_*) keys may appear; anything else is a typo.
    unknown = sorted(
        k for k in doc if k not in KNOWN_HYPERPARAMETERS and not k.startswith("sagemaker_")
    )
    if unknown:
        raise InputError(
            f"{file}: {unknown[0]}",
            "unknown hyperparameter",
            f"use only {', '.join(sorted(KNOWN_HYPERPARAMETERS))}",
        )
    if not doc.get("project"):
        raise InputError(f"{file}: project", "missing", "name the spec file in the config channel")
    return doc


def channel_file(root: Path, channel: str, required: bool = True) -> Path | None:
    """The one file a single-file channel holds."""
    folder = root / "input" / "data" / channel
    files = sorted(p for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else []
    if not files and not required:
        return None
    if len(files) != 1:
        found = ", ".join(p.name for p in files) or "nothing"
        raise InputError(
            str(folder), f"expected exactly one file, found {found}", f"check the {channel} channel"
        )
    return files[0]


def parse_seed(raw: str | None, file: str) -> int | None:
    if raw is None or raw == "":
        return None
    if not raw.isdigit():
        raise InputError(f"{file}: seed", f'"{raw}" is not a non-negative integer', "fix it")
    return int(raw)


def where_it_runs(root: Path) -> dict[str, Any]:
    """The manifest's `trained_on`: the job and its instances, as SageMaker describes them."""
    trained_on: dict[str, Any] = {"backend": "sagemaker"}
    if os.environ.get("TRAINING_JOB_NAME"):
        trained_on["training_job"] = os.environ["TRAINING_JOB_NAME"]
    resources = root / "input" / "config" / "resourceconfig.json"
    if resources.is_file():
        config = json.loads(resources.read_text(encoding="utf-8"))
        if config.get("current_instance_type"):
            trained_on["instance_type"] = config["current_instance_type"]
        trained_on["hosts"] = len(config.get("hosts", [])) or 1
    return trained_on


def contract_source(project_file: Path, data_root: Path) -> str | None:
    """The source the local backend records without a data override: the contract's own (the
    train channel holds a copy of it). None when the files are unreadable: the trainer then
    reports them with its own checks."""
    spec = read_yaml(project_file)
    if not isinstance(spec, dict) or not isinstance(spec.get("dataset"), str):
        return None
    contract = read_yaml(data_root / spec["dataset"] / "contract.yaml")
    if not isinstance(contract, dict) or not isinstance(contract.get("source"), dict):
        return None
    return describe_source(contract, None)


def build_request(root: Path, scratch: Path) -> RunRequest:
    hyper = read_hyperparameters(root)
    where = str(root / "input" / "config" / "hyperparameters.json")
    config = root / "input" / "data" / "config"
    project_file = config / hyper["project"]
    if not project_file.is_file():
        raise InputError(
            f"{where}: project", f'"{hyper["project"]}" is not in {config}', "upload the spec there"
        )
    data = channel_file(root, "train")
    production = channel_file(root, "production", required=False)
    overrides = hyper.get("overrides")
    return RunRequest(
        project_file=project_file,
        output_dir=scratch,
        result_file=scratch / "result.json",
        data=data,
        data_root=config / "data",
        seed=parse_seed(hyper.get("seed"), where),
        git_sha=hyper.get("git_sha") or None,
        overrides=parse_overrides(overrides) if overrides else None,
        production_bundle=None if production is None else str(production),
        trained_on=where_it_runs(root),
        data_source=hyper.get("data_source") or contract_source(project_file, config / "data"),
        log_to_mlflow=False,
    )


def checkpoint_key(root: Path, request: RunRequest) -> str:
    """What determines the bundle: the data, every file of the config channel (spec and
    contract), the hyperparameters, the production bundle, where it runs, the libraries."""
    config = root / "input" / "data" / "config"
    hyper = read_hyperparameters(root)
    identity = {
        "data_sha256": None if request.data is None else sha256_of(request.data),
        "config": {
            str(f.relative_to(config)): sha256_of(f)
            for f in sorted(config.rglob("*"))
            if f.is_file()
        },
        "hyperparameters": {k: v for k, v in hyper.items() if k in KNOWN_HYPERPARAMETERS},
        "production_sha256": (
            None
            if request.production_bundle is None
            else sha256_of(Path(request.production_bundle))
        ),
        "trained_on": request.trained_on,
        "libraries": library_versions(),
        "python": platform.python_version(),
    }
    return run_key(identity)


def train(root: Path) -> None:
    model_dir = root / "model"
    output_data = root / "output" / "data"
    with tempfile.TemporaryDirectory(prefix="slipway-sagemaker-") as scratch_name:
        scratch = Path(scratch_name)
        request = build_request(root, scratch)
        checkpoints = Checkpoints.open(root / "checkpoints", checkpoint_key(root, request))
        finished = checkpoints.bundle()
        if finished is None:
            result = run_training(
                dataclasses.replace(request, checkpoints=checkpoints), Settings.from_env()
            )
            files = sorted(Path(result["bundle_dir"]).iterdir())
            comparison = scratch / COMPARISON_FILE
            # The comparison rides along: a resumed run publishes exactly what this one would.
            finished = checkpoints.save_bundle(
                [*files, comparison] if comparison.is_file() else files
            )
        publish(finished, model_dir, output_data)


def publish(finished: Path, model_dir: Path, output_data: Path) -> None:
    """The bundle's files into the model folder; the paired comparison into output/data."""
    model_dir.mkdir(parents=True, exist_ok=True)
    for file in sorted(finished.iterdir()):
        if file.name == COMPARISON_FILE:
            output_data.mkdir(parents=True, exist_ok=True)
            shutil.copy2(file, output_data / COMPARISON_FILE)
        else:
            shutil.copy2(file, model_dir / file.name)


def write_failure(root: Path, reason: str) -> None:
    """SageMaker shows this file's text as the job's FailureReason."""
    failure = root / "output" / "failure"
    failure.parent.mkdir(parents=True, exist_ok=True)
    failure.write_text(reason + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="slipway_ml.sagemaker_train", description=__doc__)
    # SageMaker starts the image as `<entrypoint> train`; the word carries no meaning here.
    parser.add_argument("mode", nargs="?", default="train", choices=["train"])
    parser.add_argument("--root", type=Path, help="the /opt/ml root (SLIPWAY_SAGEMAKER_ROOT)")
    args = parser.parse_args(argv)
    root = args.root or Path(os.environ.get("SLIPWAY_SAGEMAKER_ROOT") or DEFAULT_ROOT)
    try:
        train(root)
    except InputError as exc:
        write_failure(root, f"error: {exc.line()}")
        print(f"error: {exc.line()}", file=sys.stderr, flush=True)
        return 2
    except Exception as exc:
        reason = f"error: {type(exc).__name__}: {exc}".splitlines()[0]
        write_failure(root, reason)
        print(reason, file=sys.stderr, flush=True)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
