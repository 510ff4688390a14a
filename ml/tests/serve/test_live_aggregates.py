"""The live summary from per-file aggregates gives the answer the row-based summary gave: a
row-based oracle (every row parsed, the statistics of drift.py and live.error_metrics on the
raw values, as GET /api/v1/live computed them before aggregates) against LiveSummary on the
same fixed records — feedback in later files and hours than its prediction, a replayed id
(the first file wins), intervals missing on some rows, a byte bound small enough to evict."""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import orjson
import pytest

from slipway_ml.serve.bundle_load import load_bundle
from slipway_ml.serve.model_state import ServedModel, serve_model
from slipway_ml.serve.records.aggregate import FeatureReference, count_feature, numeric_drift_of
from slipway_ml.serve.records.drift import (
    DEFAULT_THRESHOLDS,
    category_drift,
    numeric_drift,
    verdict,
)
from slipway_ml.serve.records.live import LiveSummary, error_metrics, iso_hour
from slipway_ml.serve.records.reading import (
    FeedbackRows,
    PredictionRows,
    RecordCache,
    RecordFileError,
    parse_feedback,
    parse_predictions,
    read_predictions,
)
from slipway_ml.serve.records.store import LocalStore, file_name, hours_back

from .conftest import TrainedBundle

NOW = datetime(2026, 12, 6, 21, 40, tzinfo=UTC)


@pytest.fixture(scope="module")
def model(xgb_bundle: TrainedBundle) -> ServedModel:
    return serve_model(load_bundle(str(xgb_bundle.folder)), 1000)


def profile_of(bundle: TrainedBundle) -> dict[str, Any]:
    return orjson.loads((bundle.folder / "training_profile.json").read_bytes())  # type: ignore[no-any-return]


def write_fixed_records(store: LocalStore, project: str, profile: dict[str, Any]) -> None:
    """Five hours of predictions in several files each, drawn from the profile and shifted in
    the later hours; feedback for a third of them, some in the next hour's file, one replayed
    with another value in a later file, one for an id never predicted."""
    rng = np.random.default_rng(17)
    columns = {c["name"]: c for c in profile["columns"]}
    features = [n for n in columns if columns[n]["type"] in ("integer", "number", "category")]
    hours = hours_back(NOW, 5)
    labelled: list[tuple[datetime, str, float]] = []
    for h, hour in enumerate(hours):
        for part in range(3):
            lines = []
            for i in range(40 + 13 * part):
                pid = f"{h:04x}{part:04x}{i:024x}"
                inputs: dict[str, Any] = {}
                for name in features:
                    column = columns[name]
                    if column["type"] == "category":
                        choices = [*(column["categories"] or {"a": 1}), "Unheard-of"]
                        inputs[name] = str(rng.choice(choices[: 2 + h]))
                    else:
                        inputs[name] = float(rng.choice(column["sample"])) * (1 + 0.1 * h)
                if i % 17 == 3:
                    inputs[features[0]] = None
                prediction = float(rng.normal(300000, 60000))
                interval = None if i % 9 == 0 else {
                    "lower": prediction - 40000, "upper": prediction + 40000, "coverage": 0.9
                }  # fmt: skip
                lines.append(orjson.dumps({
                    "id": pid, "time": hour.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                    "project": project, "model_version": f"{project}-v{part % 2}",
                    "inputs": inputs, "prediction": prediction, "interval": interval,
                }))  # fmt: skip
                if i % 3 == 0:
                    labelled.append((hour, pid, prediction + float(rng.normal(0, 30000))))
            name = file_name(hour + timedelta(minutes=part), "fixed", part)
            store.write(project, "predictions", hour, name, b"\n".join(lines) + b"\n")
    for seq, (hour, pid, actual) in enumerate(labelled):
        # every other label arrives an hour later (the last hour's stay in their hour)
        later = hour + timedelta(hours=1) if seq % 2 and hour < hours[-1] else hour
        lines = [orjson.dumps({"prediction_id": pid, "time": later.isoformat()[:19] + ".000Z",
                               "project": project, "actual": round(actual, 2)})]  # fmt: skip
        if seq == 5:  # a replay with another value, later: the first file's value counts
            lines.append(orjson.dumps({**orjson.loads(lines[0]), "actual": 1.0}))
        if seq == 7:
            lines.append(orjson.dumps({**orjson.loads(lines[0]), "prediction_id": "f" * 32}))
        store.write(project, "feedback", later, file_name(later, "fixed", seq),
                    b"\n".join(lines[:1]) + b"\n")  # fmt: skip
        if len(lines) > 1:
            replay = later + timedelta(minutes=30)
            store.write(project, "feedback", replay, file_name(replay, "fixed", 1000 + seq),
                        b"\n".join(lines[1:]) + b"\n")  # fmt: skip


def row_based_summary(
    store: LocalStore,
    project: str,
    model: ServedModel,
    profile: dict[str, Any],
    hours: int,
    now: datetime = NOW,
) -> dict[str, Any]:
    """GET /api/v1/live's document computed from every raw row (the path before aggregates)."""
    window = hours_back(now, hours)
    where = store.root

    def read(kind: str, hour: datetime) -> list[Any]:
        parse = parse_predictions if kind == "predictions" else parse_feedback
        return [parse(f"{where}/{f.key}", store.read(f.key), project)
                for f in store.list_hour(project, kind, hour)]  # type: ignore[arg-type]  # fmt: skip

    per_hour = [(hour, read("predictions", hour)) for hour in window]
    feedback: dict[str, float] = {}
    for hour in window:
        for block in read("feedback", hour):
            for pid, actual in block.actual.items():
                feedback.setdefault(pid, actual)
    blocks = [b for _, bs in per_hour for b in bs]
    rows = [(b, i) for b in blocks for i, pid in enumerate(b.ids) if pid in feedback]
    actual = np.asarray([feedback[b.ids[i]] for b, i in rows], dtype=np.float64)
    predicted = np.asarray([b.predictions[i] for b, i in rows], dtype=np.float64)
    lower = np.asarray([b.lower[i] for b, i in rows], dtype=np.float64)
    upper = np.asarray([b.upper[i] for b, i in rows], dtype=np.float64)
    has = ~np.isnan(lower)
    inside = (actual[has] >= lower[has]) & (actual[has] <= upper[has])
    columns = {c["name"]: c for c in profile["columns"]}
    drift = []
    for name in model.predictor.names:
        values = [v for b in blocks for v in b.inputs.get(name, []) if v is not None]
        reference = columns.get(name)
        if reference is None:
            continue
        if reference["type"] == "category":
            row = category_drift(reference, Counter(str(v) for v in values))
        else:
            row = numeric_drift(reference, np.asarray(values, dtype=np.float64))
        if row is not None:
            drift.append({"feature": name, "live_count": len(values), **row,
                          "verdict": verdict(row, DEFAULT_THRESHOLDS, len(values))})  # fmt: skip
    live = error_metrics(actual, predicted)
    return {
        "per_hour": [
            {
                "hour": iso_hour(hour),
                "predictions": sum(len(b.ids) for b in bs),
                "labelled": sum(sum(1 for i in b.ids if i in feedback) for b in bs),
            }
            for hour, bs in per_hour
        ],
        "predictions": sum(len(b.ids) for b in blocks),
        "labelled": len(actual),
        "model_versions": sorted({v for b in blocks for v in b.model_versions}),
        "live": live,
        "coverage": {"labels": int(has.sum()), "live": float(inside.mean()) if has.any() else None},
        "drift": drift,
    }


def comparable(document: dict[str, Any]) -> dict[str, Any]:
    keys = ("per_hour", "predictions", "labelled", "model_versions")
    return {
        **{k: document[k] for k in keys},
        "live": document["error"]["live"],
        "coverage": {k: document["coverage"][k] for k in ("labels", "live")},
        "drift": document["drift"]["features"],
    }


@pytest.mark.parametrize("hours", [1, 3, 5])
def test_aggregates_answer_what_the_rows_answered(
    tmp_path: Path, xgb_bundle: TrainedBundle, model: ServedModel, hours: int
) -> None:
    store = LocalStore(str(tmp_path))
    project, profile = "serve-houses", profile_of(xgb_bundle)
    write_fixed_records(store, project, profile)
    expected = row_based_summary(store, project, model, profile, hours)
    assert expected["labelled"] > 0 and expected["drift"]
    summary = LiveSummary(RecordCache(store, project), model, {}, profile)
    cold = summary.summarise(hours, NOW)
    assert comparable(cold) == expected
    assert comparable(summary.summarise(hours, NOW)) == expected  # warm


def test_a_cache_smaller_than_the_window_evicts_and_answers_the_same(
    tmp_path: Path, xgb_bundle: TrainedBundle, model: ServedModel
) -> None:
    store = LocalStore(str(tmp_path))
    project, profile = "serve-houses", profile_of(xgb_bundle)
    write_fixed_records(store, project, profile)
    expected = row_based_summary(store, project, model, profile, 5)
    cache = RecordCache(store, project, limit_bytes=20_000)
    summary = LiveSummary(cache, model, {}, profile)
    assert comparable(summary.summarise(5, NOW)) == expected
    assert cache.entries.used <= 20_000
    summary._last = None  # recompute, re-reading what the LRU dropped
    assert comparable(summary.summarise(5, NOW)) == expected


def test_feedback_in_a_new_file_joins_a_prediction_from_an_earlier_hour(
    tmp_path: Path, xgb_bundle: TrainedBundle, model: ServedModel
) -> None:
    store = LocalStore(str(tmp_path))
    project, profile = "serve-houses", profile_of(xgb_bundle)
    write_fixed_records(store, project, profile)
    summary = LiveSummary(RecordCache(store, project), model, {}, profile)
    before = summary.summarise(5, NOW)
    pid = f"{0:04x}{0:04x}{1:024x}"  # the first hour's second row, not labelled
    store.write(project, "feedback", NOW, file_name(NOW, "late", 1), orjson.dumps(
        {"prediction_id": pid, "time": "2026-12-06T21:39:00.000Z", "project": project,
         "actual": 250000.0}) + b"\n")  # fmt: skip
    after = summary.summarise(5, NOW)
    assert after["labelled"] == before["labelled"] + 1
    assert after["per_hour"][0]["labelled"] == before["per_hour"][0]["labelled"] + 1
    assert comparable(after) == row_based_summary(store, project, model, profile, 5)


def test_ks_from_counts_is_the_two_sample_statistic_bit_for_bit() -> None:
    """Split across files, ties, values outside the sample's range, a sample with repeats."""
    rng = np.random.default_rng(5)
    for trial in range(300):
        sample = np.sort(rng.integers(0, 50, size=int(rng.integers(1, 80)))).astype(float)
        column = {"type": "number", "histogram": {"edges": [0, 10, 20, 30, 50],
                  "counts": [3, 4, 5, 6]}, "sample": sample.tolist()}  # fmt: skip
        live = rng.integers(-5, 60, size=int(rng.integers(1, 200))).astype(float)
        if trial % 3 == 0:
            live = rng.normal(25, 10, size=100)
        reference = FeatureReference.of("x", column)
        cut = len(live) // 3
        counts = count_feature(reference, live[:cut].tolist())
        counts.add(count_feature(reference, live[cut:].tolist()))
        assert numeric_drift_of(reference, counts) == numeric_drift(column, live)


GOOD_RECORD = {"id": "c" * 32, "time": "2026-12-06T19:00:00.000Z", "project": "p",
               "model_version": "p-1", "inputs": {"a": 1, "b": "x"}, "prediction": 1.0,
               "interval": {"lower": 0.5, "upper": 2, "coverage": 0.9}}  # fmt: skip
BAD_LINES = [
    b"{oops",
    b"[1, 2]",
    orjson.dumps({**GOOD_RECORD, "id": "C" * 32}),
    orjson.dumps({**GOOD_RECORD, "id": "c" * 31}),
    orjson.dumps({**GOOD_RECORD, "project": "q"}),
    orjson.dumps({**GOOD_RECORD, "prediction": "1"}),
    orjson.dumps({**GOOD_RECORD, "prediction": True}),
    orjson.dumps({**GOOD_RECORD, "inputs": []}),
    orjson.dumps({**GOOD_RECORD, "model_version": 3}),
    orjson.dumps({**GOOD_RECORD, "interval": {"lower": 1}}),
    b"",
]


@pytest.mark.parametrize("bad", BAD_LINES)
def test_the_fast_reader_refuses_what_the_line_parser_refuses_naming_the_line(bad: bytes) -> None:
    good = orjson.dumps(GOOD_RECORD)
    data = b"\n".join([good, good, bad, good]) + b"\n"
    with pytest.raises(RecordFileError) as expected:
        parse_predictions("root/f.jsonl", data, "p")
    assert ":3: " in str(expected.value)
    with pytest.raises(RecordFileError, match=re.escape(str(expected.value))):
        read_predictions("root/f.jsonl", data, "p")


def test_the_fast_reader_reads_what_the_line_parser_reads() -> None:
    other = {**GOOD_RECORD, "id": "d" * 32, "interval": None, "inputs": {"b": None, "c": 2.5}}
    data = orjson.dumps(GOOD_RECORD) + b"\n" + orjson.dumps(other) + b"\n"
    slow, fast = parse_predictions("f", data, "p"), read_predictions("f", data, "p")
    assert fast.ids == slow.ids and fast.model_versions == slow.model_versions
    assert fast.inputs == slow.inputs
    for column in ("predictions", "lower", "upper"):
        np.testing.assert_array_equal(getattr(fast, column), getattr(slow, column))


def test_compact_rows_find_ids_also_those_ending_in_zero_bytes() -> None:
    ids = ["ab" * 15 + "00", "00" * 16, "ab" * 15 + "01", "12" * 14 + "0000"]
    records = [{**GOOD_RECORD, "id": pid, "model_version": f"p-{i % 2}"} for i, pid in
               enumerate(ids)]  # fmt: skip
    block = read_predictions("f", b"\n".join(orjson.dumps(r) for r in records), "p")
    rows = PredictionRows.of(block)
    assert [rows.position(pid) for pid in ids] == [0, 1, 2, 3]
    assert [rows.version(i) for i in range(4)] == ["p-0", "p-1", "p-0", "p-1"]
    assert rows.position("ab" * 16) is None
    feedback = [{"prediction_id": pid, "time": "t", "project": "p", "actual": float(i)}
                for i, pid in enumerate(ids)]  # fmt: skip
    given = FeedbackRows.of(parse_feedback("g", b"\n".join(map(orjson.dumps, feedback)), "p"))
    assert [given.get(pid) for pid in ids] == [0.0, 1.0, 2.0, 3.0]
    assert given.get("ab" * 16) is None
