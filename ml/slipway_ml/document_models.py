"""The documents the trainer hands to other components (train-model, quality-gate, pr-report,
production-baseline, the server), checked against the models generated from their schemas in
schemas/ before they are written: a writer that drifts from the schema fails where it writes,
not in the component that reads. Readers parse the same documents with the same models
(`parse_document`), so a file that does not match is refused naming the file and the field."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from slipway_ml.generated.bundle_manifest import BundleManifest
from slipway_ml.generated.data_fingerprint import DataFingerprint
from slipway_ml.generated.data_profile import DataProfile
from slipway_ml.generated.dataset_contract import DatasetContract
from slipway_ml.generated.feature_importance import FeatureImportanceFile
from slipway_ml.generated.metrics_file import MetricsFile
from slipway_ml.generated.model_project import ModelProjectSpec
from slipway_ml.generated.paired_comparison import PairedComparison
from slipway_ml.generated.predictions_sample import PredictionSample
from slipway_ml.generated.trainer_result import TrainerResult

BUNDLE_DOCUMENTS: dict[str, type[BaseModel]] = {
    "metrics.json": MetricsFile,
    "manifest.json": BundleManifest,
    "fingerprint.json": DataFingerprint,
    "feature_importance.json": FeatureImportanceFile,
    "predictions_sample.json": PredictionSample,
    "training_profile.json": DataProfile,
    "spec.yaml": ModelProjectSpec,
    "contract.yaml": DatasetContract,
}


Document = TypeVar("Document", bound=BaseModel)


class DocumentSchemaError(RuntimeError):
    """A document the trainer built does not match its schema: a bug in the trainer."""


class DocumentReadError(ValueError):
    """A document read from a file does not match its schema; names the file and the fields."""

    def __init__(self, file: str, what: str) -> None:
        self.file, self.what = file, what
        super().__init__(f"{file}: {what}")


def schema_file(model: type[BaseModel]) -> str:
    module = model.__module__.rsplit(".", 1)[-1]
    return f"schemas/{module.replace('_', '-')}.schema.json"


def schema_problems(exc: ValidationError) -> str:
    """Each failing field as `dotted.path: message`, the way the spec loaders name them."""
    return "; ".join(
        f"{'.'.join(str(p) for p in error['loc']) or '(root)'}: {error['msg']}"
        for error in exc.errors()
    )


def parse_document(model: type[Document], content: Any, file: str) -> Document:
    """`content` (parsed JSON or YAML read from `file`) as its generated model."""
    try:
        return model.model_validate(content, strict=False)
    except ValidationError as exc:
        what = f"does not match {schema_file(model)}: {schema_problems(exc)}"
        raise DocumentReadError(file, what) from exc


def check_document(model: type[BaseModel], content: Any, name: str) -> None:
    try:
        model.model_validate(content, strict=False)
    except ValidationError as exc:
        raise DocumentSchemaError(
            f"{name} does not match {schema_file(model)}: {schema_problems(exc)}"
        ) from exc


def check_bundle_documents(documents: dict[str, Any]) -> None:
    for name, model in BUNDLE_DOCUMENTS.items():
        if name in documents:
            check_document(model, documents[name], name)


def check_trainer_result(result: dict[str, Any]) -> None:
    check_document(TrainerResult, result, "the --result-file")


def check_paired_comparison(comparison: dict[str, Any]) -> None:
    check_document(PairedComparison, comparison, "paired-comparison.json")
