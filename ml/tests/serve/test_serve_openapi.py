"""The OpenAPI document declares what the routes answer: each answer's model, the error shape
on every error status, Prometheus text on /metrics; a 405 names the allowed methods. (The
schemathesis test holds every real answer to the document; these are the fixed facts.)"""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from slipway_ml.serve.answers import ModelAnswer, PredictAnswer

from .conftest import ROW


def _responses(document: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    responses: dict[str, Any] = document["paths"][path][method]["responses"]
    return responses


def test_each_answer_is_declared_with_its_model(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    predict = _responses(document, "post", "/api/v1/predict")
    assert predict["200"]["content"] == {
        "application/json": {"schema": {"$ref": "#/components/schemas/PredictAnswer"}}
    }
    for status in ("400", "413", "415", "422", "503"):
        schema = predict[status]["content"]["application/json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/ErrorAnswer"}
    ready = _responses(document, "get", "/readyz")
    assert ready["503"]["content"]["application/json"]["schema"]["$ref"].endswith("NotReadyAnswer")
    assert list(_responses(document, "get", "/metrics")["200"]["content"]) == ["text/plain"]
    assert client.get("/metrics").headers["content-type"].startswith("text/plain")


def test_real_answers_parse_as_their_models(client: TestClient) -> None:
    ModelAnswer.model_validate(client.get("/api/v1/model").json(), strict=True)
    PredictAnswer.model_validate(
        client.post("/api/v1/predict", json={"features": ROW}).json(), strict=True
    )


def test_a_wrong_method_is_405_naming_the_allowed_ones(client: TestClient) -> None:
    answer = client.get("/api/v1/predict")
    assert answer.status_code == 405 and answer.headers["allow"] == "POST"
    assert answer.json() == {"detail": "Method Not Allowed.", "errors": []}
    assert client.post("/healthz").headers["allow"] == "GET"
