"""The S3 records store against moto in server mode: the server records into
s3://bucket/prefix, reads its own files back for feedback and the live summary."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from typing import Any

import boto3

from slipway_ml.serve.records.store import S3Store, hour_folder, open_store

from .conftest import ROW, TrainedBundle
from .test_records import recording_client, schema_validator


def test_the_s3_store_writes_lists_and_reads_under_its_prefix(aws_env: str) -> None:
    s3 = boto3.client("s3", endpoint_url=aws_env)
    s3.create_bucket(Bucket="records-a")
    store = open_store("s3://records-a/records/staging")
    assert isinstance(store, S3Store)
    hour = datetime(2026, 12, 6, 19, tzinfo=UTC)
    key = store.write("abalone", "predictions", hour, "20261206T190501Z-w1-000001.jsonl", b"{}\n")
    assert key == "abalone/predictions/2026/12/06/19/20261206T190501Z-w1-000001.jsonl"
    listed = s3.list_objects_v2(Bucket="records-a")["Contents"]
    assert [o["Key"] for o in listed] == [f"records/staging/{key}"]
    assert [f.key for f in store.list_hour("abalone", "predictions", hour)] == [key]
    assert store.list_hour("abalone", "feedback", hour) == []
    assert store.read(key) == b"{}\n"


def _objects(s3: Any, bucket: str, kind: str) -> list[dict[str, Any]]:
    keys = [o["Key"] for o in s3.list_objects_v2(Bucket=bucket).get("Contents", [])]
    lines = []
    for key in keys:
        if f"/{kind}/" in key:
            body = s3.get_object(Bucket=bucket, Key=key)["Body"].read().decode()
            lines += [json.loads(line) for line in body.splitlines()]
    return lines


def test_the_server_records_feedback_and_summarises_through_s3(
    aws_env: str, xgb_bundle: TrainedBundle
) -> None:
    s3 = boto3.client("s3", endpoint_url=aws_env)
    s3.create_bucket(Bucket="records-b")
    with recording_client(xgb_bundle, "s3://records-b/records/production") as client:
        answer = client.post("/api/v1/predict", json={"features": ROW}).json()
        pid = answer["prediction_id"]
        for _ in range(200):
            if _objects(s3, "records-b", "predictions"):
                break
            time.sleep(0.05)
        (line,) = _objects(s3, "records-b", "predictions")
        assert line["id"] == pid
        assert not list(schema_validator("prediction-record").iter_errors(line))
        sent = {"prediction_id": pid, "actual": round(answer["prediction"])}
        assert client.post("/api/v1/feedback", json=sent).status_code == 201
        (feedback,) = _objects(s3, "records-b", "feedback")
        assert feedback["prediction_id"] == pid
        live = client.get("/api/v1/live", params={"hours": 1}).json()
        assert (live["predictions"], live["labelled"]) == (1, 1)
    keys = [o["Key"] for o in s3.list_objects_v2(Bucket="records-b")["Contents"]]
    hour = hour_folder(datetime.now(UTC))
    assert all(k.startswith("records/production/serve-houses/") for k in keys)
    assert any(f"/predictions/{hour}/" in k for k in keys) or any(
        "/predictions/" in k for k in keys
    )
