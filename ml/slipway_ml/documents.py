"""The JSON/YAML documents of a model bundle (besides the model itself) and the MLflow
params, built from a finished training run."""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import pandas as pd

from slipway_ml.evaluate import baseline_mean, mape_undefined_reason
from slipway_ml.features import input_columns
from slipway_ml.train import CandidateResult, Split
from slipway_ml.uncertainty import bootstrap_description, metric_intervals

_SAMPLE_ROWS = 200
_LIBRARIES = ("numpy", "pandas", "scipy", "scikit-learn", "xgboost-cpu", "joblib", "mlflow-skinny")


def metrics_document(
    spec: dict[str, Any],
    chosen: CandidateResult,
    results: list[CandidateResult],
    split: Split,
    target: str,
) -> dict[str, Any]:
    seed = spec["split"]["seed"]

    def intervals(result: CandidateResult) -> dict[str, dict[str, float]]:
        return metric_intervals(split.y_test, result.test_predictions, result.test, seed)

    undefined = mape_undefined_reason(target, split.y_test)
    return {
        "project": spec["project"],
        "primary_metric": spec["selection"]["metric"],
        "chosen": chosen.name,
        "n_train": len(split.x_train),
        "n_test": len(split.x_test),
        "cv_folds": spec["split"]["cv_folds"],
        "test": chosen.test,
        "test_intervals": intervals(chosen),
        "bootstrap": bootstrap_description(seed, len(split.x_test)),
        "baseline_mean": baseline_mean(split.y_train, split.y_test),
        **({"undefined_metrics": {"mape": undefined}} if undefined else {}),
        "candidates": [
            {
                "name": r.name,
                "model": r.model,
                "cv": r.cv,
                "test": r.test,
                "test_intervals": intervals(r),
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


def resolve_git_sha(explicit: str | None) -> str | None:
    return explicit or os.environ.get("GITHUB_SHA") or None


def manifest(
    spec: dict[str, Any],
    version: str,
    seed: int,
    chosen: str,
    git_sha: str | None,
    started: float,
    trained_on: dict[str, Any],
) -> dict[str, Any]:
    return {
        "project": spec["project"],
        "version": version,
        "created_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "git_sha": git_sha,
        "seed": seed,
        "training_seconds": round(time.perf_counter() - started, 3),
        "libraries": library_versions(),
        "python": platform.python_version(),
        "chosen_model": chosen,
        "trained_on": trained_on,
    }


def library_versions() -> dict[str, str]:
    return {name: metadata.version(name) for name in _LIBRARIES}


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


def bundle_documents(
    run: TrainedRun,
    version: str,
    git_sha: str | None,
    started: float,
    trained_on: dict[str, Any],
) -> dict[str, Any]:
    """Every bundle file except model.joblib, by file name."""
    frame, chosen, split = run.inputs.frame, run.chosen, run.split
    spec, contract = run.inputs.spec, run.inputs.contract
    return {
        "spec.yaml": spec,
        "contract.yaml": contract,
        "input_schema.json": input_schema(spec, contract),
        "metrics.json": run.metrics,
        "fingerprint.json": {
            "sha256": run.inputs.data_sha256,
            "rows": len(frame),
            "columns": list(frame.columns),
            "source": run.inputs.source,
        },
        "manifest.json": manifest(
            spec, version, run.inputs.seed, chosen.name, git_sha, started, trained_on
        ),
        "feature_importance.json": run.importance,
        "predictions_sample.json": {
            "actual": [float(v) for v in split.y_test.iloc[:_SAMPLE_ROWS]],
            "predicted": [float(v) for v in chosen.test_predictions[:_SAMPLE_ROWS]],
        },
    }


@dataclass
class LoadedInputs:
    """A run's validated inputs: the resolved spec (seed override applied), the contract
    and the data read against it."""

    spec: dict[str, Any]
    contract: dict[str, Any]
    frame: pd.DataFrame
    data_sha256: str
    source: str
    seed: int


@dataclass
class TrainedRun:
    inputs: LoadedInputs
    split: Split
    results: list[CandidateResult]
    chosen: CandidateResult
    metrics: dict[str, Any]
    importance: list[dict[str, Any]]
