"""Seeded model selection: train/test split, k-fold CV per candidate, choice by the mean CV
value of the selection metric, then every candidate refit on the training rows and scored
on the test rows."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import clone
from sklearn.model_selection import GroupKFold, KFold, train_test_split

from slipway_ml.errors import InputError
from slipway_ml.evaluate import METRICS, is_better, mape_undefined_reason, regression_metrics
from slipway_ml.features import build_pipeline, input_columns
from slipway_ml.models import build_estimator
from slipway_ml.progress import report

Spec = dict[str, Any]


@dataclass
class Split:
    x_train: pd.DataFrame
    x_test: pd.DataFrame
    y_train: pd.Series
    y_test: pd.Series
    # The unit each training row belongs to (group_by value or duplicate set), when some
    # unit has several rows: CV folds keep units whole too. None: every row is its own unit.
    groups_train: np.ndarray[Any, Any] | None = None


@dataclass
class CandidateResult:
    name: str
    model: str
    cv: dict[str, dict[str, float]]
    test: dict[str, float | None]
    fit_seconds: float
    cv_seconds: float
    pipeline: Any = field(repr=False)
    test_predictions: np.ndarray[Any, np.dtype[np.float64]] = field(repr=False)
    # Each training row predicted by the fold model that did not see it.
    out_of_fold: np.ndarray[Any, np.dtype[np.float64]] = field(repr=False)
    # The fitted pipeline's joblib bytes when it was restored from a checkpoint: pickling an
    # unpickled pipeline again does not give the same bytes, and the version hashes them.
    pickled: bytes | None = field(default=None, repr=False)


def split_data(frame: pd.DataFrame, project: Spec, contract: Spec, seed: int) -> Split:
    """Seeded split of whole units: a `split.group_by` value, or else a set of exact
    duplicate rows (so a row never appears on both sides). With one row per unit and no
    stratify option this is exactly the row split it always was."""
    options = project["split"]
    features = [c["name"] for c in input_columns(project, contract)]
    target = pd.Series(frame[contract["target"]], dtype=np.float64)
    units = split_units(frame, options.get("group_by"))
    first_rows = np.unique(units, return_index=True)[1]
    strata = unit_strata(frame, target, units, first_rows, options.get("stratify"))
    try:
        train_units, test_units = train_test_split(
            np.arange(len(first_rows)),
            test_size=options["test_fraction"],
            random_state=seed,
            shuffle=True,
            stratify=strata,
        )
    except ValueError as exc:  # a stratum too small for both sides
        raise InputError(
            "split.stratify", str(exc).splitlines()[0], "use fewer quantile bins or another column"
        ) from exc
    if len(first_rows) == len(frame):  # one row per unit: the rows themselves, in split order
        train_rows, test_rows = train_units, test_units
    else:
        train_rows = np.flatnonzero(np.isin(units, train_units))
        test_rows = np.flatnonzero(np.isin(units, test_units))
    grouped = len(first_rows) < len(frame)
    return Split(
        frame[features].iloc[train_rows],
        frame[features].iloc[test_rows],
        target.iloc[train_rows],
        target.iloc[test_rows],
        units[train_rows] if grouped else None,
    )


def split_units(frame: pd.DataFrame, group_by: str | None) -> np.ndarray[Any, Any]:
    """A unit number per row (0..k-1): rows of one unit stay on one side of the split."""
    key = frame[group_by] if group_by else pd.util.hash_pandas_object(frame, index=False)
    codes, _ = pd.factorize(key, sort=False)
    return np.asarray(codes)


def unit_strata(
    frame: pd.DataFrame,
    target: pd.Series,
    units: np.ndarray[Any, Any],
    first_rows: np.ndarray[Any, Any],
    stratify: Spec | None,
) -> np.ndarray[Any, Any] | None:
    """One stratum label per unit (by its first row's category, or its mean target's bin)."""
    if stratify is None:
        return None
    if "column" in stratify:
        values = frame[stratify["column"]].astype(str).to_numpy()
        return np.asarray(values[first_rows])
    means = target.groupby(units).mean().to_numpy()
    edges = np.quantile(means, np.linspace(0, 1, stratify["target_quantiles"] + 1)[1:-1])
    return np.searchsorted(edges, means, side="right")


def cross_validate(
    pipeline: Any, split: Split, name: str, metric: str, folds: int, seed: int
) -> tuple[dict[str, dict[str, float]], np.ndarray[Any, np.dtype[np.float64]]]:
    """Per-metric fold summaries and the out-of-fold prediction of every training row."""
    if split.groups_train is None:
        folds_of = KFold(n_splits=folds, shuffle=True, random_state=seed).split(split.x_train)
    else:  # a unit's rows stay in one fold
        kfold = GroupKFold(n_splits=folds, shuffle=True, random_state=seed)
        folds_of = kfold.split(split.x_train, groups=split.groups_train)
    scores: dict[str, list[float | None]] = {m: [] for m in METRICS}
    out_of_fold = np.empty(len(split.x_train), dtype=np.float64)
    for i, (fit_rows, score_rows) in enumerate(folds_of, start=1):
        fold = clone(pipeline).fit(split.x_train.iloc[fit_rows], split.y_train.iloc[fit_rows])
        predicted = predict_in_order(fold, split.x_train.iloc[score_rows])
        out_of_fold[score_rows] = predicted
        values = regression_metrics(split.y_train.iloc[score_rows], predicted)
        for m in METRICS:
            scores[m].append(values[m])
        report("cv", f"{name} fold {i}/{folds} {metric}={values[metric]:.6g}")
    summaries = {m: fold_summary(v) for m, v in scores.items() if None not in v}
    return summaries, out_of_fold


def fold_summary(values: list[float | None]) -> dict[str, float]:
    """Mean over folds; `std` is the sample standard deviation across folds (ddof 1) and
    `se` = std / √folds, the usual standard error of the mean (optimistic: CV folds share
    training rows, so they are not independent)."""
    folds = np.asarray(values, dtype=np.float64)
    std = float(np.std(folds, ddof=1))
    return {"mean": float(np.mean(folds)), "std": std, "se": std / float(np.sqrt(len(folds)))}


def check_metrics_defined(project: Spec, target: str, actual: Any, project_file: Any) -> None:
    """MAPE is undefined when an actual value is 0: choosing or gating by it is an error."""
    reason = mape_undefined_reason(target, actual)
    if reason is None:
        return
    fix = "use mse, rmse or mae instead"
    if project["selection"]["metric"] == "mape":
        raise InputError(f"{project_file}: selection.metric", f"mape is undefined: {reason}", fix)
    for i, gate in enumerate(project["gates"]):
        if gate["metric"] == "mape":
            raise InputError(
                f"{project_file}: gates[{i}].metric", f"mape is undefined: {reason}", fix
            )


def run_candidate(
    index: int, candidate: Spec, context: dict[str, Any], split: Split
) -> CandidateResult:
    where = f"{context['project_file']}: candidates[{index}]"
    estimator = build_estimator(
        candidate["model"], candidate.get("params", {}), context["seed"], context["n_jobs"], where
    )
    pipeline = build_pipeline(context["project"], context["contract"], estimator)
    metric = context["project"]["selection"]["metric"]
    folds = context["project"]["split"]["cv_folds"]
    try:
        cv_started = time.perf_counter()
        cv, out_of_fold = cross_validate(
            pipeline, split, candidate["name"], metric, folds, context["seed"]
        )
        started = time.perf_counter()
        cv_seconds = started - cv_started
        pipeline.fit(split.x_train, split.y_train)
        fit_seconds = time.perf_counter() - started
    except (ValueError, TypeError) as exc:
        # scikit-learn and XGBoost validate hyperparameter values when fitting.
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"{where}.params", message, "fix the hyperparameter value") from exc
    predicted = predict_in_order(pipeline, split.x_test)
    test = regression_metrics(split.y_test, predicted)
    report("fit", f"{candidate['name']} test {metric}={test[metric]:.6g} ({fit_seconds:.2f}s)")
    return CandidateResult(
        candidate["name"],
        candidate["model"],
        cv,
        test,
        fit_seconds,
        cv_seconds,
        pipeline,
        predicted,
        out_of_fold,
    )


def predict_in_order(pipeline: Any, frame: pd.DataFrame) -> np.ndarray[Any, np.dtype[np.float64]]:
    """Predictions summed in one fixed order: a random forest on several threads adds its
    trees in whatever order the threads finish, which changes the last digits from run to
    run. Evaluation predicts on one thread; the fitted model is left as it was."""
    estimator = pipeline.named_steps["model"]
    threads = estimator.get_params().get("n_jobs")
    if threads in (None, 1):
        return np.asarray(pipeline.predict(frame), dtype=np.float64)
    estimator.set_params(n_jobs=1)
    try:
        return np.asarray(pipeline.predict(frame), dtype=np.float64)
    finally:
        estimator.set_params(n_jobs=threads)


def choose(results: list[CandidateResult], metric: str) -> int:
    """Index of the best mean CV value of the selection metric (first wins a tie)."""
    best = 0
    for i, result in enumerate(results):
        if is_better(metric, result.cv[metric]["mean"], results[best].cv[metric]["mean"]):
            best = i
    return best
