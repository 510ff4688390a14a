"""Estimators by name, with seeded defaults and a check of every hyperparameter name."""

from __future__ import annotations

from typing import Any

from sklearn.ensemble import GradientBoostingRegressor, RandomForestRegressor
from sklearn.linear_model import LinearRegression, Ridge
from xgboost import XGBRegressor

from slipway_ml.errors import InputError

_ESTIMATORS: dict[str, Any] = {
    "linear_regression": LinearRegression,
    "ridge": Ridge,
    "random_forest": RandomForestRegressor,
    "gradient_boosting": GradientBoostingRegressor,
    "xgboost": XGBRegressor,
}


def _defaults(model: str, seed: int, n_jobs: int) -> dict[str, Any]:
    if model == "random_forest":
        return {"random_state": seed, "n_jobs": n_jobs}
    if model == "gradient_boosting":
        return {"random_state": seed}
    if model == "xgboost":
        # One thread: on data this small XGBoost's OpenMP threads mostly wait on each other,
        # and on a busy 2-core machine two threads were measured 10x slower than one.
        return {"random_state": seed, "n_jobs": 1, "tree_method": "hist", "verbosity": 0}
    return {}


def build_estimator(model: str, params: dict[str, Any], seed: int, n_jobs: int, where: str) -> Any:
    """`where` names the candidate in the spec (`<file>: candidates[i]`) for error messages."""
    factory = _ESTIMATORS[model]
    known = set(factory().get_params())
    for name in params:
        if name not in known:
            raise InputError(
                f"{where}.params.{name}",
                f"unknown hyperparameter for {model}",
                f"use one of: {', '.join(sorted(known))}",
            )
    return factory(**{**_defaults(model, seed, n_jobs), **params})
