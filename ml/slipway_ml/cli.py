"""`python -m slipway_ml <command> ...`: the seams under the actions and the runner.

- `train`: train a model project and write its bundle (under train-model).
- `log-bundle`: log a bundle trained elsewhere (a SageMaker job) as an MLflow run.
- `resolve-data`: resolve a project's dataset source to a local file and print its path
  (run before validate-data, so validation and training read the same bytes).
- `serve`: the inference server for one model bundle (docs/API.md).
- `deploy-target`: where a project is served (its spec's `deploy:`), for the workflow.
- `mlflow-alias`: point the MLflow alias `staging` or `production` of a project's registered
  model at a version (run after a deploy).

Exit codes: 0 done, 2 bad input (one `error: <where>: <what> — <fix>` line on stderr),
1 anything else."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from slipway_ml.data_resolve import resolve_project_data
from slipway_ml.errors import InputError
from slipway_ml.overrides import parse_overrides
from slipway_ml.s3 import download_s3
from slipway_ml.settings import Settings
from slipway_ml.training_run import (
    RunRequest,
    log_bundle_run,
    run_training,
    write_json_atomically,
)


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="slipway_ml", description=__doc__)
    commands = root.add_subparsers(dest="command", required=True)
    train = commands.add_parser("train", help="train a model project and write its bundle")
    train.add_argument("--project", type=Path, required=True, help="model project spec (YAML)")
    train.add_argument("--output-dir", type=Path, required=True)
    train.add_argument("--result-file", type=Path, required=True)
    train.add_argument("--data", type=Path, help="CSV that overrides the contract's source")
    train.add_argument("--data-root", type=Path, help="folder holding <dataset>/contract.yaml")
    train.add_argument("--seed", type=int, help="overrides split.seed")
    train.add_argument("--tracking-uri", help="MLflow tracking URI")
    train.add_argument("--git-sha")
    train.add_argument(
        "--production-bundle",
        help="production's bundle (folder, .tar.gz, s3://): scored on the same test rows, "
        "written as paired-comparison.json for quality-gate",
    )
    train.add_argument(
        "--overrides", help='hyperparameters per candidate, JSON: {"xgboost": {"max_depth": 4}}'
    )
    resolve = commands.add_parser(
        "resolve-data", help="print the local path of a project's dataset (fetching it if needed)"
    )
    which = resolve.add_mutually_exclusive_group(required=True)
    which.add_argument("--project", type=Path, help="model project spec (YAML)")
    which.add_argument("--uri", help="an s3:// object instead (e.g. a data-arrived manifest's)")
    resolve.add_argument("--data-root", type=Path, help="folder holding <dataset>/contract.yaml")
    target = commands.add_parser(
        "deploy-target", help="print where a project is served, as name=value lines"
    )
    target.add_argument("--project", type=Path, required=True, help="model project spec (YAML)")
    resolve.add_argument("--version-id", help="with --uri: this version of the object")
    resolve.add_argument("--sha256", help="with --uri: fail unless the download hashes to this")
    log = commands.add_parser(
        "log-bundle", help="log a bundle trained elsewhere (SageMaker) as an MLflow run"
    )
    log.add_argument("--bundle", type=Path, required=True, help="the bundle folder")
    log.add_argument("--output-dir", type=Path, required=True, help="holds the default store")
    log.add_argument("--result-file", type=Path, required=True, help="run id and tracking URI")
    log.add_argument("--tracking-uri", help="MLflow tracking URI")
    _add_serve(commands)
    _add_mlflow_alias(commands)
    smoke = commands.add_parser("smoke", help="smoke-test a deployed service (docs/API.md)")
    smoke.add_argument("--url", required=True, help="the service's base URL")
    smoke.add_argument("--expect-version", help="fail unless this model version answers")
    smoke.add_argument("--timeout", type=float, default=180.0, help="seconds to wait for it")
    return root


def _add_mlflow_alias(commands: Any) -> None:
    alias = commands.add_parser(
        "mlflow-alias", help="point an MLflow alias (staging, production) at a model version"
    )
    alias.add_argument("--project", required=True, help="the registered model (project name)")
    alias.add_argument(
        "--version", required=True,
        help="MLflow model version number, or the Slipway model version (<project>-<12 hex>)",
    )  # fmt: skip
    alias.add_argument("--alias", required=True, help="staging or production")
    alias.add_argument("--tracking-uri", help="MLflow store (default: $MLFLOW_TRACKING_URI)")


def _mlflow_alias(args: argparse.Namespace) -> None:
    from slipway_ml.tracking import set_alias

    uri = args.tracking_uri or Settings.from_env().tracking_uri
    if not uri:
        raise InputError(
            "--tracking-uri", "not given and MLFLOW_TRACKING_URI is not set",
            "give the store the trainer logged to, e.g. sqlite:///runs/<run>/mlflow.db",
        )  # fmt: skip
    number = set_alias(uri, args.project, args.version, args.alias)
    print(f"mlflow: {args.project} alias {args.alias} -> version {number} ({uri})", flush=True)


def _add_serve(commands: Any) -> None:
    serve = commands.add_parser("serve", help="serve one model bundle over HTTP (docs/API.md)")
    serve.add_argument("--bundle", help="bundle folder, .tar.gz or s3:// URI (SLIPWAY_BUNDLE)")
    serve.add_argument("--host", help="listen address (SLIPWAY_HOST, default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="listen port (SLIPWAY_PORT, default 8000)")
    serve.add_argument("--batch-limit", type=int, help="rows per batch (SLIPWAY_BATCH_LIMIT)")
    serve.add_argument(
        "--path-prefix", help="also answer every route under it (SLIPWAY_PATH_PREFIX)"
    )
    serve.add_argument(
        "--bundle-sha256", help="the bundle's expected sha256 (SLIPWAY_BUNDLE_SHA256)"
    )
    serve.add_argument(
        "--exit-on-bad-bundle", action="store_true", default=None,
        help="exit 1 instead of staying not-ready (SLIPWAY_EXIT_ON_BAD_BUNDLE)",
    )  # fmt: skip


def _serve(args: argparse.Namespace) -> None:
    from pydantic import ValidationError

    from slipway_ml.serve.run import serve  # imported here: training does not need FastAPI
    from slipway_ml.serve.settings import ServeSettings

    names = ("bundle", "host", "port", "batch_limit", "path_prefix", "bundle_sha256",
             "exit_on_bad_bundle")  # fmt: skip
    flags = {n: getattr(args, n) for n in names if getattr(args, n) is not None}
    try:
        settings = ServeSettings(**flags)
    except ValidationError as exc:
        error = exc.errors()[0]
        name = "_".join(str(part) for part in error["loc"]).upper()
        message = str(error["msg"]).removeprefix("Value error, ")
        if f'"{error["input"]}"' not in message:
            message += f'; got "{error["input"]}"'
        raise InputError(f"SLIPWAY_{name} (--{name.lower().replace('_', '-')})", message) from exc
    code = serve(settings)
    if code:
        raise SystemExit(code)


def _train(args: argparse.Namespace) -> None:
    request = RunRequest(
        project_file=args.project,
        output_dir=args.output_dir,
        result_file=args.result_file,
        data=args.data,
        data_root=args.data_root,
        seed=args.seed,
        tracking_uri=args.tracking_uri,
        git_sha=args.git_sha,
        overrides=None if args.overrides is None else parse_overrides(args.overrides),
        production_bundle=args.production_bundle,
    )
    run_training(request, Settings.from_env())


def _log_bundle(args: argparse.Namespace) -> None:
    if not (args.bundle / "manifest.json").is_file():
        raise InputError(str(args.bundle), "not a bundle folder (no manifest.json)", "pass one")
    result = log_bundle_run(args.bundle, args.tracking_uri, Settings.from_env(), args.output_dir)
    write_json_atomically(args.result_file, result)


def _resolve_data(args: argparse.Namespace) -> None:
    # stdout carries the path alone, so `data=$(python -m slipway_ml resolve-data ...)` works.
    settings = Settings.from_env()
    if args.uri is not None:
        print(download_s3(args.uri, settings, args.version_id, args.sha256), flush=True)
        return
    if args.version_id is not None or args.sha256 is not None:
        raise InputError("--version-id/--sha256", "apply to --uri only", "pass --uri s3://…")
    print(resolve_project_data(args.project, args.data_root, settings), flush=True)


def _smoke(args: argparse.Namespace) -> None:
    from slipway_ml.smoke import SmokeError, run_smoke

    try:
        for line in run_smoke(args.url, args.expect_version, args.timeout):
            print(f"smoke: ok: {line}", flush=True)
    except SmokeError as exc:
        raise InputError(args.url, str(exc), "see the service's logs and ECS events") from exc


def _deploy_target(args: argparse.Namespace) -> None:
    from slipway_ml.deploy_target import deploy_outputs
    from slipway_ml.specs import read_project

    spec = read_project(args.project, Settings.from_env())
    for name, value in deploy_outputs(spec).items():
        print(f"{name}={value}", flush=True)


COMMANDS: dict[str, Callable[[argparse.Namespace], None]] = {
    "train": _train,
    "log-bundle": _log_bundle,
    "resolve-data": _resolve_data,
    "serve": _serve,
    "smoke": _smoke,
    "deploy-target": _deploy_target,
    "mlflow-alias": _mlflow_alias,
}


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        COMMANDS[args.command](args)
    except InputError as exc:
        print(f"error: {exc.line()}", file=sys.stderr, flush=True)
        return 2
    except Exception as exc:
        print(f"error: {type(exc).__name__}: {exc}".splitlines()[0], file=sys.stderr, flush=True)
        return 1
    return 0
