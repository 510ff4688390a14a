"""One training run, end to end: spec → data → candidates → evaluation → bundle → MLflow →
result file. Nothing is written before the data has been read and every candidate trained,
so bad input never leaves anything behind."""

from __future__ import annotations

import copy
import json
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from slipway_ml.bundle import SUMS_FILE, compute_version, file_sha256, model_bytes, write_bundle
from slipway_ml.calibration import calibration_document
from slipway_ml.csvread import read_csv
from slipway_ml.data_resolve import locate_contract
from slipway_ml.document_models import (
    Document,
    DocumentReadError,
    check_bundle_documents,
    check_paired_comparison,
    check_trainer_result,
    parse_document,
)
from slipway_ml.documents import (
    LoadedInputs,
    TrainedRun,
    bundle_documents,
    describe_source,
    metrics_document,
    mlflow_params,
    resolve_git_sha,
)
from slipway_ml.errors import InputError
from slipway_ml.evaluate import feature_importance
from slipway_ml.generated.bundle_manifest import BundleManifest
from slipway_ml.generated.data_fingerprint import DataFingerprint
from slipway_ml.generated.metrics_file import MetricsFile
from slipway_ml.overrides import apply_overrides
from slipway_ml.production_compare import comparison_document, comparison_file
from slipway_ml.progress import report
from slipway_ml.settings import Settings
from slipway_ml.sources import resolve_source, sha256_of
from slipway_ml.specs import (
    check_project_against_contract,
    load_contract,
    load_project,
    read_yaml,
)
from slipway_ml.tracking import log_run, resolve_tracking_uri
from slipway_ml.train import (
    CandidateResult,
    Split,
    check_metrics_defined,
    choose,
    run_candidate,
    split_data,
)
from slipway_ml.training_profile import training_profile


class CandidateCheckpoints(Protocol):
    """Where a fitted candidate is kept and found again (slipway_ml.checkpoints)."""

    def load_candidate(self, index: int, name: str) -> CandidateResult | None: ...

    def save_candidate(self, index: int, result: CandidateResult) -> None: ...


@dataclass(frozen=True)
class RunRequest:
    project_file: Path
    output_dir: Path
    result_file: Path
    data: Path | None = None
    data_root: Path | None = None
    seed: int | None = None
    tracking_uri: str | None = None
    git_sha: str | None = None
    overrides: dict[str, dict[str, Any]] | None = None
    production_bundle: str | None = None
    # Where the run happened, for the manifest ({"backend": "local"} unless a backend says).
    trained_on: dict[str, Any] | None = None
    # Recorded as the data's source instead of the one derived from the contract or --data:
    # a remote backend reads a copy of the file, but the bundle names the original.
    data_source: str | None = None
    # A remote backend logs the run where its bundle lands (`log-bundle`), not where it trains.
    log_to_mlflow: bool = True
    # A resumable run (SageMaker Spot) keeps each fitted candidate and skips those it has.
    checkpoints: CandidateCheckpoints | None = None


class Stopwatch:
    """Seconds per stage, printed as one `[slipway] timing:` line (read by the benchmark)."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.mark = self.started
        self.seconds: dict[str, float] = {}

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.seconds[stage] = self.seconds.get(stage, 0.0) + now - self.mark
        self.mark = now

    def record(self, stage: str, seconds: float) -> None:
        """For stages measured elsewhere (CV and fit are interleaved per candidate)."""
        self.seconds[stage] = seconds
        self.mark = time.perf_counter()

    def report(self) -> None:
        self.seconds["total"] = time.perf_counter() - self.started
        report("timing", " ".join(f"{k}={v:.2f}s" for k, v in self.seconds.items()))


def run_training(request: RunRequest, settings: Settings) -> dict[str, Any]:
    clock = Stopwatch()
    inputs = load_inputs(request, settings)
    clock.lap("load")
    run = train_and_evaluate(inputs, request.project_file, settings, clock, request.checkpoints)
    model = run.chosen.pickled or model_bytes(run.chosen.pipeline)
    version = compute_version(
        inputs.spec["project"], inputs.data_sha256, inputs.spec, inputs.seed, model
    )
    # Before anything is written: a bad production bundle leaves nothing behind.
    comparison = (
        None
        if request.production_bundle is None
        else comparison_document(request.production_bundle, run, version)
    )
    trained_on = request.trained_on or {"backend": "local"}
    documents = bundle_documents(
        run, version, resolve_git_sha(request.git_sha), clock.started, trained_on
    )
    documents["calibration.json"] = calibration_document(
        run.chosen.pipeline, run.split, run.chosen.test_predictions, run.chosen.out_of_fold
    )
    documents["training_profile.json"] = training_profile(
        run.split.x_train, inputs.contract, inputs.spec["dataset"], inputs.data_sha256
    )
    check_bundle_documents(documents)
    bundle_dir, tarball = write_bundle(request.output_dir, version, model, documents)
    report("bundle", f"{bundle_dir}")
    clock.lap("bundle")
    result: dict[str, Any] = {
        "version": version,
        "bundle_dir": str(bundle_dir.resolve()),
        "bundle_tarball": str(tarball.resolve()),
        # What the server checks before unpickling (SLIPWAY_BUNDLE_SHA256): the tarball's
        # digest, and the folder manifest's for a server given the unpacked folder.
        "bundle_sha256": file_sha256(tarball),
        "bundle_manifest_sha256": file_sha256(bundle_dir / SUMS_FILE),
        "metrics_file": str((bundle_dir / "metrics.json").resolve()),
    }
    if request.log_to_mlflow:
        result |= log_bundle_run(bundle_dir, request.tracking_uri, settings, request.output_dir)
        clock.lap("mlflow")
    if comparison is not None:
        file = comparison_file(request.output_dir)
        check_paired_comparison(comparison)
        write_json_atomically(file, comparison)
        result["paired_comparison_file"] = str(file.resolve())
        report("compare", f"paired with production {comparison['production_version']}: {file}")
    clock.report()
    check_trainer_result(result)
    write_json_atomically(request.result_file, result)
    return result


def log_bundle_run(
    bundle_dir: Path, explicit_uri: str | None, settings: Settings, output_dir: Path
) -> dict[str, str]:
    """Logs a written bundle as an MLflow run (params, metrics, tags from its own files);
    registers the bundle as a version of the project's registered model; returns the result
    file's mlflow_run_id, mlflow_model_version and tracking_uri."""
    tracking_uri = resolve_tracking_uri(explicit_uri, settings.tracking_uri, output_dir)
    spec = read_yaml(bundle_dir / "spec.yaml")
    metrics_content = _read_json(bundle_dir / "metrics.json")
    metrics = _parse(bundle_dir / "metrics.json", MetricsFile, metrics_content)
    fingerprint = _parse(
        bundle_dir / "fingerprint.json",
        DataFingerprint,
        _read_json(bundle_dir / "fingerprint.json"),
    )
    manifest = _parse(
        bundle_dir / "manifest.json", BundleManifest, _read_json(bundle_dir / "manifest.json")
    )
    params = mlflow_params(spec, metrics.chosen, fingerprint.sha256, fingerprint.source)
    tags = {"slipway.version": manifest.version, "slipway.git_sha": manifest.git_sha or ""}
    logged = log_run(tracking_uri, metrics_content, params, bundle_dir, tags, settings.cache_dir)
    report(
        "mlflow",
        f"run {logged.run_id}, registered model {logged.registered_model} "
        f"version {logged.model_version} at {tracking_uri}",
    )
    return {
        "mlflow_run_id": logged.run_id,
        "mlflow_model_version": logged.model_version,
        "tracking_uri": tracking_uri,
    }


def _read_json(file: Path) -> Any:
    try:
        return json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(str(file), f"is not a readable JSON file ({exc})", _WRITTEN_HERE) from exc


def _parse(file: Path, model: type[Document], content: Any) -> Document:
    try:
        return parse_document(model, content, str(file))
    except DocumentReadError as exc:
        raise InputError(exc.file, exc.what, _WRITTEN_HERE) from exc


_WRITTEN_HERE = "log a complete bundle written by this trainer"


def load_inputs(request: RunRequest, settings: Settings) -> LoadedInputs:
    project = load_project(request.project_file, settings)
    spec = copy.deepcopy(project)
    if request.overrides:
        spec = apply_overrides(spec, request.overrides)
    if request.seed is not None:
        spec["split"]["seed"] = request.seed
    contract_file = locate_contract(project["dataset"], request.project_file, request.data_root)
    contract = load_contract(contract_file, settings)
    check_project_against_contract(request.project_file, project, contract)
    if request.data is not None:
        data_file = request.data.resolve()
    else:
        data_file = resolve_source(contract, contract_file, settings)
    frame = read_csv(data_file, contract)
    data_sha256 = sha256_of(data_file)
    report("load", f"{len(frame)} rows from {data_file} (sha256 {data_sha256[:12]})")
    source = request.data_source or describe_source(contract, request.data)
    return LoadedInputs(spec, contract, frame, data_sha256, source, spec["split"]["seed"])


def train_and_evaluate(
    inputs: LoadedInputs,
    project_file: Path,
    settings: Settings,
    clock: Stopwatch,
    checkpoints: CandidateCheckpoints | None = None,
) -> TrainedRun:
    spec, seed = inputs.spec, inputs.seed
    target = inputs.contract["target"]
    check_metrics_defined(spec, target, inputs.frame[target], project_file)
    split = split_data(inputs.frame, spec, inputs.contract, seed)
    context = {
        "project": spec,
        "contract": inputs.contract,
        "seed": seed,
        "n_jobs": settings.n_jobs,
        "project_file": project_file,
    }
    results = [
        fitted_candidate(i, c, context, split, checkpoints)
        for i, c in enumerate(spec["candidates"])
    ]
    clock.record("cv", sum(r.cv_seconds for r in results))
    clock.record("fit", sum(r.fit_seconds for r in results))
    metric = spec["selection"]["metric"]
    chosen = results[choose(results, metric)]
    report("select", f"{chosen.name} (mean cv {metric}={chosen.cv[metric]['mean']:.6g})")
    metrics = metrics_document(spec, chosen, results, split, target)
    derived = spec.get("features", {}).get("derived", [])
    importance = feature_importance(
        chosen.pipeline, split.x_test, split.y_test, metric, seed, derived
    )
    report(
        "evaluate",
        f"test {metric}={chosen.test[metric]:.6g}, "
        f"baseline_mean {metric}={metrics['baseline_mean'][metric]:.6g}",
    )
    clock.lap("evaluate")
    return TrainedRun(inputs, split, results, chosen, metrics, importance)


def fitted_candidate(
    index: int,
    candidate: dict[str, Any],
    context: dict[str, Any],
    split: Split,
    checkpoints: CandidateCheckpoints | None,
) -> CandidateResult:
    if checkpoints is None:
        return run_candidate(index, candidate, context, split)
    resumed = checkpoints.load_candidate(index, candidate["name"])
    if resumed is not None:
        return resumed
    result = run_candidate(index, candidate, context, split)
    checkpoints.save_candidate(index, result)
    return result


def write_json_atomically(file: Path, content: dict[str, Any]) -> None:
    file.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=file.parent, prefix=f".{file.name}.")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(content, handle, indent=2)
        handle.write("\n")
    Path(tmp_name).replace(file)
