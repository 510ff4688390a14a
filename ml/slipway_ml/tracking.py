"""MLflow: each run logged (params, metrics, the bundle as artifacts) and registered as a version
of the registered model named after the project; deploys point the aliases `staging` and
`production` at a version. The default store is SQLite (`<output-dir>/mlflow.db`, with the model
registry), which MLflow 3's client and `mlflow ui` open as they are. Imported lazily: MLflow's
import costs about a second, paid only when a run is logged."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from slipway_ml.errors import InputError

if TYPE_CHECKING:
    from mlflow.tracking import MlflowClient

# Aliases the deploys set; MLflow allows others, Slipway sets only these.
ALIASES = ("staging", "production")


def default_tracking_uri(output_dir: Path) -> str:
    return f"sqlite:///{(output_dir / 'mlflow.db').resolve()}"


def resolve_tracking_uri(explicit: str | None, from_env: str | None, output_dir: Path) -> str:
    return explicit or from_env or default_tracking_uri(output_dir)


def sqlite_file(tracking_uri: str) -> Path | None:
    """The database file of a `sqlite:///<absolute path>` URI, else None."""
    if not tracking_uri.startswith("sqlite:///"):
        return None
    return Path(tracking_uri.removeprefix("sqlite:///"))


@dataclass(frozen=True)
class LoggedRun:
    run_id: str
    registered_model: str
    model_version: str


def _client(tracking_uri: str, cache_dir: Path | None = None) -> MlflowClient:
    scheme = urlparse(tracking_uri).scheme
    if scheme in ("", "file"):
        # An explicitly chosen file store (MLflow 3 refuses it unless opted in); the default
        # is SQLite and needs no opt-in.
        os.environ.setdefault("MLFLOW_ALLOW_FILE_STORE", "true")
    database = sqlite_file(tracking_uri)
    for name in ("mlflow", "alembic"):
        logging.getLogger(name).setLevel(logging.WARNING)
    if database is not None and cache_dir is not None and not database.exists():
        _copy_empty_store(database, cache_dir)
    import mlflow
    from mlflow.tracking import MlflowClient

    # MLflow's internal clients (e.g. the file registry's run lookup) use the process-wide URIs,
    # whose MLflow 3 default is ./mlflow.db in the working directory: point them here too.
    exported = {
        name: os.environ.get(name) for name in ("MLFLOW_TRACKING_URI", "MLFLOW_REGISTRY_URI")
    }
    mlflow.set_tracking_uri(tracking_uri)
    mlflow.set_registry_uri(tracking_uri)
    # set_tracking_uri also exports MLFLOW_TRACKING_URI (for subprocesses); a later run in this
    # process must resolve its store from the user's setting, not from this run's.
    for name, value in exported.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    return MlflowClient(tracking_uri=tracking_uri, registry_uri=tracking_uri)


def _copy_empty_store(database: Path, cache_dir: Path) -> None:
    """A new SQLite store runs every MLflow schema migration (seconds); an empty store migrated
    once per MLflow version and kept in the cache is copied instead."""
    versions = "-".join(metadata.version(p) for p in ("mlflow-skinny", "sqlalchemy", "alembic"))
    template = cache_dir / "mlflow" / f"empty-store-{versions}.db"
    if not template.exists():
        template.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=template.parent) as scratch:
            building = Path(scratch) / "store.db"
            from mlflow.tracking import MlflowClient

            MlflowClient(tracking_uri=f"sqlite:///{building}").search_experiments()
            building.replace(template)  # complete before it has its final name
    database.parent.mkdir(parents=True, exist_ok=True)
    partial = database.with_name(f".{database.name}.partial")
    shutil.copyfile(template, partial)
    partial.replace(database)


def _artifact_location(tracking_uri: str) -> str | None:
    """Artifacts of a SQLite store live beside it (MLflow's own default is ./mlruns under the
    working directory, wherever that is)."""
    database = sqlite_file(tracking_uri)
    return None if database is None else (database.parent / "mlartifacts").as_uri()


def log_run(
    tracking_uri: str,
    metrics: dict[str, Any],
    params: dict[str, Any],
    bundle_dir: Path,
    tags: dict[str, str],
    cache_dir: Path | None = None,
) -> LoggedRun:
    """Logs one run in the experiment named after the project and registers its bundle as a new
    version of the registered model of the same name."""
    from mlflow.entities import Metric, Param, RunTag

    client = _client(tracking_uri, cache_dir)
    project = metrics["project"]
    experiment = client.get_experiment_by_name(project)
    experiment_id = (
        experiment.experiment_id
        if experiment
        else client.create_experiment(project, artifact_location=_artifact_location(tracking_uri))
    )
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
    version = _register(client, project, run_id, f"{run.info.artifact_uri}/bundle", tags)
    return LoggedRun(run_id, project, version)


def _register(
    client: MlflowClient, name: str, run_id: str, source: str, tags: dict[str, str]
) -> str:
    from mlflow.exceptions import MlflowException

    try:
        client.create_registered_model(name, description=f"Slipway model project {name}")
    except MlflowException as exc:
        if exc.error_code != "RESOURCE_ALREADY_EXISTS":
            raise
    version = client.create_model_version(name, source, run_id=run_id, tags=tags)
    return str(version.version)


def set_alias(tracking_uri: str, project: str, version: str, alias: str) -> str:
    """Points `alias` of the registered model `project` at a version, given as MLflow's version
    number or as the Slipway model version (the newest MLflow version whose run trained it).
    Returns the MLflow version number."""
    if alias not in ALIASES:
        raise InputError("--alias", f'"{alias}" is not one of {", ".join(ALIASES)}')
    from mlflow.exceptions import MlflowException

    client = _client(tracking_uri)
    where = f"{tracking_uri}: registered model {project}"
    try:
        if version.isdigit():
            number = client.get_model_version(project, version).version
        else:
            found = client.search_model_versions(
                f"name = '{project}' and tag.`slipway.version` = '{version}'"
            )
            if not found:
                raise InputError(
                    where,
                    f"no version was trained as {version}",
                    "give a model version the trainer logged to this tracking store",
                )
            number = max(found, key=lambda v: int(v.version)).version
        client.set_registered_model_alias(project, alias, str(number))
    except MlflowException as exc:
        fix = "check --project, --version and --tracking-uri"
        raise InputError(where, exc.message, fix) from exc
    return str(number)


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
