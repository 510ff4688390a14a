"""Predictions from validated rows, without a pandas DataFrame per request.

The fitted pipeline (derived features → ColumnTransformer → estimator) is read once into
plain numpy steps: derived columns with the trainer's own `derive`, imputer statistics,
scaler mean/scale, one-hot category lists, then the fitted estimator itself. At load the
fast path is checked against the pipeline's own `predict` on probe rows; if the pipeline has
a shape this module does not know, or the check disagrees, every request goes through the
pipeline with a DataFrame instead (correct, slower)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any, cast

import numpy as np
import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from slipway_ml.features import DerivedFeatures, derive
from slipway_ml.serve.trees import FlatTrees, TreeModelError

Rows = Sequence[Sequence[Any]]
Matrix = np.ndarray[Any, np.dtype[np.float64]]
Block = Callable[[dict[str, Any], int], Matrix]
log = logging.getLogger("slipway.serve")
# Up to this many rows FlatTrees beats XGBoost's predict (measured in ml/bench).
FLAT_TREE_ROWS = 8


class _Column:
    """What `derive` reads from a DataFrame column: `.to_numpy(dtype=...)`."""

    def __init__(self, values: Any) -> None:
        self.values = values

    def to_numpy(self, dtype: Any) -> Any:
        return np.asarray(self.values, dtype=dtype)


class UnsupportedPipelineError(Exception):
    pass


def _numeric_block(columns: list[str], steps: list[Any]) -> Block:
    fills, mean, scale = None, None, None
    for step in steps:
        if isinstance(step, SimpleImputer) and len(step.statistics_) == len(columns):
            fills = np.asarray(step.statistics_, dtype=np.float64)
        elif isinstance(step, StandardScaler):
            mean = step.mean_ if step.with_mean else None
            scale = step.scale_ if step.with_std else None
        else:
            raise UnsupportedPipelineError(f"numeric step {type(step).__name__}")

    def block(data: dict[str, Any], n: int) -> Matrix:
        x = np.empty((n, len(columns)), dtype=np.float64)
        for j, name in enumerate(columns):
            x[:, j] = data[name]
        if fills is not None:
            missing = np.isnan(x)
            if missing.any():
                x[missing] = np.take(fills, np.nonzero(missing)[1])
        if mean is not None:
            x -= mean
        if scale is not None:
            x /= scale
        return x

    return block


def _category_block(columns: list[str], steps: list[Any]) -> Block:
    fills: list[Any] = [None] * len(columns)
    encoder = steps[-1]
    for step in steps[:-1]:
        if not isinstance(step, SimpleImputer):
            raise UnsupportedPipelineError(f"categorical step {type(step).__name__}")
        fills = list(step.statistics_)
    if not isinstance(encoder, OneHotEncoder) or encoder.drop_idx_ is not None:
        raise UnsupportedPipelineError("categorical encoder is not a plain OneHotEncoder")
    indexes = [{c: i for i, c in enumerate(cats)} for cats in encoder.categories_]
    offsets = np.cumsum([0] + [len(c) for c in encoder.categories_])

    def block(data: dict[str, Any], n: int) -> Matrix:
        x = np.zeros((n, int(offsets[-1])), dtype=np.float64)
        for j, name in enumerate(columns):
            lookup, fill, base = indexes[j], fills[j], int(offsets[j])
            for i, value in enumerate(data[name]):
                position = lookup.get(fill if value is None else value)
                if position is not None:  # unknown categories encode as all zeros
                    x[i, base + position] = 1.0
        return x

    return block


def _compile_blocks(preprocess: Any) -> list[Block]:
    blocks: list[Block] = []
    for name, transformer, columns in preprocess.transformers_:
        if transformer == "drop" or len(columns) == 0:
            continue
        steps = [s for _, s in transformer.steps] if isinstance(transformer, Pipeline) else []
        if not steps or transformer == "passthrough":
            raise UnsupportedPipelineError(f"transformer {name}")
        if isinstance(steps[-1], OneHotEncoder):
            blocks.append(_category_block(list(columns), steps))
        else:
            blocks.append(_numeric_block(list(columns), steps))
    return blocks


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
        self.fast = self._try_fast_path()

    def predict(self, rows: Rows) -> Matrix:
        if self.fast is not None:
            return self.fast(rows)
        return np.asarray(self.pipeline.predict(self.frame(rows)), dtype=np.float64)

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
        blocks = _compile_blocks(steps["preprocess"])
        names, numeric = self.names, self.numeric

        def transform(rows: Rows) -> Matrix:
            n = len(rows)
            data: dict[str, Any] = {}
            for j, name in enumerate(names):
                column = [row[j] for row in rows]
                data[name] = np.array(column, dtype=np.float64) if numeric[j] else column
            for item in items:
                columns = {k: _Column(v) for k, v in data.items()}
                data[item["name"]] = derive(item, columns)  # type: ignore[arg-type]
            return np.hstack([block(data, n) for block in blocks])

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
