"""The documents the trainer hands to other components (train-model, quality-gate, pr-report,
production-baseline, the server), checked against the models generated from their schemas in
schemas/ before they are written: a writer that drifts from the schema fails where it writes,
not in the component that reads."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError

from slipway_ml.generated.bundle_manifest import BundleManifest
from slipway_ml.generated.data_fingerprint import DataFingerprint
from slipway_ml.generated.feature_importance import FeatureImportanceFile
from slipway_ml.generated.metrics_file import MetricsFile
from slipway_ml.generated.paired_comparison import PairedComparison
from slipway_ml.generated.predictions_sample import PredictionSample
from slipway_ml.generated.trainer_result import TrainerResult

BUNDLE_DOCUMENTS: dict[str, type[BaseModel]] = {
    "metrics.json": MetricsFile,
    "manifest.json": BundleManifest,
    "fingerprint.json": DataFingerprint,
    "feature_importance.json": FeatureImportanceFile,
    "predictions_sample.json": PredictionSample,
}


class DocumentSchemaError(RuntimeError):
    """A document the trainer built does not match its schema: a bug in the trainer."""


def _schema_file(model: type[BaseModel]) -> str:
    module = model.__module__.rsplit(".", 1)[-1]
    return f"schemas/{module.replace('_', '-')}.schema.json"


def check_document(model: type[BaseModel], content: Any, name: str) -> None:
    try:
        model.model_validate(content, strict=False)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in error['loc']) or '(root)'}: {error['msg']}"
            for error in exc.errors()
        )
        raise DocumentSchemaError(
            f"{name} does not match {_schema_file(model)}: {problems}"
        ) from exc


def check_bundle_documents(documents: dict[str, Any]) -> None:
    for name, model in BUNDLE_DOCUMENTS.items():
        if name in documents:
            check_document(model, documents[name], name)


def check_trainer_result(result: dict[str, Any]) -> None:
    check_document(TrainerResult, result, "the --result-file")


def check_paired_comparison(comparison: dict[str, Any]) -> None:
    check_document(PairedComparison, comparison, "paired-comparison.json")
