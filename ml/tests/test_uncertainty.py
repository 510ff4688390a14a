"""Metrics with their noise: CV spread labelled honestly, MAPE refusing a zero target,
seeded bootstrap intervals over the test rows, and the paired comparison with production."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from slipway_ml.evaluate import regression_metrics
from slipway_ml.generated.paired_comparison import PairedComparison
from slipway_ml.train import fold_summary
from slipway_ml.uncertainty import metric_intervals, paired_comparison, relative_worsening

from .conftest import CliResult, Workspace, generate_csv

Run = Callable[[list[str]], CliResult]


def load(file: Path) -> Any:
    return json.loads(file.read_text())


def test_mape_refuses_a_zero_target() -> None:
    # scikit-learn's epsilon turned this into ~1.5e15 (150,000,000,000,000 %).
    metrics = regression_metrics([0.0, 2.0, 4.0], [1.0, 2.0, 4.0])
    assert metrics["mape"] is None
    assert metrics["mae"] == pytest.approx(1 / 3)


def test_cv_spread_is_the_sample_sd_with_its_standard_error() -> None:
    summary = fold_summary([1.0, 2.0, 3.0, 4.0])
    assert summary["mean"] == 2.5
    assert summary["std"] == pytest.approx(np.std([1, 2, 3, 4], ddof=1))  # not the ddof=0 value
    assert summary["se"] == pytest.approx(summary["std"] / 2)


def test_intervals_are_seeded_and_measure_the_noise_of_the_rows() -> None:
    rng = np.random.default_rng(3)
    actual = rng.normal(100, 10, 400)
    predicted = actual + rng.normal(0, 5, 400)
    values = regression_metrics(actual, predicted)
    first = metric_intervals(actual, predicted, values, seed=42)
    assert first == metric_intervals(actual, predicted, values, seed=42)
    assert first != metric_intervals(actual, predicted, values, seed=43)
    assert set(first) == {"mse", "rmse", "mae", "r2", "mape"}
    for metric, interval in first.items():
        assert interval["low"] < values[metric] < interval["high"], metric  # type: ignore[operator]
    # The MAE of 400 normal errors (sd 5) has sd 5·sqrt(1 − 2/π)/sqrt(400) ≈ 0.151.
    assert first["mae"]["sd"] == pytest.approx(5 * np.sqrt(1 - 2 / np.pi) / 20, rel=0.15)


def test_interval_skips_an_undefined_metric() -> None:
    actual, predicted = np.array([0.0, 1.0, 2.0] * 20), np.array([0.5, 1.0, 2.5] * 20)
    intervals = metric_intervals(actual, predicted, regression_metrics(actual, predicted), seed=1)
    assert "mape" not in intervals and "rmse" in intervals


def test_paired_comparison_cancels_the_noise_of_the_rows() -> None:
    """400 rows whose errors are ~7 % noisy: 6 % worse unpaired looks like a regression; paired,
    a model that is truly the same is not worse beyond the noise, one truly worse is."""
    rng = np.random.default_rng(7)
    actual = rng.lognormal(12.5, 0.4, 400)
    production = actual * (1 + rng.normal(0, 0.1, 400))
    same = production + actual * rng.normal(0, 0.01, 400)
    compared = paired_comparison(actual, same, production, ("rmse", "r2"), seed=42)
    assert compared["rmse"]["worsening_lower"] < 0 < compared["rmse"]["worsening_upper"]
    assert compared["r2"]["worsening_lower"] < 0 < compared["r2"]["worsening_upper"]
    worse = production + (production - actual) * 0.3  # errors 30 % larger on every row
    row = paired_comparison(actual, worse, production, ("rmse",), seed=42)["rmse"]
    assert row["relative_worsening"] == pytest.approx(0.3)
    assert row["worsening_lower"] > 0.25
    unpaired = metric_intervals(actual, production, regression_metrics(actual, production), 42)
    rel_sd = unpaired["rmse"]["sd"] / regression_metrics(actual, production)["rmse"]  # type: ignore[operator]
    assert rel_sd > 0.03  # the unpaired noise a 5 % tolerance sits inside


def test_relative_worsening_direction() -> None:
    assert relative_worsening("rmse", 110.0, 100.0) == pytest.approx(0.1)
    assert relative_worsening("r2", 0.72, 0.8) == pytest.approx(0.1)


def test_metrics_json_has_intervals_and_honest_cv(
    workspace: Workspace, run_cli: Run, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    assert run_cli(workspace.args(out)).code == 0
    metrics = load(Path(load(out / "result.json")["metrics_file"]))
    assert metrics["bootstrap"] == {
        "method": "percentile bootstrap over the test rows", "resamples": 1000,
        "confidence": 0.95, "seed": 42, "rows": 60,
    }  # fmt: skip
    for metric, value in metrics["test"].items():
        interval = metrics["test_intervals"][metric]
        assert interval["low"] <= value <= interval["high"] and interval["sd"] > 0
    for candidate in metrics["candidates"]:
        assert set(candidate["test_intervals"]) == set(candidate["test"])
        rmse = candidate["cv"]["rmse"]
        assert rmse["se"] == pytest.approx(rmse["std"] / np.sqrt(3))
    assert "undefined_metrics" not in metrics


def with_zero_prices(workspace: Workspace) -> None:
    contract = json.loads(
        json.dumps(__import__("yaml").safe_load(workspace.contract_file.read_text()))
    )
    price = next(c for c in contract["columns"] if c["name"] == "price")
    price["min"] = 0
    workspace.write_contract(contract)
    lines = workspace.data_file.read_text().splitlines()
    for i in range(1, len(lines), 10):  # every tenth house sells for 0
        fields = lines[i].split(",")
        fields[-1] = "0"
        lines[i] = ",".join(fields)
    workspace.data_file.write_text("\n".join(lines) + "\n")


def test_zero_target_gives_null_mape_with_the_reason(
    workspace: Workspace, run_cli: Run, tmp_path: Path, deep_copy: Callable[[Any], Any]
) -> None:
    with_zero_prices(workspace)
    out = tmp_path / "out"
    result = run_cli(workspace.args(out))
    assert result.code == 0, result.err
    metrics = load(Path(load(out / "result.json")["metrics_file"]))
    assert metrics["test"]["mape"] is None and metrics["baseline_mean"]["mape"] is None
    assert metrics["undefined_metrics"]["mape"].endswith(
        "row(s) have price = 0 and MAPE divides by the actual value"
    )
    assert "mape" not in metrics["test_intervals"]
    assert all("mape" not in c["cv"] for c in metrics["candidates"])


@pytest.mark.parametrize(
    ("where", "change"),
    [
        ("selection.metric", lambda s: s["selection"].update(metric="mape")),
        (
            "gates[1].metric",
            lambda s: s["gates"].__setitem__(1, {"metric": "mape", "op": "<=", "threshold": 0.2}),
        ),
    ],
)
def test_choosing_or_gating_by_an_undefined_mape_is_a_clear_error(
    where: str, change: Callable[[dict[str, Any]], None],
    workspace: Workspace, run_cli: Run, tmp_path: Path,
) -> None:  # fmt: skip
    import yaml

    with_zero_prices(workspace)
    spec = yaml.safe_load(workspace.project_file.read_text())
    change(spec)
    workspace.write_project(spec)
    result = run_cli(workspace.args(tmp_path / "out"))
    assert result.code == 2
    assert f"project.yaml: {where}: mape is undefined: 30 row(s) have price = 0" in result.err
    assert "— use mse, rmse or mae instead" in result.err
    assert not (tmp_path / "out" / "bundles").exists()


def test_production_bundle_is_scored_on_the_same_rows(
    workspace: Workspace, run_cli: Run, tmp_path: Path
) -> None:
    assert run_cli(workspace.args(tmp_path / "prod")).code == 0
    production = load(tmp_path / "prod" / "result.json")
    out = tmp_path / "cand"
    result = run_cli(workspace.args(out, "--production-bundle", production["bundle_tarball"]))
    assert result.code == 0, result.err
    paths = load(out / "result.json")
    comparison = load(Path(paths["paired_comparison_file"]))
    PairedComparison.model_validate(comparison)  # what quality-gate reads, by its schema
    assert comparison["production_version"] == production["version"]
    assert comparison["candidate_version"] == paths["version"]
    assert comparison["rows"] == 60 and comparison["confidence"] == 0.95
    assert comparison["same_split"] is True
    metrics = load(Path(paths["metrics_file"]))
    for metric, row in comparison["metrics"].items():
        # Same data, spec and seed: the same model, so no worsening and no noise.
        assert row["candidate"] == row["production"] == metrics["test"][metric]
        assert row["relative_worsening"] == row["worsening_lower"] == 0.0
    assert "[slipway] compare: paired with production" in result.out


def test_a_bad_production_bundle_leaves_nothing(
    workspace: Workspace, run_cli: Run, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    result = run_cli(workspace.args(out, "--production-bundle", str(tmp_path / "nope")))
    assert result.code == 2
    assert "--production-bundle: " in result.err and "no such file or folder" in result.err
    assert not (out / "bundles").exists()


def test_a_fresh_sample_is_an_honest_check_of_the_generator(tmp_path: Path) -> None:
    # Guards the fixture the tests above rely on: 300 rows, every price positive.
    rows = generate_csv(tmp_path / "h.csv").read_text().splitlines()[1:]
    assert len(rows) == 300 and all(float(r.split(",")[-1]) > 0 for r in rows)
