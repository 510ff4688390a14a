"""Prediction records and feedback through the real app: ids on every answer, record files
valid against the schemas, feedback's answers for good and bad input, a stalled store that
never holds up a prediction, and the live summary."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from jsonschema import Draft202012Validator, FormatChecker

from slipway_ml.serve.app import create_app
from slipway_ml.serve.records.reading import RecordFileError, parse_predictions
from slipway_ml.serve.records.store import LocalStore
from slipway_ml.serve.settings import ServeSettings

from .conftest import ROW, TrainedBundle

REPO = Path(__file__).resolve().parents[3]
ID_PATTERN = r"^[0-9a-f]{32}$"


def schema_validator(name: str) -> Draft202012Validator:
    schema = json.loads((REPO / "schemas" / f"{name}.schema.json").read_text())
    return Draft202012Validator(schema, format_checker=FormatChecker())


def lines_of(root: Path, kind: str) -> list[dict[str, Any]]:
    files = sorted(root.glob(f"*/{kind}/*/*/*/*/*.jsonl"))
    return [json.loads(line) for f in files for line in f.read_text().splitlines()]


def recording_client(bundle: TrainedBundle, root: Path | str, **settings: Any) -> TestClient:
    options = {"records_uri": str(root), "record_flush_seconds": 0.05, **settings}
    app = create_app(ServeSettings(bundle=str(bundle.folder), **options))
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture
def records_root(tmp_path: Path) -> Path:
    return tmp_path / "records"


@pytest.fixture
def recording(xgb_bundle: TrainedBundle, records_root: Path) -> Iterator[TestClient]:
    with recording_client(xgb_bundle, records_root) as client:
        yield client


def predict(client: TestClient, **changes: Any) -> dict[str, Any]:
    answer = client.post("/api/v1/predict", json={"features": {**ROW, **changes}})
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


def wait_for_lines(root: Path, kind: str, count: int) -> list[dict[str, Any]]:
    for _ in range(400):  # the recorder flushes every 0.05 s
        found = lines_of(root, kind)
        if len(found) >= count:
            return found
        time.sleep(0.025)
    raise AssertionError(f"{count} {kind} records never appeared under {root}")


def test_every_answer_has_an_id_also_with_recording_off(client: TestClient) -> None:
    single = predict(client)
    batch = client.post("/api/v1/predict/batch", json={"rows": [ROW, ROW, ROW]}).json()
    ids = [single["prediction_id"], *(p["prediction_id"] for p in batch["predictions"])]
    assert all(isinstance(i, str) and len(i) == 32 and int(i, 16) >= 0 for i in ids)
    assert len(set(ids)) == 4
    off = client.post("/api/v1/feedback", json={"prediction_id": ids[0], "actual": 250000})
    assert off.status_code == 503
    assert "SLIPWAY_RECORDS_URI" in off.json()["detail"]


def test_records_land_by_hour_and_validate_against_the_schema(
    recording: TestClient, records_root: Path, xgb_bundle: TrainedBundle
) -> None:
    single = predict(recording, sqft=2100)
    batch = recording.post("/api/v1/predict/batch", json={"rows": [ROW, {**ROW, "sqft": 900}]})
    ids = {single["prediction_id"], *(p["prediction_id"] for p in batch.json()["predictions"])}
    lines = wait_for_lines(records_root, "predictions", 3)
    validator = schema_validator("prediction-record")
    for line in lines:
        assert not list(validator.iter_errors(line)), line
    assert {line["id"] for line in lines} == ids
    by_id = {line["id"]: line for line in lines}
    mine = by_id[single["prediction_id"]]
    assert mine["prediction"] == single["prediction"]
    assert mine["interval"] == single["interval"]
    assert mine["inputs"]["sqft"] == 2100 and mine["inputs"]["location"] == "Suburb"
    assert mine["model_version"] == xgb_bundle.version
    hour = mine["time"][:13].replace("-", "/").replace("T", "/")
    files = list(records_root.glob(f"serve-houses/predictions/{hour}/*.jsonl"))
    assert files and all(not f.name.startswith(".") for f in files)


def test_feedback_answers_new_replayed_conflicting_and_unknown(
    recording: TestClient, records_root: Path, xgb_bundle: TrainedBundle
) -> None:
    pid = predict(recording)["prediction_id"]
    first = recording.post("/api/v1/feedback", json={"prediction_id": pid, "actual": 312000})
    assert first.status_code == 201, first.text
    assert first.json() == {
        "prediction_id": pid, "actual": 312000.0, "model_version": xgb_bundle.version,
        "status": "recorded",
    }  # fmt: skip
    again = recording.post("/api/v1/feedback", json={"prediction_id": pid, "actual": 312000.0})
    assert again.status_code == 200 and again.json()["status"] == "already-recorded"
    other = recording.post("/api/v1/feedback", json={"prediction_id": pid, "actual": 1000000})
    assert other.status_code == 409
    assert "312000" in other.json()["detail"] and "1e+06" in other.json()["detail"]
    unknown = recording.post("/api/v1/feedback", json={"prediction_id": "a" * 32, "actual": 2e5})
    assert unknown.status_code == 404 and "a" * 32 in unknown.json()["detail"]
    lines = wait_for_lines(records_root, "feedback", 1)
    assert len(lines) == 1  # the replay and the conflict wrote nothing
    validator = schema_validator("feedback-record")
    assert not list(validator.iter_errors(lines[0]))
    assert lines[0]["prediction_id"] == pid and lines[0]["actual"] == 312000


@pytest.mark.parametrize(
    ("body", "field", "words"),
    [
        ({"prediction_id": "PID", "actual": "300000"}, "actual", "must be a number"),
        ({"prediction_id": "PID", "actual": True}, "actual", "must be a number"),
        ({"prediction_id": "PID", "actual": None}, "actual", "must be a number"),
        ({"prediction_id": "PID", "actual": 5}, "actual", "below the target price's minimum 10000"),
        ({"prediction_id": "PID", "actual": 3e7}, "actual", "above the target price's maximum"),
        ({"prediction_id": "PID"}, "actual", "actual is missing"),
        ({"prediction_id": "XYZ", "actual": 300000}, "prediction_id", "32 lowercase hex"),
        ({"prediction_id": "PID", "actual": 1, "note": "x"}, "prediction_id", "unknown field note"),
    ],
)
def test_bad_feedback_is_refused_naming_the_field(
    recording: TestClient, body: dict[str, Any], field: str, words: str
) -> None:
    pid = predict(recording)["prediction_id"]
    sent = {k: (pid if v == "PID" else v) for k, v in body.items()}
    answer = recording.post("/api/v1/feedback", json=sent)
    assert answer.status_code == 422, answer.text
    assert words in answer.json()["detail"]
    assert answer.json()["errors"][0]["field"] == field


def test_feedback_batch_answers_each_item(recording: TestClient, records_root: Path) -> None:
    a, b = (predict(recording)["prediction_id"] for _ in range(2))
    recording.post("/api/v1/feedback", json={"prediction_id": b, "actual": 200000})
    items = [
        {"prediction_id": a, "actual": 250000},
        {"prediction_id": b, "actual": 200000},
        {"prediction_id": b, "actual": 210000},
        {"prediction_id": "b" * 32, "actual": 250000},
    ]
    bad = [{"prediction_id": a, "actual": "x"}, {"prediction_id": a, "actual": 5.0}]
    malformed = recording.post("/api/v1/feedback/batch", json={"items": [*items, *bad]})
    # An item the documented schema refuses (type, the target's range) refuses the whole
    # batch, naming its row; nothing is recorded.
    assert malformed.status_code == 422, malformed.text
    errors = malformed.json()["errors"]
    assert [(e["row"], e["field"]) for e in errors] == [(4, "actual"), (5, "actual")]
    assert "minimum" in errors[1]["message"]
    answer = recording.post("/api/v1/feedback/batch", json={"items": items})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert [r["status"] for r in body["results"]] == [201, 200, 409, 404]
    assert (body["recorded"], body["already_recorded"], body["refused"]) == (1, 1, 2)
    empty = recording.post("/api/v1/feedback/batch", json={"items": []})
    assert empty.status_code == 422 and empty.json()["errors"][0]["field"] == "items"


def test_feedback_finds_older_predictions_in_the_store(
    xgb_bundle: TrainedBundle, records_root: Path
) -> None:
    """A restarted server (empty index) finds the id and the earlier feedback in the files."""
    with recording_client(xgb_bundle, records_root) as first:
        pid, other = (predict(first)["prediction_id"] for _ in range(2))
        first.post("/api/v1/feedback", json={"prediction_id": other, "actual": 400000})
    with recording_client(xgb_bundle, records_root) as second:
        new = second.post("/api/v1/feedback", json={"prediction_id": pid, "actual": 300000})
        assert new.status_code == 201, new.text
        same = second.post("/api/v1/feedback", json={"prediction_id": other, "actual": 400000})
        assert same.status_code == 200
        differs = second.post("/api/v1/feedback", json={"prediction_id": other, "actual": 1e5})
        assert differs.status_code == 409


class StalledStore(LocalStore):
    """A folder store whose writes wait until released (a hung S3 connection)."""

    def __init__(self, root: str) -> None:
        super().__init__(root)
        self.release = threading.Event()
        self.writes_started = 0

    def write(self, *args: Any) -> str:
        self.writes_started += 1
        self.release.wait(30)
        return super().write(*args)


def test_a_stalled_store_never_holds_up_predictions(
    xgb_bundle: TrainedBundle, records_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stalled = StalledStore(str(records_root))
    monkeypatch.setattr("slipway_ml.serve.records.api.open_store", lambda _: stalled)
    with recording_client(xgb_bundle, records_root, record_queue_size=5, record_batch_size=2) as c:
        answers = [c.post("/api/v1/predict", json={"features": ROW}) for _ in range(40)]
        assert [a.status_code for a in answers] == [200] * 40
        assert all(len(a.json()["prediction_id"]) == 32 for a in answers)
        assert stalled.writes_started >= 1  # the thread is stuck in a write
        metrics = c.get("/metrics").text
        dropped = next(
            line for line in metrics.splitlines()
            if line.startswith('slipway_records_dropped_total{reason="queue-full"}')
        )  # fmt: skip
        assert float(dropped.split()[-1]) >= 40 - 5 - 2
        stalled.release.set()
    assert 1 <= len(lines_of(records_root, "predictions")) <= 7


def test_sample_rate_zero_records_nothing_and_feedback_is_404(
    xgb_bundle: TrainedBundle, records_root: Path
) -> None:
    with recording_client(xgb_bundle, records_root, record_sample_rate=0.0) as client:
        pid = predict(client)["prediction_id"]
        answer = client.post("/api/v1/feedback", json={"prediction_id": pid, "actual": 2e5})
        assert answer.status_code == 404
    assert lines_of(records_root, "predictions") == []


def test_live_summary_counts_errors_coverage_and_drift(
    recording: TestClient, xgb_bundle: TrainedBundle, records_root: Path
) -> None:
    answers = [predict(recording, sqft=1000 + 50 * i) for i in range(12)]
    for i, answer in enumerate(answers[:8]):
        actual = round(answer["prediction"] + (1 if i % 2 else -1) * 10000)
        sent = {"prediction_id": answer["prediction_id"], "actual": actual}
        assert recording.post("/api/v1/feedback", json=sent).status_code == 201
    wait_for_lines(records_root, "predictions", 12)
    summary = recording.get("/api/v1/live", params={"hours": 3})
    assert summary.status_code == 200, summary.text
    body = summary.json()
    assert body["predictions"] == 12 and body["labelled"] == 8
    assert [h["predictions"] for h in body["per_hour"]][-1] == 12
    assert len(body["per_hour"]) == 3
    error = body["error"]
    assert error["labels"] == 8 and error["small_sample"] is True
    assert error["live"]["mae"] == pytest.approx(10000, abs=1)
    assert error["test"]["rmse"] == xgb_bundle.doc("metrics.json")["test"]["rmse"]
    inside = sum(
        a["interval"]["lower"] <= round(a["prediction"] + (1 if i % 2 else -1) * 10000)
        <= a["interval"]["upper"] for i, a in enumerate(answers[:8])
    )  # fmt: skip
    assert body["coverage"]["live"] == pytest.approx(inside / 8)
    drift = {row["feature"]: row for row in body["drift"]["features"]}
    assert body["drift"]["available"] is True
    assert drift["location"]["test"] == "chi-square" and drift["sqft"]["test"] == "KS"
    assert drift["location"]["live_count"] == 12
    assert {row["verdict"] for row in drift.values()} == {"too-few-values"}  # under 30 values
    assert "price" not in drift
    too_many = recording.get("/api/v1/live", params={"hours": 1000})
    assert too_many.status_code == 422


def test_a_bad_record_line_is_an_error_naming_file_and_line() -> None:
    record = {"id": "c" * 32, "time": "2026-12-06T19:00:00.000Z", "project": "p",
              "model_version": "p-1", "inputs": {}, "prediction": 1.0,
              "interval": None}  # fmt: skip
    good, bad = json.dumps(record), json.dumps({**record, "prediction": "1"})
    with pytest.raises(RecordFileError, match=r"root/f\.jsonl:2: prediction: expected a number"):
        parse_predictions("root/f.jsonl", f"{good}\n{bad}\n".encode(), "p")
    with pytest.raises(RecordFileError, match=r"f\.jsonl:1: not JSON"):
        parse_predictions("f.jsonl", b"{oops\n", "p")


def test_openapi_documents_the_records_routes(recording: TestClient) -> None:
    document = recording.get("/openapi.json").json()
    feedback = document["paths"]["/api/v1/feedback"]["post"]
    assert set(feedback["responses"]) >= {"201", "200", "404", "409", "422"}
    body = feedback["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/FeedbackItem"}
    item = document["components"]["schemas"]["FeedbackItem"]
    assert item["required"] == ["prediction_id", "actual"]
    # actual as the target's contract has it (the served house-prices bundle: price in USD)
    assert item["properties"]["actual"]["minimum"] == 10000
    live = document["paths"]["/api/v1/live"]["get"]
    assert live["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/LiveAnswer"
    }
    assert "LiveAnswer" in document["components"]["schemas"]
