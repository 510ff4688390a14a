"""Model inputs: derived features (a picklable transformer, so serving computes exactly what
training did) and the preprocessing ColumnTransformer (scaling, one-hot) built from the
contract's column types."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from slipway_ml.errors import InputError

Spec = dict[str, Any]


class DerivedFeatures(BaseEstimator, TransformerMixin):  # type: ignore[misc]
    """Appends the project's derived columns (age, ratio, product, log1p) to a DataFrame."""

    def __init__(self, derived: list[Spec] | None = None) -> None:
        self.derived = derived

    def fit(self, frame: pd.DataFrame, y: Any = None) -> DerivedFeatures:
        return self

    def transform(self, frame: pd.DataFrame) -> pd.DataFrame:
        out = frame.copy()
        for item in self.derived or []:
            out[item["name"]] = derive(item, out)
        return out


def derive(item: Spec, frame: pd.DataFrame) -> np.ndarray[Any, np.dtype[np.float64]]:
    inputs = [frame[name].to_numpy(dtype=np.float64) for name in item["inputs"]]
    transform = item["transform"]
    # Undefined results (division by zero, log of <= -1) become NaN, which the numeric
    # imputer then fills, rather than an infinity that would break linear models.
    with np.errstate(divide="ignore", invalid="ignore"):
        if transform == "age":
            result = item["params"]["reference_year"] - inputs[0]
        elif transform == "ratio":
            result = np.where(inputs[1] == 0, np.nan, inputs[0] / inputs[1])
        elif transform == "product":
            result = inputs[0] * inputs[1]
        else:
            result = np.where(inputs[0] <= -1, np.nan, np.log1p(inputs[0]))
    return np.asarray(result, dtype=np.float64)


def derive_one(item: Spec, values: dict[str, Any]) -> float:
    """`derive` for one row of plain floats (missing = NaN), with the same results: the server's
    one-row path (it checks the two agree on probe rows before using this)."""
    inputs = [float(values[name]) for name in item["inputs"]]
    transform = item["transform"]
    if transform == "age":
        return float(item["params"]["reference_year"] - inputs[0])
    if transform == "ratio":
        return math.nan if inputs[1] == 0 else inputs[0] / inputs[1]
    if transform == "product":
        return inputs[0] * inputs[1]
    return math.nan if inputs[0] <= -1 else float(np.log1p(inputs[0]))


def input_columns(project: Spec, contract: Spec) -> list[Spec]:
    """Contract columns the model reads: all but the target and features.exclude."""
    excluded = set(project.get("features", {}).get("exclude", []))
    columns = [c for c in contract["columns"] if c["name"] != contract["target"]]
    chosen = [c for c in columns if c["name"] not in excluded]
    for column in chosen:
        if column["type"] == "string":
            raise InputError(
                f"column '{column['name']}'",
                "free-text columns cannot be model inputs",
                "add it to features.exclude in the model project spec",
            )
    return chosen


def build_pipeline(project: Spec, contract: Spec, estimator: Any) -> Pipeline:
    derived = project.get("features", {}).get("derived", [])
    columns = input_columns(project, contract)
    numeric = [c["name"] for c in columns if c["type"] != "category"]
    numeric += [d["name"] for d in derived]
    categorical = [c for c in columns if c["type"] == "category"]
    steps: list[tuple[str, Any]] = [("impute", SimpleImputer(strategy="median"))]
    if project.get("preprocessing", {}).get("numeric", "standard") == "standard":
        steps.append(("scale", StandardScaler()))
    one_hot = Pipeline(
        [
            ("impute", SimpleImputer(strategy="most_frequent")),
            # Categories come from the contract, so the encoding never depends on which
            # categories happen to be in a training sample.
            (
                "encode",
                OneHotEncoder(
                    categories=[c["categories"] for c in categorical], handle_unknown="ignore"
                ),
            ),
        ]
    )
    preprocess = ColumnTransformer(
        [("numeric", Pipeline(steps), numeric)]
        + ([("categorical", one_hot, [c["name"] for c in categorical])] if categorical else []),
        sparse_threshold=0.0,
    )
    return Pipeline(
        [("derived", DerivedFeatures(derived)), ("preprocess", preprocess), ("model", estimator)]
    )
