"""SageMaker's inference contract for real: the `serve` command SageMaker runs in the image,
started as a process on a port, asked GET /ping and POST /invocations with JSON and CSV; every
answer compared with POST /api/v1/predict/batch of the same server for the same rows."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from slipway_ml.serve.sagemaker_entry import sagemaker_environment

from .conftest import ROW, TrainedBundle, free_port
from .test_serve_process import wait_for

SERVE = Path(sys.executable).parent / "serve"  # pyproject's script, on the image's PATH


@pytest.fixture(scope="module")
def endpoint(xgb_bundle: TrainedBundle) -> Iterator[str]:
    port = free_port()
    env = {"SAGEMAKER_BIND_TO_PORT": str(port), "SLIPWAY_BUNDLE": str(xgb_bundle.tarball),
           "SLIPWAY_PORT": "8000", "PATH": str(SERVE.parent)}  # fmt: skip
    process = subprocess.Popen(
        [str(SERVE)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for(f"{base}/ping", process)  # type: ignore[arg-type]
        yield base
    finally:
        process.kill()
        process.wait(10)


def feature_names(bundle: TrainedBundle) -> list[str]:
    return [f["name"] for f in bundle.doc("input_schema.json")["features"]]


def rows_of(bundle: TrainedBundle, count: int) -> list[dict[str, Any]]:
    x_test, _ = bundle.test_split()
    frame = x_test[feature_names(bundle)].head(count)
    return [{str(k): (v.item() if hasattr(v, "item") else v) for k, v in row.items()}
            for row in frame.to_dict("records")]  # fmt: skip


def as_csv(rows: list[dict[str, Any]], names: list[str], header: bool) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if header:
        writer.writerow(names)
    writer.writerows([[row[n] for n in names] for row in rows])
    return out.getvalue()


def batch(base: str, rows: list[Any]) -> httpx.Response:
    return httpx.post(f"{base}/api/v1/predict/batch", json={"rows": rows}, timeout=30)


def without_ids(answer: dict[str, Any]) -> dict[str, Any]:
    """The answer less its prediction ids (new for every call), after checking each is one."""
    items = answer["predictions"]
    ids = [item["prediction_id"] for item in items]
    assert all(len(i) == 32 and int(i, 16) >= 0 for i in ids) and len(set(ids)) == len(ids)
    stripped = [{k: v for k, v in item.items() if k != "prediction_id"} for item in items]
    return {**answer, "predictions": stripped}


def invoke(base: str, body: str | bytes, content_type: str) -> httpx.Response:
    headers = {"Content-Type": content_type}
    return httpx.post(f"{base}/invocations", content=body, headers=headers, timeout=30)


def test_ping_answers_ready_with_the_model_version(
    endpoint: str, xgb_bundle: TrainedBundle
) -> None:
    answer = httpx.get(f"{endpoint}/ping")
    assert answer.status_code == 200
    assert answer.json() == {"status": "ready", "model_version": xgb_bundle.version}


def test_json_rows_and_a_bare_array_answer_as_the_batch_route(
    endpoint: str, xgb_bundle: TrainedBundle
) -> None:
    import orjson

    rows = rows_of(xgb_bundle, 25)
    expected = batch(endpoint, rows)
    assert expected.status_code == 200 and len(expected.json()["predictions"]) == 25
    wrapped = invoke(endpoint, orjson.dumps({"rows": rows}), "application/json")
    bare = invoke(endpoint, orjson.dumps(rows), "application/json; charset=utf-8")
    assert wrapped.status_code == bare.status_code == 200
    assert without_ids(wrapped.json()) == without_ids(bare.json()) == without_ids(expected.json())
    assert wrapped.headers["content-type"] == "application/json"


@pytest.mark.parametrize(
    ("header", "content_type"),
    [(True, "text/csv"), (False, "text/csv"), (True, "text/csv; header=present"),
     (False, "text/csv;header=absent")],
)  # fmt: skip
def test_csv_with_and_without_header_answers_as_the_batch_route(
    endpoint: str, xgb_bundle: TrainedBundle, header: bool, content_type: str
) -> None:
    names = feature_names(xgb_bundle)
    rows = rows_of(xgb_bundle, 40)
    expected = batch(endpoint, rows).json()
    answer = invoke(endpoint, as_csv(rows, names, header), content_type)
    assert answer.status_code == 200, answer.text
    assert without_ids(answer.json()) == without_ids(expected)


def test_csv_header_in_another_column_order(endpoint: str, xgb_bundle: TrainedBundle) -> None:
    names = list(reversed(feature_names(xgb_bundle)))
    rows = rows_of(xgb_bundle, 5)
    answer = invoke(endpoint, as_csv(rows, names, header=True), "text/csv")
    assert without_ids(answer.json()) == without_ids(batch(endpoint, rows).json())


def test_a_bad_csv_value_gets_the_batch_routes_422(
    endpoint: str, xgb_bundle: TrainedBundle
) -> None:
    names = feature_names(xgb_bundle)
    rows = [dict(ROW), {**ROW, "sqft": "huge", "location": "Moon"}]
    expected = batch(endpoint, rows)
    answer = invoke(endpoint, as_csv(rows, names, header=True), "text/csv")
    assert expected.status_code == answer.status_code == 422
    assert answer.json() == expected.json()
    assert {e["field"] for e in answer.json()["errors"]} == {"sqft", "location"}


def test_an_empty_csv_cell_is_null(endpoint: str, xgb_bundle: TrainedBundle) -> None:
    names = feature_names(xgb_bundle)
    rows = [{**ROW, "bedrooms": None}]
    answer = invoke(endpoint, as_csv([{**ROW, "bedrooms": ""}], names, header=True), "text/csv")
    assert answer.json() == batch(endpoint, rows).json()
    assert answer.status_code == 422  # bedrooms is not nullable in this contract


def test_a_csv_line_with_the_wrong_number_of_cells_is_named(
    endpoint: str, xgb_bundle: TrainedBundle
) -> None:
    names = feature_names(xgb_bundle)
    text = as_csv([ROW, ROW], names, header=False) + "1800,3\n"
    answer = invoke(endpoint, text, "text/csv")
    assert answer.status_code == 422
    assert answer.json()["detail"] == "1 CSV line has the wrong number of cells."
    (error,) = answer.json()["errors"]
    assert error["row"] == 2
    assert error["message"].startswith(f"rows[2] has 2 cells; send {len(names)} (")


@pytest.mark.parametrize(
    ("body", "content_type", "status", "detail"),
    [("a,b", "text/plain", 415,
      "Content-Type must be application/json or text/csv; got text/plain."),
     ('{"rows": [', "application/json", 400, "The body is not valid JSON"),
     ("[]", "application/json", 422, "rows is empty; send at least one row."),
     ('{"row": []}', "application/json", 422, "The request needs a 'rows' field.")],
)  # fmt: skip
def test_bad_bodies_are_refused_as_the_batch_route_refuses_them(
    endpoint: str, body: str, content_type: str, status: int, detail: str
) -> None:
    answer = invoke(endpoint, body, content_type)
    assert answer.status_code == status
    assert answer.json()["detail"].startswith(detail)


def test_ping_is_503_until_a_model_is_loaded(tmp_path: Path) -> None:
    port = free_port()
    env = {"SAGEMAKER_BIND_TO_PORT": str(port), "SLIPWAY_BUNDLE": str(tmp_path / "missing")}
    process = subprocess.Popen([str(SERVE)], env=env, stdout=subprocess.DEVNULL)
    try:
        answer = wait_for(f"http://127.0.0.1:{port}/ping", process)  # type: ignore[arg-type]
        assert answer.status_code == 503
        assert str(tmp_path / "missing") in answer.json()["reason"]
        invoked = invoke(f"http://127.0.0.1:{port}", "1,2", "text/csv")
        assert invoked.status_code == 503
    finally:
        process.kill()
        process.wait(10)


def test_sagemaker_settings_override_the_images_port_and_default_the_bundle() -> None:
    image = {"SLIPWAY_PORT": "8000", "SLIPWAY_HOST": "0.0.0.0", "PATH": "/opt/venv/bin"}
    env = sagemaker_environment(image)
    assert env["SLIPWAY_PORT"] == "8080" and env["SLIPWAY_HOST"] == "0.0.0.0"
    assert env["SLIPWAY_BUNDLE"] == "/opt/ml/model" and env["PATH"] == "/opt/venv/bin"
    given = {**image, "SAGEMAKER_BIND_TO_PORT": "9001", "SLIPWAY_BUNDLE": "s3://b/k.tar.gz"}
    env = sagemaker_environment(given)
    assert env["SLIPWAY_PORT"] == "9001" and env["SLIPWAY_BUNDLE"] == "s3://b/k.tar.gz"
