"""Loading one bundle: every file present and parseable, the documents that have a schema
valid against their generated models, the libraries it was trained with compatible with the
ones installed, the model unpickled. Any failure is a BundleError that names the file (and the
field) and the fix."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import joblib
import yaml

from slipway_ml.document_models import (
    BUNDLE_DOCUMENTS,
    Document,
    DocumentReadError,
    parse_document,
)
from slipway_ml.generated.bundle_manifest import BundleManifest
from slipway_ml.generated.dataset_contract import DatasetContract
from slipway_ml.generated.metrics_file import MetricsFile
from slipway_ml.generated.model_project import ModelProjectSpec
from slipway_ml.serve.bundle_digest import ExpectedDigest
from slipway_ml.serve.bundle_source import materialise
from slipway_ml.serve.errors import BundleError

JSON_FILES = (
    "input_schema.json", "metrics.json", "manifest.json", "calibration.json",
    "fingerprint.json", "feature_importance.json", "predictions_sample.json",
)  # fmt: skip
# Documents with a schema that the server only passes on (in the model answer): validated here.
PASSED_THROUGH = ("fingerprint.json", "feature_importance.json", "predictions_sample.json")
# Bundles trained before the live summary have no training profile; the live drift says so.
TRAINING_PROFILE = "training_profile.json"
MODEL_FILE = "model.joblib"
SPEC_FILE = "spec.yaml"
CONTRACT_FILE = "contract.yaml"
# A pickled pipeline is only trusted with the same major.minor of these libraries.
PINNED_LIBRARIES = ("scikit-learn", "xgboost-cpu")
RETRAIN = "retrain the bundle with this trainer version, or serve it from a matching image"


@dataclass(frozen=True)
class Bundle:
    folder: Path
    pipeline: Any
    spec: ModelProjectSpec
    contract: DatasetContract
    manifest: BundleManifest
    metrics: MetricsFile
    # File name → parsed content (the JSON files and contract.yaml); those with a schema have
    # been validated against it, and are passed through as the files hold them.
    documents: dict[str, Any]
    temporary: bool = False  # our unpacked or verified copy, deleted at shutdown

    def doc(self, name: str) -> Any:
        return self.documents[name]


def load_bundle(
    reference: str, work_dir: Path | None = None, expected: ExpectedDigest | None = None
) -> Bundle:
    """The bundle, its digest checked against `expected` before anything is read from it."""
    folder, temporary = materialise(reference, work_dir, expected)
    try:
        return _load_folder(folder, temporary)
    except BaseException:
        if temporary:
            shutil.rmtree(folder, ignore_errors=True)
        raise


def _load_folder(folder: Path, temporary: bool) -> Bundle:
    for name in (MODEL_FILE, SPEC_FILE, CONTRACT_FILE, *JSON_FILES):
        if not (folder / name).is_file():
            raise BundleError(
                str(folder / name), "missing: the bundle is partial", "use a complete bundle"
            )
    documents = _read_documents(folder)
    manifest = _parse(folder / "manifest.json", BundleManifest, documents["manifest.json"])
    metrics = _parse(folder / "metrics.json", MetricsFile, documents["metrics.json"])
    _check_libraries(folder / "manifest.json", manifest)
    spec = _parse(folder / SPEC_FILE, ModelProjectSpec, _read_yaml(folder / SPEC_FILE))
    documents[CONTRACT_FILE] = _read_yaml(folder / CONTRACT_FILE)
    contract = _parse(folder / CONTRACT_FILE, DatasetContract, documents[CONTRACT_FILE])
    pipeline = _unpickle(folder / MODEL_FILE)
    _check_difficulty(folder, documents["calibration.json"], pipeline)
    return Bundle(folder, pipeline, spec, contract, manifest, metrics, documents, temporary)


def _read_documents(folder: Path) -> dict[str, Any]:
    """The bundle's JSON files; those with a schema that are only passed on, validated."""
    documents = {name: _read_json(folder / name) for name in JSON_FILES}
    _check_documents(folder, documents)
    for name in PASSED_THROUGH:
        _parse(folder / name, BUNDLE_DOCUMENTS[name], documents[name])
    if (folder / TRAINING_PROFILE).is_file():
        documents[TRAINING_PROFILE] = _read_json(folder / TRAINING_PROFILE)
        _parse(
            folder / TRAINING_PROFILE,
            BUNDLE_DOCUMENTS[TRAINING_PROFILE],
            documents[TRAINING_PROFILE],
        )
    return documents


def _unpickle(file: Path) -> Any:
    try:
        pipeline = joblib.load(file)
    except Exception as exc:  # unpickling can raise almost anything
        raise BundleError(str(file), f"cannot be loaded ({exc})", RETRAIN) from exc
    if not callable(getattr(pipeline, "predict", None)):
        raise BundleError(str(file), "is not a fitted model", RETRAIN)
    return pipeline


def _parse(file: Path, model: type[Document], content: Any) -> Document:
    try:
        return parse_document(model, content, str(file))
    except DocumentReadError as exc:
        raise BundleError(exc.file, exc.what, RETRAIN) from exc


def _read_json(file: Path) -> Any:
    try:
        return json.loads(file.read_text("utf-8"))
    except (ValueError, OSError) as exc:
        raise BundleError(str(file), f"is not valid JSON ({exc})", "use a complete bundle") from exc


def _read_yaml(file: Path) -> dict[str, Any]:
    try:
        content = yaml.safe_load(file.read_text("utf-8"))
    except (yaml.YAMLError, OSError) as exc:
        raise BundleError(str(file), f"is not valid YAML ({exc})", "use a complete bundle") from exc
    if not isinstance(content, dict):
        raise BundleError(str(file), "is not a YAML mapping", "use a complete bundle")
    return content


def _check_documents(folder: Path, documents: dict[str, Any]) -> None:
    schema = documents["input_schema.json"]
    if not isinstance(schema, dict) or not isinstance(schema.get("features"), list):
        raise BundleError(str(folder / "input_schema.json"), "has no features list", RETRAIN)
    calibration = documents["calibration.json"]
    methods = ("split-conformal", "normalised-split-conformal")
    if not isinstance(calibration, dict) or calibration.get("method") not in methods:
        raise BundleError(
            str(folder / "calibration.json"), "is not a split-conformal calibration", RETRAIN
        )
    if not isinstance(calibration.get("quantile"), int | float):
        raise BundleError(str(folder / "calibration.json"), "has no numeric quantile", RETRAIN)


def _check_difficulty(folder: Path, calibration: dict[str, Any], pipeline: Any) -> None:
    """A normalised interval's weights must match the estimator's inputs, one per column."""
    rule = calibration.get("difficulty")
    if rule is None:
        return
    weights = rule.get("weights") if isinstance(rule, dict) else None
    inputs = getattr(getattr(pipeline, "steps", [[None, None]])[-1][1], "n_features_in_", None)
    if not isinstance(weights, list) or (inputs is not None and len(weights) != inputs):
        raise BundleError(
            str(folder / "calibration.json"),
            f"difficulty.weights do not match the model's {inputs} input columns",
            RETRAIN,
        )


def _check_libraries(file: Path, manifest: BundleManifest) -> None:
    trained = manifest.libraries
    for name in PINNED_LIBRARIES:
        wanted = str(trained.get(name, ""))
        installed = metadata.version(name)
        if _minor(wanted) != _minor(installed):
            raise BundleError(
                str(file),
                f"trained with {name} {wanted or '(unknown)'}, this server has {installed}",
                RETRAIN,
            )


def _minor(version: str) -> tuple[str, ...]:
    return tuple(version.split(".")[:2])
