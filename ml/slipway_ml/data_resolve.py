"""Where a project's dataset lives: its contract file, and its source as a local file."""

from __future__ import annotations

import os
from pathlib import Path

from slipway_ml.errors import InputError
from slipway_ml.settings import Settings
from slipway_ml.sources import resolve_source
from slipway_ml.specs import load_contract, load_project


def locate_contract(dataset: str, project_file: Path, data_root: Path | None) -> Path:
    """`--data-root`, else `<workspace>/data` ($GITHUB_WORKSPACE, then the current folder),
    else the data/ folder of the repository holding the spec (ml/projects/<name>.yaml)."""
    if data_root is not None:
        roots = [data_root]
    else:
        workspace = Path(os.environ.get("GITHUB_WORKSPACE") or Path.cwd())
        roots = [workspace / "data", project_file.resolve().parents[2] / "data"]
    for root in roots:
        contract = root / dataset / "contract.yaml"
        if contract.is_file():
            return contract.resolve()
    raise InputError(
        f"{project_file}: dataset",
        f"no contract for '{dataset}' in {', '.join(str(r) for r in roots)}",
        "pass --data-root <dir> holding <dataset>/contract.yaml",
    )


def resolve_project_data(project_file: Path, data_root: Path | None, settings: Settings) -> Path:
    """The local file holding the project's data: the path itself, the cached download, the
    cached generator output, or the cached S3 object."""
    project = load_project(project_file, settings)
    contract_file = locate_contract(project["dataset"], project_file, data_root)
    contract = load_contract(contract_file, settings)
    return resolve_source(contract, contract_file, settings)
