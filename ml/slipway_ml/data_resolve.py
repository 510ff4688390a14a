"""Where a project's dataset lives: its contract file, and its source as a local file."""

from __future__ import annotations

import os
from pathlib import Path

from slipway_ml.errors import InputError
from slipway_ml.settings import Settings
from slipway_ml.sources import resolve_source
from slipway_ml.specs import load_contract, read_project


def data_root_for(project_file: Path) -> Path:
    """The `data/` folder of the spec's repository: the nearest folder at or above the spec's
    own that has a `data/` folder; else `<workspace>/data` ($GITHUB_WORKSPACE, then the
    current folder). validate-data and train-model use the same rule (dataRootFor in
    actions/shared), for specs inside or outside the repository."""
    for folder in project_file.resolve().parents:
        if (folder / "data").is_dir():
            return folder / "data"
    return Path(os.environ.get("GITHUB_WORKSPACE") or Path.cwd()) / "data"


def locate_contract(dataset: str, project_file: Path, data_root: Path | None) -> Path:
    """`<data root>/<dataset>/contract.yaml`: `--data-root`, else data_root_for(the spec)."""
    root = data_root if data_root is not None else data_root_for(project_file)
    contract = root / dataset / "contract.yaml"
    if contract.is_file():
        return contract.resolve()
    raise InputError(
        f"{project_file}: dataset",
        f"no contract for '{dataset}' at {contract}",
        "add it there, or pass --data-root <dir> holding <dataset>/contract.yaml",
    )


def resolve_project_data(project_file: Path, data_root: Path | None, settings: Settings) -> Path:
    """The local file holding the project's data: the path itself, the cached download, the
    cached generator output, or the cached S3 object."""
    project = read_project(project_file, settings)
    contract_file = locate_contract(project.dataset, project_file, data_root)
    contract = load_contract(contract_file, settings)
    return resolve_source(contract, contract_file, settings)
