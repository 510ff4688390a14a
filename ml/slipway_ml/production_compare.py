"""The candidate against the production model, paired on the same rows: the production
bundle predicts the candidate's test rows, and a paired bootstrap says whether a worsening
is beyond the noise of those rows (`paired-comparison.json`, read by quality-gate)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from slipway_ml.documents import TrainedRun
from slipway_ml.errors import InputError
from slipway_ml.evaluate import METRICS
from slipway_ml.train import predict_in_order
from slipway_ml.uncertainty import CONFIDENCE, RESAMPLES, paired_comparison

FORMAT = 1
FILE_NAME = "paired-comparison.json"
METHOD = "paired percentile bootstrap over the candidate's test rows"


def production_predictions(reference: str, run: TrainedRun) -> tuple[Any, dict[str, Any]]:
    """The production model's predictions for the candidate's test rows, and what is known
    about whether it trained on any of them."""
    from slipway_ml.serve.bundle_load import load_bundle  # the server's own loader and checks
    from slipway_ml.serve.errors import BundleError

    try:
        bundle = load_bundle(reference)
    except BundleError as exc:
        raise InputError(f"--production-bundle: {exc.file}", exc.what, exc.fix) from exc
    needed = [f["name"] for f in bundle.doc("input_schema.json")["features"]]
    missing = [name for name in needed if name not in run.inputs.frame.columns]
    if missing:
        raise InputError(
            f"--production-bundle {reference}",
            f"the production model reads column(s) {', '.join(missing)} that this data lacks",
            "compare against production with metrics only (leave out --production-bundle)",
        )
    rows = run.inputs.frame.loc[run.split.x_test.index, needed]
    spec = run.inputs.spec
    # Same data, seed and test fraction: the same split, so production never saw these rows.
    same_split = (
        bundle.doc("fingerprint.json")["sha256"] == run.inputs.data_sha256
        and bundle.spec.split.seed == spec["split"]["seed"]
        and bundle.spec.split.test_fraction == spec["split"]["test_fraction"]
    )
    facts = {
        "production_version": bundle.manifest.version,
        "same_split": bool(same_split),
    }
    return predict_in_order(bundle.pipeline, rows), facts


def comparison_document(reference: str, run: TrainedRun, version: str) -> dict[str, Any]:
    predicted, facts = production_predictions(reference, run)
    seed = run.inputs.seed
    return {
        "format": FORMAT,
        "project": run.inputs.spec["project"],
        "candidate_version": version,
        "production_version": facts["production_version"],
        "production_bundle": reference,
        # False: production may have trained on some of these rows (other data or split),
        # which favours it; a candidate that passes anyway passed a conservative check.
        "same_split": facts["same_split"],
        "method": METHOD,
        "rows": len(run.split.y_test),
        "resamples": RESAMPLES,
        "confidence": CONFIDENCE,
        "seed": seed,
        "metrics": paired_comparison(
            run.split.y_test, run.chosen.test_predictions, predicted, METRICS, seed
        ),
    }


def comparison_file(output_dir: Path) -> Path:
    return output_dir / FILE_NAME
