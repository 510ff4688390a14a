"""The HTTP contract of docs/API.md against a real bundle: routes, the served schema,
predictions, batch, metrics, OpenAPI and request ids."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Any

import joblib
import numpy as np
import pytest
from fastapi.testclient import TestClient

from slipway_ml.intervals import half_widths

from .conftest import ROW, TrainedBundle, make_client

PREDICT = "/api/v1/predict"
BATCH = "/api/v1/predict/batch"


def offline(bundle: TrainedBundle, rows: list[dict[str, Any]]) -> Any:
    import pandas as pd

    pipeline = joblib.load(bundle.folder / "model.joblib")
    return pipeline.predict(pd.DataFrame(rows))


def offline_half_widths(bundle: TrainedBundle, rows: list[dict[str, Any]]) -> Any:
    """The trainer's own rule on the pipeline's own transform (what the server must match)."""
    import pandas as pd

    pipeline = joblib.load(bundle.folder / "model.joblib")
    frame = pd.DataFrame(rows)
    return half_widths(
        pipeline.predict(frame), pipeline[:-1].transform(frame), bundle.doc("calibration.json")
    )


def test_probes(client: TestClient, xgb_bundle: TrainedBundle) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json() == {"status": "ready", "model_version": xgb_bundle.version}


def test_model_metadata(client: TestClient, xgb_bundle: TrainedBundle) -> None:
    body = client.get("/api/v1/model").json()
    manifest, calibration = xgb_bundle.doc("manifest.json"), xgb_bundle.doc("calibration.json")
    assert body["project"] == "serve-houses" and body["version"] == xgb_bundle.version
    assert body["trained_at"] == manifest["created_at"] and body["git_sha"] == "feedbeef"
    assert body["chosen_model"] == "xgb"
    assert body["target"] == {"name": "price", "unit": "USD", "description": "Sale price."}
    assert body["metrics"]["test"] == xgb_bundle.doc("metrics.json")["test"]
    assert body["metrics"]["n_test"] == 160 and body["metrics"]["primary_metric"] == "rmse"
    assert body["gates"] == xgb_bundle.spec["gates"]
    assert body["interval"] == {
        "method": "normalised-split-conformal", "coverage": 0.9, "calibration_rows": 160,
        "half_width": None, "quantile": calibration["quantile"], "varies_per_row": True,
        "input_profile": calibration["input_profile"],
    }  # fmt: skip
    assert body["fingerprint"] == xgb_bundle.doc("fingerprint.json")
    assert body["feature_importance"] == xgb_bundle.doc("feature_importance.json")
    assert body["predictions_sample"] == xgb_bundle.doc("predictions_sample.json")
    assert body["batch_limit"] == 1000


def test_served_schema_is_the_contract(client: TestClient, xgb_bundle: TrainedBundle) -> None:
    """The ranges, steps and categories served are the dataset contract's, column for column."""
    served = client.get("/api/v1/model").json()["features"]
    contract = [c for c in xgb_bundle.contract["columns"] if c["name"] != "price"]
    assert served == contract
    assert [f["name"] for f in served] == list(ROW)
    openapi = client.get("/openapi.json").json()
    properties = openapi["components"]["schemas"]["Features"]["properties"]
    assert properties["location"]["enum"] == contract[3]["categories"]
    assert (properties["sqft"]["minimum"], properties["sqft"]["maximum"]) == (400, 10000)
    assert properties["bathrooms"]["x-step"] == 0.5
    assert openapi["components"]["schemas"]["Features"]["required"] == list(ROW)
    assert "/api/v1/predict/batch" in openapi["paths"]


def test_predict_matches_the_pipeline(client: TestClient, xgb_bundle: TrainedBundle) -> None:
    answer = client.post(PREDICT, json={"features": ROW})
    assert answer.status_code == 200
    body = answer.json()
    expected = float(offline(xgb_bundle, [ROW])[0])
    assert body["prediction"] == pytest.approx(expected, rel=1e-9)
    half = float(offline_half_widths(xgb_bundle, [ROW])[0])
    assert body["interval"] == {
        "lower": pytest.approx(expected - half, rel=1e-12),
        "upper": pytest.approx(expected + half, rel=1e-12),
        "coverage": 0.9,
    }
    assert body["out_of_profile"] == []
    assert body["model_version"] == xgb_bundle.version and body["unit"] == "USD"


def test_batch_keeps_order(client: TestClient, xgb_bundle: TrainedBundle) -> None:
    locations = ["Downtown", "Rural", "Waterfront", "Urban", "Mountain"]
    rows = [dict(ROW, sqft=400 + 300 * i, location=loc) for i, loc in enumerate(locations)]
    body = client.post(BATCH, json={"rows": rows}).json()
    got = [p["prediction"] for p in body["predictions"]]
    np.testing.assert_allclose(got, offline(xgb_bundle, rows), rtol=1e-9)
    assert len(set(got)) == 5 and body["model_version"] == xgb_bundle.version
    widths = [p["interval"]["upper"] - p["interval"]["lower"] for p in body["predictions"]]
    np.testing.assert_allclose(widths, 2 * offline_half_widths(xgb_bundle, rows), rtol=1e-9)
    assert len(set(widths)) == 5  # the width follows the row, not one constant


def test_inputs_outside_the_training_profile_are_flagged(
    client: TestClient, xgb_bundle: TrainedBundle
) -> None:
    profile = xgb_bundle.doc("calibration.json")["input_profile"]
    bigger = dict(ROW, sqft=profile["sqft"]["max"] + 1, year_built=profile["year_built"]["min"] - 1)
    body = client.post(PREDICT, json={"features": bigger}).json()
    assert body["out_of_profile"] == ["sqft", "year_built"]
    at_edge = dict(ROW, sqft=profile["sqft"]["max"])
    assert client.post(PREDICT, json={"features": at_edge}).json()["out_of_profile"] == []
    batch = client.post(BATCH, json={"rows": [ROW, bigger]}).json()["predictions"]
    assert [p["out_of_profile"] for p in batch] == [[], ["sqft", "year_built"]]


def test_batch_limit_is_413(xgb_bundle: TrainedBundle) -> None:
    with make_client(xgb_bundle.folder, batch_limit=3) as small:
        assert small.post(BATCH, json={"rows": [ROW] * 3}).status_code == 200
        answer = small.post(BATCH, json={"rows": [ROW] * 4})
        assert small.get("/api/v1/model").json()["batch_limit"] == 3
    assert answer.status_code == 413
    assert answer.json() == {
        "detail": "The batch has 4 rows; the limit is 3. Split it into smaller batches.",
        "errors": [],
    }


def test_request_id_echoed_or_made(client: TestClient) -> None:
    echoed = client.post(PREDICT, json={"features": ROW}, headers={"X-Request-ID": "abc-123"})
    assert echoed.headers["x-request-id"] == "abc-123"
    made = client.get("/readyz").headers["x-request-id"]
    assert len(made) == 32 and made != client.get("/readyz").headers["x-request-id"]
    bad = client.post(PREDICT, json={"features": {}}, headers={"X-Request-ID": "x" * 500})
    assert bad.status_code == 422 and len(bad.headers["x-request-id"]) == 32


def test_metrics(client: TestClient, xgb_bundle: TrainedBundle) -> None:
    client.post(PREDICT, json={"features": ROW})
    client.post(BATCH, json={"rows": [ROW, ROW]})
    client.post(PREDICT, content=b"{", headers={"content-type": "application/json"})
    client.get("/no/such/path")
    text = client.get("/metrics").text
    assert 'slipway_http_requests_total{method="POST",route="/api/v1/predict",status="200"}' in text
    assert 'slipway_http_requests_total{method="POST",route="/api/v1/predict",status="400"}' in text
    assert 'route="unmatched",status="404"' in text
    assert (
        'slipway_http_request_duration_seconds_bucket{le="0.005",route="/api/v1/predict"}' in text
    )
    assert (
        f'slipway_model_info{{project="serve-houses",version="{xgb_bundle.version}"}} 1.0' in text
    )
    predictions = _sample(text, "slipway_predictions_total")
    assert predictions >= 3
    assert _sample(text, 'slipway_prediction_value_bucket{le="+Inf"}') == predictions
    quantiles = xgb_bundle.doc("calibration.json")["target_quantiles"]["values"]
    bounds = [line.split('le="')[1].split('"')[0] for line in text.splitlines()
              if line.startswith("slipway_prediction_value_bucket")]  # fmt: skip
    assert [float(b) for b in bounds[:-1]] == sorted(set(quantiles)) and bounds[-1] == "+Inf"


def _sample(text: str, name: str) -> float:
    for line in text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[-1])
    raise AssertionError(f"{name} not in /metrics")


def test_unknown_route_and_method_use_the_error_body(client: TestClient) -> None:
    missing = client.get("/api/v1/nothing")
    assert missing.status_code == 404
    assert missing.json() == {"detail": "No such route.", "errors": []}
    wrong = client.get(PREDICT)
    assert wrong.status_code == 405 and wrong.json()["errors"] == []


def test_a_bug_is_a_json_500_with_the_request_id(
    xgb_bundle: TrainedBundle, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    with make_client(xgb_bundle.folder) as broken:
        model = broken.app.state.model_state.model  # type: ignore[attr-defined]

        def fail(rows: object) -> None:
            raise RuntimeError("a bug")

        monkeypatch.setattr(model.predictor, "predict_with_inputs", fail)
        for request_id in ("first", "second"):
            answer = broken.post(
                PREDICT, json={"features": ROW}, headers={"X-Request-ID": request_id}
            )
            assert answer.status_code == 500
            assert answer.json() == {"detail": "Internal error; see the server log.", "errors": []}
            assert answer.headers.get_list("x-request-id") == [request_id]
        assert broken.get("/readyz").status_code == 200  # the server carries on
        text = broken.get("/metrics").text
    assert 'route="/api/v1/predict",status="500"} 2.0' in text
    logged = [r for r in caplog.records if r.getMessage() == "unhandled error"]
    assert len(logged) == 2 and logged[0].exc_info is not None


def test_chunked_body_over_the_limit_is_413(xgb_bundle: TrainedBundle) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"rows": ['
        for _ in range(100):
            yield b'{"sqft": 1800, "bedrooms": 3},'

    with make_client(xgb_bundle.folder, max_body_bytes=1024) as small:
        answer = small.post(BATCH, content=chunks(), headers={"content-type": "application/json"})
    assert answer.status_code == 413
    assert answer.json()["detail"] == "The body is over 1024 bytes, the limit."


def test_startup_freezes_long_lived_objects(xgb_bundle: TrainedBundle) -> None:
    gc.unfreeze()
    with make_client(xgb_bundle.folder) as started:
        assert started.get("/readyz").status_code == 200
        assert gc.get_freeze_count() > 10_000  # imports, the model: out of the collector's way
