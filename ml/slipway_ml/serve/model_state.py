"""What the routes serve: the loaded bundle with its validator, predictor and metadata, or
the reason there is none (then readiness and predictions answer 503)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import orjson

from slipway_ml.generated.dataset_contract import Column, DatasetContract
from slipway_ml.intervals import half_widths
from slipway_ml.serve.bundle_load import Bundle
from slipway_ml.serve.predictor import Predictor, out_of_profile_fields
from slipway_ml.serve.validation import RowValidator


@dataclass
class ServedModel:
    bundle: Bundle
    validator: RowValidator
    predictor: Predictor
    version: str
    unit: str | None
    half_width: float
    coverage: float
    metadata_json: bytes
    # calibration.json: with "difficulty" the width varies per row; without it (bundles
    # from before normalised intervals) it is the constant `half_width`.
    calibration: dict[str, Any] = field(default_factory=dict)

    def interval(self, prediction: float, half_width: float | None = None) -> dict[str, float]:
        width = self.half_width if half_width is None else half_width
        return {"lower": prediction - width, "upper": prediction + width, "coverage": self.coverage}

    def predict_rows(self, rows: Sequence[Sequence[Any]]) -> list[dict[str, Any]]:
        """For each validated row: prediction, interval and the fields out of profile."""
        if "difficulty" in self.calibration:
            predictions, matrix = self.predictor.predict_with_inputs(rows)
            widths = half_widths(predictions, matrix, self.calibration).tolist()
        else:
            predictions = self.predictor.predict(rows)
            widths = [self.half_width] * len(rows)
        profile = self.calibration.get("input_profile")
        names = self.predictor.names
        return [
            {
                "prediction": p,
                "interval": self.interval(p, w),
                "out_of_profile": []
                if profile is None
                else out_of_profile_fields(r, names, profile),
            }
            for p, w, r in zip(np.asarray(predictions).tolist(), widths, rows, strict=True)
        ]


@dataclass
class ModelState:
    model: ServedModel | None = None
    reason: str = "the model bundle is loading"
    batch_limit: int = 1000


def serve_model(bundle: Bundle, batch_limit: int) -> ServedModel:
    schema = bundle.doc("input_schema.json")
    calibration = bundle.doc("calibration.json")
    target = contract_column(bundle.contract, schema["target"])
    metadata = model_metadata(bundle, target, batch_limit)
    return ServedModel(
        bundle=bundle,
        validator=RowValidator(schema["features"]),
        predictor=Predictor(bundle.pipeline, schema["features"]),
        version=metadata["version"],
        unit=target.unit if target else None,
        half_width=float(calibration["quantile"]),
        coverage=float(calibration["coverage"]),
        metadata_json=orjson.dumps(metadata),
        calibration=calibration,
    )


def contract_column(contract: DatasetContract, name: str) -> Column | None:
    """The contract's column the bundle predicts (input_schema.json's target)."""
    return next((column for column in contract.columns if column.name == name), None)


def model_metadata(bundle: Bundle, target: Column | None, batch_limit: int) -> dict[str, Any]:
    manifest, metrics = bundle.manifest, bundle.doc("metrics.json")
    calibration = bundle.doc("calibration.json")
    name = bundle.doc("input_schema.json")["target"]
    return {
        "project": manifest.project,
        "version": manifest.version,
        "trained_at": manifest.model_dump(mode="json")["created_at"],
        "git_sha": manifest.git_sha,
        "chosen_model": manifest.chosen_model,
        "target": {
            "name": name,
            "unit": target.unit if target else None,
            "description": target.description if target else None,
        },
        "features": bundle.doc("input_schema.json")["features"],
        "metrics": {
            k: metrics.get(k)
            for k in ("primary_metric", "test", "baseline_mean", "n_train", "n_test", "cv_folds")
        },
        "gates": [gate.model_dump(mode="json") for gate in bundle.spec.gates],
        "interval": {
            "method": calibration["method"],
            "coverage": calibration["coverage"],
            "calibration_rows": calibration.get("calibration_rows"),
            # Constant-width bundles: the half-width; normalised ones: the quantile of
            # |residual| / difficulty (the width is that times each row's difficulty).
            "half_width": calibration["quantile"] if "difficulty" not in calibration else None,
            "quantile": calibration["quantile"],
            "varies_per_row": "difficulty" in calibration,
            "input_profile": calibration.get("input_profile"),
        },
        "fingerprint": bundle.doc("fingerprint.json"),
        "feature_importance": bundle.doc("feature_importance.json"),
        "predictions_sample": bundle.doc("predictions_sample.json"),
        "batch_limit": batch_limit,
    }
