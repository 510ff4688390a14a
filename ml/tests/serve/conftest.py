"""Session fixtures for the inference server tests: real bundles trained once per session
by the real trainer CLI (an XGBoost one and a linear one, on generated house-prices data),
and the trainer's own seeded test split of the XGBoost one."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import yaml
from fastapi.testclient import TestClient

from slipway_ml.csvread import read_csv
from slipway_ml.serve.app import create_app
from slipway_ml.serve.settings import ServeSettings
from slipway_ml.train import split_data

from ..conftest import generate_csv, house_contract, small_project

ROW = {"sqft": 1800, "bedrooms": 3, "bathrooms": 2, "location": "Suburb",
       "condition": "Good", "year_built": 1995}  # fmt: skip


@dataclass(frozen=True)
class TrainedBundle:
    folder: Path
    tarball: Path
    version: str
    data_file: Path
    spec: dict[str, Any]
    contract: dict[str, Any]

    def doc(self, name: str) -> Any:
        return json.loads((self.folder / name).read_text())

    def test_split(self) -> tuple[pd.DataFrame, pd.Series]:
        """The trainer's own seeded split, re-created with its functions."""
        frame = read_csv(self.data_file, self.contract)
        split = split_data(frame, self.spec, self.contract, self.spec["split"]["seed"])
        return split.x_test, split.y_test


def _train(root: Path, name: str, candidates: list[dict[str, Any]], rows: int) -> TrainedBundle:
    data_root = root / "data"
    (data_root / "houses").mkdir(parents=True, exist_ok=True)
    data_file = data_root / "houses" / "houses.csv"
    if not data_file.exists():
        generate_csv(data_file, rows=rows, seed=11)
    contract = house_contract()
    contract["dataset"], contract["source"] = "houses", {"kind": "path", "path": "houses.csv"}
    (data_root / "houses" / "contract.yaml").write_text(yaml.safe_dump(contract, sort_keys=False))
    spec = small_project("houses")
    spec["project"], spec["candidates"] = name, candidates
    project = root / f"{name}.yaml"
    project.write_text(yaml.safe_dump(spec, sort_keys=False))
    out = root / name
    env = {**os.environ, "SLIPWAY_CACHE_DIR": str(root / "cache"), "GITHUB_SHA": "feedbeef"}
    command = [sys.executable, "-m", "slipway_ml", "train", "--project", str(project),
               "--output-dir", str(out), "--result-file", str(out / "result.json"),
               "--data-root", str(data_root)]  # fmt: skip
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    result = json.loads((out / "result.json").read_text())
    return TrainedBundle(
        Path(result["bundle_dir"]), Path(result["bundle_tarball"]), result["version"],
        data_file, spec, contract,
    )  # fmt: skip


@pytest.fixture(scope="session")
def xgb_bundle(tmp_path_factory: pytest.TempPathFactory) -> TrainedBundle:
    root = tmp_path_factory.mktemp("serve-bundles")
    xgb = {"name": "xgb", "model": "xgboost", "params": {"n_estimators": 80, "max_depth": 4}}
    return _train(root, "serve-houses", [xgb], rows=800)


@pytest.fixture(scope="session")
def linear_bundle(tmp_path_factory: pytest.TempPathFactory) -> TrainedBundle:
    root = tmp_path_factory.mktemp("serve-linear")
    return _train(root, "serve-linear", [{"name": "lin", "model": "linear_regression"}], 400)


def make_client(bundle: str | Path | None, **settings: Any) -> TestClient:
    app = create_app(ServeSettings(bundle=None if bundle is None else str(bundle), **settings))
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture(scope="module")
def client(xgb_bundle: TrainedBundle) -> Iterator[TestClient]:
    with make_client(xgb_bundle.folder, batch_limit=1000) as test_client:
        yield test_client


def copy_bundle(bundle: TrainedBundle, target: Path) -> Path:
    shutil.copytree(bundle.folder, target)
    return target


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port
