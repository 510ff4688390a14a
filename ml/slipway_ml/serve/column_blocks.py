"""The fitted ColumnTransformer as plain numpy steps: imputer statistics, scaler mean/scale
and one-hot category lists read once from the pipeline, applied to validated rows without a
pandas DataFrame. Raises UnsupportedPipelineError for any other shape of preprocessing."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np
from sklearn.impute import SimpleImputer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

Matrix = np.ndarray[Any, np.dtype[np.float64]]
BlockFn = Callable[[dict[str, Any], int], Matrix]
# One row, in plain floats: the request path has one row, and numpy's per-call cost for
# arrays of one element outweighs the arithmetic. Predictor checks it equals the block.
OneRowFn = Callable[[dict[str, Any]], list[float]]


class Block:
    def __init__(self, block: BlockFn, one: OneRowFn) -> None:
        self.block, self.one = block, one

    def __call__(self, data: dict[str, Any], n: int) -> Matrix:
        return self.block(data, n)


class Column:
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

    fill_values = [math.nan] * len(columns) if fills is None else [float(f) for f in fills]
    means = [0.0] * len(columns) if mean is None else [float(m) for m in mean]
    scales = None if scale is None else [float(s) for s in scale]

    def one(values: dict[str, Any]) -> list[float]:
        out = []
        for j, name in enumerate(columns):
            v = values[name]
            v = fill_values[j] if v is None or v != v else float(v)  # v != v: NaN
            v -= means[j]  # as numpy: x - 0.0 is x
            out.append(v if scales is None else v / scales[j])
        return out

    return Block(block, one)


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

    width = int(offsets[-1])

    def one(values: dict[str, Any]) -> list[float]:
        out = [0.0] * width
        for j, name in enumerate(columns):
            value = values[name]
            position = indexes[j].get(fills[j] if value is None else value)
            if position is not None:
                out[int(offsets[j]) + position] = 1.0
        return out

    return Block(block, one)


def compile_blocks(preprocess: Any) -> list[Block]:
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
