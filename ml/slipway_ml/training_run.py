"""One training run, end to end: spec → data → candidates → evaluation → bundle → MLflow →
result file. Nothing is written before the data has been read and every candidate trained,
so bad input never leaves anything behind."""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import platform
import tempfile
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from slipway_ml.bundle import compute_version, write_bundle
from slipway_ml.csvread import read_csv
from slipway_ml.errors import InputError
from slipway_ml.evaluate import baseline_mean, feature_importance
from slipway_ml.features import input_columns
from slipway_ml.progress import report
from slipway_ml.settings import Settings
from slipway_ml.sources import resolve_source, sha256_of
from slipway_ml.specs import check_project_against_contract, load_contract, load_project
from slipway_ml.tracking import log_run, resolve_tracking_uri
from slipway_ml.train import CandidateResult, Split, choose, run_candidate, split_data

_LIBRARIES = ("numpy", "pandas", "scipy", "scikit-learn", "xgboost-cpu", "joblib", "mlflow-skinny")
_SAMPLE_ROWS = 200


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


def run_training(request: RunRequest, settings: Settings) -> dict[str, Any]:
    timings: dict[str, float] = {}
    started = time.perf_counter()
    project = load_project(request.project_file, settings)
    seed = project["split"]["seed"] if request.seed is None else request.seed
    resolved = copy.deepcopy(project)
    resolved["split"]["seed"] = seed
    contract_file = locate_contract(project["dataset"], request)
    contract = load_contract(contract_file, settings)
    check_project_against_contract(request.project_file, project, contract)
    data_file = (
        request.data.resolve()
        if request.data
        else resolve_source(contract, contract_file, settings)
    )
    frame = read_csv(data_file, contract)
    data_sha = sha256_of(data_file)
    report("load", f"{len(frame)} rows from {data_file} (sha256 {data_sha[:12]})")
    timings["load"] = time.perf_counter() - started

    split = split_data(frame, resolved, contract, seed)
    context = {
        "project": resolved,
        "contract": contract,
        "seed": seed,
        "n_jobs": settings.n_jobs,
        "project_file": request.project_file,
    }
    results = [run_candidate(i, c, context, split) for i, c in enumerate(resolved["candidates"])]
    timings["cv"] = sum(r.cv_seconds for r in results)
    timings["fit"] = sum(r.fit_seconds for r in results)
    metric = resolved["selection"]["metric"]
    chosen = results[choose(results, metric)]
    report("select", f"{chosen.name} (mean cv {metric}={chosen.cv[metric]['mean']:.6g})")

    mark = time.perf_counter()
    metrics = metrics_document(resolved, chosen, results, split)
    importance = feature_importance(chosen.pipeline, split.x_test, split.y_test, metric, seed)
    timings["evaluate"] = time.perf_counter() - mark
    report(
        "evaluate",
        f"test {metric}={chosen.test[metric]:.6g}, baseline_mean "
        f"{metric}={metrics['baseline_mean'][metric]:.6g}",
    )

    mark = time.perf_counter()
    version = compute_version(project["project"], data_sha, resolved, seed, chosen.test)
    source = describe_source(contract, request.data)
    documents = {
        "spec.yaml": resolved,
        "contract.yaml": contract,
        "input_schema.json": input_schema(resolved, contract),
        "metrics.json": metrics,
        "fingerprint.json": {
            "sha256": data_sha,
            "rows": len(frame),
            "columns": list(frame.columns),
            "source": source,
        },
        "manifest.json": manifest(resolved, version, seed, chosen.name, request, started),
        "feature_importance.json": importance,
        "predictions_sample.json": {
            "actual": [float(v) for v in split.y_test.iloc[:_SAMPLE_ROWS]],
            "predicted": [float(v) for v in chosen.test_predictions[:_SAMPLE_ROWS]],
        },
    }
    bundle_dir, tarball = write_bundle(request.output_dir, version, chosen.pipeline, documents)
    timings["bundle"] = time.perf_counter() - mark
    report("bundle", f"{bundle_dir}")

    mark = time.perf_counter()
    tracking_uri = resolve_tracking_uri(
        request.tracking_uri, settings.tracking_uri, request.output_dir
    )
    run_id = log_run(
        tracking_uri,
        metrics,
        mlflow_params(resolved, chosen.name, data_sha, source),
        bundle_dir,
        {"slipway.version": version, "slipway.git_sha": git_sha(request) or ""},
    )
    timings["mlflow"] = time.perf_counter() - mark
    report("mlflow", f"run {run_id} at {tracking_uri}")
    timings["total"] = time.perf_counter() - started
    report("timing", " ".join(f"{k}={v:.2f}s" for k, v in timings.items()))

    result = {
        "version": version,
        "bundle_dir": str(bundle_dir.resolve()),
        "bundle_tarball": str(tarball.resolve()),
        "metrics_file": str((bundle_dir / "metrics.json").resolve()),
        "mlflow_run_id": run_id,
        "tracking_uri": tracking_uri,
    }
    write_json_atomically(request.result_file, result)
    return result


def locate_contract(dataset: str, request: RunRequest) -> Path:
    """`--data-root`, else `<workspace>/data` ($GITHUB_WORKSPACE, then the current folder),
    else the data/ folder of the repository holding the spec (ml/projects/<name>.yaml)."""
    if request.data_root is not None:
        roots = [request.data_root]
    else:
        workspace = Path(os.environ.get("GITHUB_WORKSPACE") or Path.cwd())
        roots = [workspace / "data", request.project_file.resolve().parents[2] / "data"]
    for root in roots:
        contract = root / dataset / "contract.yaml"
        if contract.is_file():
            return contract.resolve()
    raise InputError(
        f"{request.project_file}: dataset",
        f"no contract for '{dataset}' in {', '.join(str(r) for r in roots)}",
        "pass --data-root <dir> holding <dataset>/contract.yaml",
    )


def metrics_document(
    spec: dict[str, Any], chosen: CandidateResult, results: list[CandidateResult], split: Split
) -> dict[str, Any]:
    return {
        "project": spec["project"],
        "primary_metric": spec["selection"]["metric"],
        "chosen": chosen.name,
        "n_train": len(split.x_train),
        "n_test": len(split.x_test),
        "cv_folds": spec["split"]["cv_folds"],
        "test": chosen.test,
        "baseline_mean": baseline_mean(split.y_train, split.y_test),
        "candidates": [
            {
                "name": r.name,
                "model": r.model,
                "cv": r.cv,
                "test": r.test,
                "fit_seconds": round(r.fit_seconds, 3),
            }
            for r in results
        ],
    }


def input_schema(spec: dict[str, Any], contract: dict[str, Any]) -> dict[str, Any]:
    return {
        "target": contract["target"],
        "features": input_columns(spec, contract),
        "derived": spec.get("features", {}).get("derived", []),
    }


def describe_source(contract: dict[str, Any], override: Path | None) -> str:
    if override is not None:
        return f"file:{override.resolve()}"
    source = contract["source"]
    if source["kind"] == "generator":
        generator = source["generator"]
        return f"generator:{generator['script']} {json.dumps(generator.get('params', {}))}"
    return f"{source['kind']}:{source.get('url') or source.get('path') or source.get('uri')}"


def git_sha(request: RunRequest) -> str | None:
    return request.git_sha or os.environ.get("GITHUB_SHA") or None


def manifest(
    spec: dict[str, Any],
    version: str,
    seed: int,
    chosen: str,
    request: RunRequest,
    started: float,
) -> dict[str, Any]:
    return {
        "project": spec["project"],
        "version": version,
        "created_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "git_sha": git_sha(request),
        "seed": seed,
        "training_seconds": round(time.perf_counter() - started, 3),
        "libraries": {name: metadata.version(name) for name in _LIBRARIES},
        "python": platform.python_version(),
        "chosen_model": chosen,
    }


def mlflow_params(spec: dict[str, Any], chosen: str, data_sha: str, source: str) -> dict[str, Any]:
    params: dict[str, Any] = {
        "chosen_model": chosen,
        "seed": spec["split"]["seed"],
        "data_sha256": data_sha,
        "data_source": source,
        "test_fraction": spec["split"]["test_fraction"],
        "cv_folds": spec["split"]["cv_folds"],
        "selection_metric": spec["selection"]["metric"],
    }
    for candidate in spec["candidates"]:
        for name, value in candidate.get("params", {}).items():
            params[f"{candidate['name']}.{name}"] = value
    return params


def write_json_atomically(file: Path, content: dict[str, Any]) -> None:
    file.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=file.parent, prefix=f".{file.name}.")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(content, handle, indent=2)
        handle.write("\n")
    Path(tmp_name).replace(file)
