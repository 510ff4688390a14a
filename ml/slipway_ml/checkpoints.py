"""Checkpoints of a SageMaker training run, so that a managed Spot job interrupted and restarted
by SageMaker resumes instead of starting over. SageMaker's checkpoint contract: the container
writes to a local folder (`/opt/ml/checkpoints`), SageMaker copies it to CheckpointConfig.S3Uri
while the job runs and back into the folder when the job restarts.

Layout of the folder:
- `candidate-<i>.joblib`: candidate i of the spec, cross-validated and fitted (a CandidateResult:
  its pipeline, scores and predictions; never the data);
- `bundle/`: the finished bundle's files (and the paired comparison, when there is one);
- `slipway-checkpoint.json`: the key and, per stage, the sha256 of each of its files. Written
  last, after the files it names, each under a temporary name and renamed when complete.

The key is the digest of everything that determines the result (data, spec and contract,
seed, overrides, the other hyperparameters, libraries): a checkpoint made from other inputs is
ignored, and the log says so. A stage file is unpickled only after its sha256 matches the
manifest (the checkpoint is written and read only by the trainer inside the job; the check
catches a partial copy as much as a foreign file); a stage that does not match is redone."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import joblib

from slipway_ml.bundle import model_bytes
from slipway_ml.progress import report
from slipway_ml.sources import sha256_of
from slipway_ml.train import CandidateResult

MANIFEST = "slipway-checkpoint.json"
BUNDLE_STAGE = "bundle"
FORMAT = 1


def candidate_stage(index: int) -> str:
    return f"candidate-{index}"


class Checkpoints:
    """One run's checkpoint folder, opened for a key; only verified stages are offered."""

    def __init__(self, folder: Path, key: str, stages: dict[str, dict[str, str]]) -> None:
        self.folder = folder
        self.key = key
        self.stages = stages

    @classmethod
    def open(cls, folder: Path, key: str) -> Checkpoints:
        _remove_partial_writes(folder)
        stages = _verified_stages(folder, key)
        if stages:
            report("checkpoint", f"resumed from checkpoint: stages {', '.join(stages)}")
        return cls(folder, key, stages)

    def load_candidate(self, index: int, name: str) -> CandidateResult | None:
        stage = candidate_stage(index)
        if stage not in self.stages:
            return None
        stored = joblib.load(self.folder / f"{stage}.joblib")
        if (
            not isinstance(stored, CandidateResult)
            or stored.name != name
            or not isinstance(stored.pickled, bytes)
        ):
            report("checkpoint", f"ignored {stage}: it is not candidate {name}; redoing it")
            del self.stages[stage]
            return None
        report("checkpoint", f"{stage} ({name}) from checkpoint, not refitted")
        return dataclasses.replace(stored, pipeline=joblib.load(io.BytesIO(stored.pickled)))

    def save_candidate(self, index: int, result: CandidateResult) -> None:
        stage = candidate_stage(index)
        file = self.folder / f"{stage}.joblib"
        self.folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=self.folder, prefix=f".{file.name}.")
        # The pipeline as the bytes the bundle's model.joblib holds (see CandidateResult.pickled).
        stored = dataclasses.replace(result, pipeline=None, pickled=model_bytes(result.pipeline))
        with os.fdopen(fd, "wb") as handle:
            joblib.dump(stored, handle)
        Path(tmp_name).replace(file)
        self._record(stage, {file.name: sha256_of(file)})

    def bundle(self) -> Path | None:
        """The finished bundle's folder, when the checkpoint holds it."""
        return self.folder / BUNDLE_STAGE if BUNDLE_STAGE in self.stages else None

    def save_bundle(self, files: list[Path]) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        building = Path(tempfile.mkdtemp(dir=self.folder, prefix=f".{BUNDLE_STAGE}.building-"))
        for file in files:
            shutil.copy2(file, building / file.name)
        final = self.folder / BUNDLE_STAGE
        self.stages.pop(BUNDLE_STAGE, None)
        if final.exists():
            shutil.rmtree(final)
        building.replace(final)
        sums = {f"{BUNDLE_STAGE}/{f.name}": sha256_of(f) for f in sorted(final.iterdir())}
        self._record(BUNDLE_STAGE, sums)
        return final

    def _record(self, stage: str, sums: dict[str, str]) -> None:
        self.stages[stage] = sums
        document = {"format": FORMAT, "key": self.key, "stages": self.stages}
        file = self.folder / MANIFEST
        fd, tmp_name = tempfile.mkstemp(dir=self.folder, prefix=f".{MANIFEST}.")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(document, handle, indent=2)  # stages in the order they were done
            handle.write("\n")
        Path(tmp_name).replace(file)
        report("checkpoint", f"wrote {stage}")


def _verified_stages(folder: Path, key: str) -> dict[str, dict[str, str]]:
    """The manifest's stages whose files all match their sha256; {} for another key."""
    file = folder / MANIFEST
    if not file.is_file():
        return {}
    try:
        document = json.loads(file.read_text(encoding="utf-8"))
        if document.get("format") != FORMAT:
            raise ValueError(f"format {document.get('format')!r}, not {FORMAT}")
        stages = {
            str(name): {str(k): str(v) for k, v in sums.items()}
            for name, sums in document["stages"].items()
        }
        stored_key = str(document["key"])
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        report("checkpoint", f"ignored {file}: unreadable ({exc}); starting afresh")
        return {}
    if stored_key != key:
        report(
            "checkpoint",
            f"ignored {folder}: made from other inputs (key {stored_key[:12]}, "
            f"this run {key[:12]}); starting afresh",
        )
        return {}
    verified: dict[str, dict[str, str]] = {}
    for name, sums in stages.items():
        bad = [rel for rel, digest in sums.items() if not _matches(folder / rel, digest)]
        if bad:
            report("checkpoint", f"ignored stage {name}: {bad[0]} does not match its sha256")
        else:
            verified[name] = sums
    return verified


def _remove_partial_writes(folder: Path) -> None:
    """Temporary files and folders a killed run left (never named by the manifest)."""
    if not folder.is_dir():
        return
    for leftover in folder.glob(".*"):
        if leftover.is_dir():
            shutil.rmtree(leftover)
        else:
            leftover.unlink()


def _matches(file: Path, digest: str) -> bool:
    return file.is_file() and sha256_of(file) == digest


def run_key(identity: dict[str, Any]) -> str:
    """sha256 of the identity's canonical JSON."""
    text = json.dumps(identity, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
