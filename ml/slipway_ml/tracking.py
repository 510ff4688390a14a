"""MLflow logging (params, metrics, the bundle as artifacts). Imported lazily: MLflow's import
costs about a second, paid only when a run is logged."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any
from urllib.parse import urlparse


def resolve_tracking_uri(explicit: str | None, from_env: str | None, output_dir: Path) -> str:
    return explicit or from_env or (output_dir / "mlruns").resolve().as_uri()


def log_run(
    tracking_uri: str,
    metrics: dict[str, Any],
    params: dict[str, Any],
    bundle_dir: Path,
    tags: dict[str, str],
) -> str:
    """Logs one run in the experiment named after the project; returns the run id."""
    if urlparse(tracking_uri).scheme in ("", "file"):
        # MLflow 3 refuses the file store unless opted in; it is the documented default
        # store of a local run (<output-dir>/mlruns), so opt in for file URIs only.
        os.environ.setdefault("MLFLOW_ALLOW_FILE_STORE", "true")
    from mlflow.entities import Metric, Param, RunTag
    from mlflow.tracking import MlflowClient

    logging.getLogger("mlflow").setLevel(logging.WARNING)
    client = MlflowClient(tracking_uri=tracking_uri)
    project = metrics["project"]
    experiment = client.get_experiment_by_name(project)
    experiment_id = experiment.experiment_id if experiment else client.create_experiment(project)
    run = client.create_run(experiment_id, tags=tags, run_name=tags.get("slipway.version"))
    run_id: str = run.info.run_id
    client.log_batch(
        run_id,
        metrics=[Metric(k, v, 0, 0) for k, v in _flat_metrics(metrics).items()],
        params=[Param(k, str(v)[:6000]) for k, v in params.items()],
        tags=[RunTag(k, v) for k, v in tags.items()],
    )
    client.log_artifacts(run_id, str(bundle_dir), artifact_path="bundle")
    client.set_terminated(run_id)
    return run_id


def _flat_metrics(metrics: dict[str, Any]) -> dict[str, float]:
    flat = {f"test_{k}": v for k, v in metrics["test"].items()}
    flat |= {f"baseline_mean_{k}": v for k, v in metrics["baseline_mean"].items()}
    for metric, interval in metrics["test_intervals"].items():
        flat[f"test_{metric}_low"] = interval["low"]
        flat[f"test_{metric}_high"] = interval["high"]
    for candidate in metrics["candidates"]:
        for metric, stats in candidate["cv"].items():
            flat[f"{candidate['name']}.cv_{metric}_mean"] = stats["mean"]
        for metric, value in candidate["test"].items():
            flat[f"{candidate['name']}.test_{metric}"] = value
    # An undefined metric (mape with a zero target) is absent, not logged as a number.
    return {k: v for k, v in flat.items() if v is not None}
