"""Feedback racing across two servers that share only the records store (two ECS tasks behind
one load balancer): two app instances on one folder, and on one S3 bucket in moto, posting
different and equal actual values for the same ids at once. Exactly one post per id is
recorded (201); every other answer is 200 with the winner's value or 409 naming it, and the
store holds exactly one feedback record per id, the winner's."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import boto3
import orjson
import pytest
from fastapi.testclient import TestClient

from slipway_ml.serve.records.store import LocalStore, S3Store, claim_key

from .conftest import ROW, TrainedBundle
from .test_records import recording_client

IDS = 12
POSTS_PER_ID = 6  # three on each server, two values


def race(first: TestClient, second: TestClient, ids: list[str]) -> dict[str, list[Any]]:
    """Every post of every id released at once from its own thread; answers by id."""
    start = threading.Barrier(len(ids) * POSTS_PER_ID)

    def post(client: TestClient, pid: str, actual: float) -> tuple[str, int, Any]:
        start.wait()
        answer = client.post("/api/v1/feedback", json={"prediction_id": pid, "actual": actual})
        return pid, answer.status_code, answer.json()

    jobs: list[tuple[Callable[..., Any], TestClient, str, float]] = []
    for n, pid in enumerate(ids):
        for k in range(POSTS_PER_ID):
            jobs.append((post, (first, second)[k % 2], pid, 200000.0 + 1000 * n + (k // 4)))
    with ThreadPoolExecutor(len(jobs)) as pool:
        done = [f.result() for f in [pool.submit(*job) for job in jobs]]
    by_id: dict[str, list[Any]] = {pid: [] for pid in ids}
    for pid, status, body in done:
        by_id[pid].append((status, body))
    return by_id


def check_one_winner(by_id: dict[str, list[Any]]) -> dict[str, float]:
    winners = {}
    for pid, answers in by_id.items():
        created = [body for status, body in answers if status == 201]
        assert len(created) == 1, (pid, answers)
        value = created[0]["actual"]
        winners[pid] = value
        for status, body in answers:
            assert status in (200, 201, 409), (pid, status, body)
            if status == 200:
                assert body["actual"] == value and body["status"] == "already-recorded"
            if status == 409:
                assert f"{value:g}" in body["detail"]
    return winners


def recorded_predictions(client: TestClient, count: int) -> list[str]:
    return [
        client.post("/api/v1/predict", json={"features": {**ROW, "sqft": 1500 + i}}).json()[
            "prediction_id"
        ]
        for i in range(count)
    ]


def wait_until_found(client: TestClient, ids: list[str], value: float = 9e9) -> None:
    """Until the other server finds each id in the store (a 422 for an out-of-range value,
    not a 404; nothing is recorded)."""
    for _ in range(400):
        probe = client.post("/api/v1/feedback", json={"prediction_id": ids[-1], "actual": value})
        if probe.status_code == 422:
            return
        time.sleep(0.025)
    raise AssertionError("the second server never found the predictions in the store")


def feedback_lines(read_all: list[bytes]) -> list[dict[str, Any]]:
    return [orjson.loads(line) for data in read_all for line in data.splitlines()]


def test_two_servers_on_one_folder_record_one_actual_per_id(
    xgb_bundle: TrainedBundle, tmp_path: Path
) -> None:
    root = tmp_path / "records"
    with recording_client(xgb_bundle, root) as first, recording_client(xgb_bundle, root) as second:
        ids = recorded_predictions(first, IDS)
        wait_until_found(second, ids)
        winners = check_one_winner(race(first, second, ids))
    files = sorted(root.glob("*/feedback/*/*/*/*/*.jsonl"))
    lines = feedback_lines([f.read_bytes() for f in files])
    assert sorted(line["prediction_id"] for line in lines) == sorted(ids)
    assert {line["prediction_id"]: line["actual"] for line in lines} == winners
    store = LocalStore(str(root))
    for pid in ids:
        claim = orjson.loads(store.read(claim_key("serve-houses", pid)))
        assert claim["actual"] == winners[pid]


def test_two_servers_on_one_s3_bucket_record_one_actual_per_id(
    xgb_bundle: TrainedBundle, aws_env: str
) -> None:
    s3 = boto3.client("s3", endpoint_url=aws_env)
    s3.create_bucket(Bucket="records-race")
    root = "s3://records-race/records/production"
    # An id the other task predicted is looked up in the store hour by hour (a LIST each):
    # two hours keep the test quick (168 by default: 168 LISTs per look-up in moto).
    first, second = (recording_client(xgb_bundle, root, record_lookup_hours=2) for _ in range(2))
    with first, second:
        ids = recorded_predictions(first, IDS)
        wait_until_found(second, ids)
        winners = check_one_winner(race(first, second, ids))
    keys = [o["Key"] for o in s3.list_objects_v2(Bucket="records-race")["Contents"]]
    feedback = [k for k in keys if "/feedback/" in k]
    bodies = [s3.get_object(Bucket="records-race", Key=k)["Body"].read() for k in feedback]
    lines = feedback_lines(bodies)
    assert {line["prediction_id"]: line["actual"] for line in lines} == winners
    assert len(lines) == len(ids)


@pytest.mark.parametrize("kind", ["folder", "s3"])
def test_a_claim_is_created_once_and_then_answers_its_content(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    if kind == "s3":
        endpoint = request.getfixturevalue("aws_env")
        boto3.client("s3", endpoint_url=endpoint).create_bucket(Bucket="claims")
        store: LocalStore | S3Store = S3Store("s3://claims/records")
    else:
        store = LocalStore(str(tmp_path))
    key = claim_key("p", "a" * 32)
    assert store.claim(key, b'{"actual": 1}') is None
    assert store.claim(key, b'{"actual": 2}') == b'{"actual": 1}'
    store.release(key)
    assert store.claim(key, b'{"actual": 3}') is None
    assert store.read(key) == b'{"actual": 3}'


class FeedbackWriteFails(LocalStore):
    """A folder store that refuses feedback files while `failing` (a full disk, a denied
    PutObject) and writes predictions and claims as usual."""

    failing = True

    def write(self, project: str, kind: Any, hour: Any, name: str, data: bytes) -> str:
        if kind == "feedback" and self.failing:
            raise OSError("No space left on device")
        return super().write(project, kind, hour, name, data)


def test_a_feedback_file_that_cannot_be_written_releases_its_claim(
    xgb_bundle: TrainedBundle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "records"
    store = FeedbackWriteFails(str(root))
    monkeypatch.setattr("slipway_ml.serve.records.api.open_store", lambda _: store)
    with recording_client(xgb_bundle, root) as client:
        (pid,) = recorded_predictions(client, 1)
        sent = {"prediction_id": pid, "actual": 250000}
        assert client.post("/api/v1/feedback", json=sent).status_code == 500
        assert not (root / claim_key("serve-houses", pid)).exists()
        store.failing = False
        again = client.post("/api/v1/feedback", json=sent)
        assert again.status_code == 201, again.text
        assert (root / claim_key("serve-houses", pid)).exists()


class ReleaseDenied(FeedbackWriteFails):
    """…and may not delete (a role without s3:DeleteObject on the claims)."""

    def release(self, key: str) -> None:
        raise PermissionError("AccessDenied")


def test_a_claim_that_cannot_be_released_stays_and_the_write_error_is_answered(
    xgb_bundle: TrainedBundle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The documented limit: the id then answers 200 with the claimed value, nothing recorded."""
    root = tmp_path / "records"
    store = ReleaseDenied(str(root))
    monkeypatch.setattr("slipway_ml.serve.records.api.open_store", lambda _: store)
    with recording_client(xgb_bundle, root) as client:
        (pid,) = recorded_predictions(client, 1)
        sent = {"prediction_id": pid, "actual": 250000}
        assert client.post("/api/v1/feedback", json=sent).status_code == 500
        assert (root / claim_key("serve-houses", pid)).exists()
        store.failing = False
        assert client.post("/api/v1/feedback", json=sent).status_code == 200
    assert not list(root.glob("*/feedback/*/*/*/*/*.jsonl"))
