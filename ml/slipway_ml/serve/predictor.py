"""Predictions from validated rows, without a pandas DataFrame per request.

The fitted pipeline (derived features → ColumnTransformer → estimator) is read once into
plain numpy steps: derived columns with the trainer's own `derive`, imputer statistics,
scaler mean/scale, one-hot category lists, then the fitted estimator itself. At load the
fast path is checked against the pipeline's own `predict` on probe rows; if the pipeline has
a shape this module does not know, or the check disagrees, every request goes through the
pipeline with a DataFrame instead (correct, slower)."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence
from typing import Any, cast

import numpy as np
import pandas as pd

from slipway_ml.features import DerivedFeatures, derive, derive_one
from slipway_ml.serve.column_blocks import Column, UnsupportedPipelineError, compile_blocks
from slipway_ml.serve.trees import FlatTrees, TreeModelError

Rows = Sequence[Sequence[Any]]
Matrix = np.ndarray[Any, np.dtype[np.float64]]
log = logging.getLogger("slipway.serve")
# Up to this many rows FlatTrees beats XGBoost's predict (measured on house-prices: 8 rows
# 0.16 ms vs 0.32 ms; at 16 rows they are even).
FLAT_TREE_ROWS = 8


class Predictor:
    """`predict(rows)` for rows of validated values in input-schema feature order."""

    def __init__(self, pipeline: Any, features: list[dict[str, Any]]) -> None:
        self.pipeline = pipeline
        self.features = features
        self.names = [c["name"] for c in features]
        self.numeric = [c["type"] != "category" for c in features]
        estimator = pipeline.steps[-1][1]
        if hasattr(estimator, "n_jobs") and not type(estimator).__module__.startswith("xgb"):
            estimator.n_jobs = 1  # thread start-up dominates a few rows; results unchanged
        self.estimator = estimator
        self.one_row_path = False
        self.fast_inputs: Callable[[Rows], Matrix] | None = None
        self.fast_estimate: Callable[[Matrix], Any] = estimator.predict
        self.fast = self._try_fast_path()

    def predict(self, rows: Rows) -> Matrix:
        if self.fast is not None:
            return self.fast(rows)
        return np.asarray(self.pipeline.predict(self.frame(rows)), dtype=np.float64)

    def predict_with_inputs(self, rows: Rows) -> tuple[Matrix, Matrix]:
        """Predictions and the matrix the estimator read (the interval's difficulty uses it)."""
        if self.fast_inputs is not None:
            matrix = self.fast_inputs(rows)
            return np.asarray(self.fast_estimate(matrix), dtype=np.float64), matrix
        matrix = np.asarray(self.pipeline[:-1].transform(self.frame(rows)), dtype=np.float64)
        return np.asarray(self.estimator.predict(matrix), dtype=np.float64), matrix

    def frame(self, rows: Rows) -> pd.DataFrame:
        """The DataFrame the trainer's CSV reader would have built for these rows."""
        data: dict[str, Any] = {}
        for j, column in enumerate(self.features):
            values = [row[j] for row in rows]
            if column["type"] == "integer" and None not in values:
                data[column["name"]] = np.asarray(values, dtype=np.int64)
            elif self.numeric[j]:
                data[column["name"]] = np.asarray(
                    [np.nan if v is None else v for v in values], dtype=np.float64
                )
            else:
                data[column["name"]] = pd.array(
                    [np.nan if v is None else v for v in values], dtype=object
                )
        return pd.DataFrame(data)

    def _try_fast_path(self) -> Callable[[Rows], Matrix] | None:
        try:
            transform = self._compile()
            probe = self._probe_rows()
            estimate = self._estimator_call(transform(probe))
            expected = np.asarray(self.pipeline.predict(self.frame(probe)), dtype=np.float64)
            got = np.asarray(estimate(transform(probe)), dtype=np.float64)
            if not np.allclose(got, expected, rtol=1e-9, atol=1e-9):
                raise UnsupportedPipelineError("fast path disagrees with the pipeline")
        except Exception as exc:  # any surprise: the slower path is still correct
            log.warning("prediction through the DataFrame pipeline", extra={"why": str(exc)})
            return None

        def fast(rows: Rows) -> Matrix:
            return np.asarray(estimate(transform(rows)), dtype=np.float64)

        self.fast_inputs, self.fast_estimate = transform, estimate
        return fast

    def _estimator_call(self, probe: Matrix) -> Callable[[Matrix], Any]:
        """XGBoost's predict has a fixed cost of ~0.3 ms; a few rows go through FlatTrees
        instead, when it gives exactly XGBoost's answers on the probe rows."""
        estimator = self.estimator
        if not type(estimator).__module__.startswith("xgboost"):
            return cast(Callable[[Matrix], Any], estimator.predict)
        try:
            trees = FlatTrees(estimator)
        except TreeModelError as exc:
            log.info("XGBoost predicts every request", extra={"why": str(exc)})
            return cast(Callable[[Matrix], Any], estimator.predict)
        singles = (probe[i : i + 1] for i in range(len(probe)))  # the one-row path too
        if not all(
            np.array_equal(trees.predict(x), estimator.predict(x)) for x in [probe, *singles]
        ):
            log.warning("flat trees disagree with XGBoost; not used")
            return cast(Callable[[Matrix], Any], estimator.predict)

        def estimate(x: Matrix) -> Any:
            return trees.predict(x) if len(x) <= FLAT_TREE_ROWS else estimator.predict(x)

        return estimate

    def _compile(self) -> Callable[[Rows], Matrix]:
        """Rows → the matrix the estimator was fitted on."""
        steps = self.pipeline.named_steps
        if list(steps) != ["derived", "preprocess", "model"]:
            raise UnsupportedPipelineError(f"pipeline steps {list(steps)}")
        derived = steps["derived"]
        if not isinstance(derived, DerivedFeatures):
            raise UnsupportedPipelineError("first step is not DerivedFeatures")
        items = derived.derived or []
        blocks = compile_blocks(steps["preprocess"])
        names, numeric = self.names, self.numeric

        def many(rows: Rows) -> Matrix:
            n = len(rows)
            data: dict[str, Any] = {}
            for j, name in enumerate(names):
                column = [row[j] for row in rows]
                data[name] = np.array(column, dtype=np.float64) if numeric[j] else column
            for item in items:
                columns = {k: Column(v) for k, v in data.items()}
                data[item["name"]] = derive(item, columns)  # type: ignore[arg-type]
            return np.hstack([block(data, n) for block in blocks])

        def one(row: Sequence[Any]) -> Matrix:
            values = {
                name: (math.nan if v is None else float(v)) if numeric[j] else v
                for j, (name, v) in enumerate(zip(names, row, strict=True))
            }
            for item in items:
                values[item["name"]] = derive_one(item, values)
            features: list[float] = []
            for block in blocks:
                features += block.one(values)
            return np.array([features], dtype=np.float64)

        # The one-row path is used only if it gives the many-row path's matrix exactly.
        probe = self._probe_rows()
        self.one_row_path = all(
            np.array_equal(one(row), many([row]), equal_nan=True) for row in probe
        )
        if not self.one_row_path:
            log.info("one-row transform disagrees with the array path; not used")
            return many

        def transform(rows: Rows) -> Matrix:
            return one(rows[0]) if len(rows) == 1 else many(rows)

        return transform

    def _probe_rows(self) -> list[list[Any]]:
        """Rows spread over each feature's range and categories (eight of them)."""
        rows = []
        for i in range(8):
            row: list[Any] = []
            for column in self.features:
                if column["type"] == "category":
                    row.append(column["categories"][i % len(column["categories"])])
                elif column["type"] == "boolean":
                    row.append(float(i % 2))
                else:
                    low = float(column.get("min", 0.0))
                    high = float(column.get("max", low + 100.0))
                    value = low + (high - low) * i / 7
                    row.append(float(round(value)) if column["type"] == "integer" else value)
            rows.append(row)
        return rows


def out_of_profile_fields(
    row: Sequence[Any], names: Sequence[str], profile: dict[str, dict[str, Any]]
) -> list[str]:
    """Fields of a validated row outside the training rows' profile (calibration.json's
    `input_profile`): a number beyond the trained min/max, or a category never trained on.
    A missing value is not flagged (the imputer fills it as in training)."""
    flagged: list[str] = []
    for name, value in zip(names, row, strict=True):
        bounds = profile.get(name)
        if bounds is None or value is None:
            continue
        if "categories" in bounds:
            if str(value) not in bounds["categories"]:
                flagged.append(name)
        elif not bounds["min"] <= float(value) <= bounds["max"]:
            flagged.append(name)
    return flagged
