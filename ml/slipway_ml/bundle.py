"""The model bundle: `<output-dir>/bundles/<version>/` plus `<version>.tar.gz`, both written
under temporary names and renamed only when complete."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import tarfile
import tempfile
from pathlib import Path
from typing import Any

import joblib
import yaml

MODEL_FILE = "model.joblib"
# The folder's manifest of file digests (`sha256sum -c SHA256SUMS` checks it): its own sha256
# identifies a bundle folder as the tarball's sha256 identifies the archive.
SUMS_FILE = "SHA256SUMS"


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def model_bytes(model: Any) -> bytes:
    """The exact bytes `model.joblib` will hold (the version hashes them)."""
    buffer = io.BytesIO()
    joblib.dump(model, buffer)
    return buffer.getvalue()


def compute_version(
    project: str, data_sha256: str, spec: dict[str, Any], seed: int, model: bytes
) -> str:
    """Content-derived from the inputs and the fitted model's bytes, never from evaluated
    floats: a model whose prediction sums in thread order (a random forest on two threads)
    still gets one version per (data, spec, seed)."""
    identity = {
        "data_sha256": data_sha256,
        "spec": spec,
        "seed": seed,
        "model_sha256": hashlib.sha256(model).hexdigest(),
    }
    return f"{project}-{hashlib.sha256(canonical_json(identity).encode()).hexdigest()[:12]}"


def write_bundle(
    output_dir: Path, version: str, model: bytes, documents: dict[str, Any]
) -> tuple[Path, Path]:
    """`model` is `model_bytes(pipeline)`; `documents` maps file names to content: .json
    files are written as JSON, .yaml files as YAML. Returns (bundle folder, tarball)."""
    bundles = output_dir / "bundles"
    bundles.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(dir=bundles, prefix=f".{version}.building-"))
    try:
        (building / MODEL_FILE).write_bytes(model)
        for name, content in documents.items():
            _write_document(building / name, content)
        _write_sums(building)
        building.chmod(0o755)  # mkdtemp makes it private; a bundle is meant to be shared
        tarball = _write_tarball(building, bundles / f"{version}.tar.gz")
        final = _move_into_place(building, bundles / version)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return final, tarball


def _write_document(file: Path, content: Any) -> None:
    if file.suffix == ".json":
        file.write_text(json.dumps(content, indent=2, ensure_ascii=False) + "\n", "utf-8")
    else:
        file.write_text(yaml.safe_dump(content, sort_keys=False, allow_unicode=True), "utf-8")


def _write_sums(folder: Path) -> None:
    lines = []
    for file in sorted(folder.iterdir()):
        lines.append(f"{file_sha256(file)}  {file.name}\n")
    (folder / SUMS_FILE).write_text("".join(lines), "utf-8")


def file_sha256(file: Path) -> str:
    with file.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _write_tarball(folder: Path, target: Path) -> Path:
    """Files at the archive's top level (the layout SageMaker's model.tar.gz uses)."""
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    os.close(fd)
    try:
        with tarfile.open(tmp_name, "w:gz") as archive:
            for file in sorted(folder.iterdir()):
                archive.add(file, arcname=file.name)
        Path(tmp_name).chmod(0o644)
        Path(tmp_name).replace(target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return target


def _move_into_place(building: Path, final: Path) -> Path:
    """A rerun with the same version replaces the old folder; the old one is moved aside
    first, so the final name only ever holds a complete bundle."""
    if final.exists():
        retired = Path(tempfile.mkdtemp(dir=final.parent, prefix=f".{final.name}.old-"))
        final.rename(retired / final.name)
        building.rename(final)
        shutil.rmtree(retired, ignore_errors=True)
    else:
        building.rename(final)
    return final
