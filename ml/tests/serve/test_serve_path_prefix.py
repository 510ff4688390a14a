"""SLIPWAY_PATH_PREFIX: every route also answered under the prefix (the ALB sends
/projects/<project>/* to that project's API unchanged), the unprefixed routes still answered,
and /docs under the prefix loading the prefixed OpenAPI document."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError

from slipway_ml.serve.settings import ServeSettings

from .conftest import ROW, TrainedBundle, free_port, make_client
from .test_serve_process import server, wait_for

PREFIX = "/projects/houses"


@pytest.fixture(scope="module")
def prefixed(xgb_bundle: TrainedBundle) -> Iterator[TestClient]:
    with make_client(xgb_bundle.folder, path_prefix=PREFIX) as test_client:
        yield test_client


@pytest.mark.parametrize("good", ["", "/abalone", "/projects/abalone", "/a.b_c~d/e-1"])
def test_accepts_a_path_prefix(good: str) -> None:
    assert ServeSettings(path_prefix=good).path_prefix == good


@pytest.mark.parametrize("bad", ["projects/x", "/projects/x/", "/", "/a//b", "/a b", "/a?b"])
def test_rejects_a_bad_path_prefix_quoting_it(bad: str) -> None:
    with pytest.raises(ValidationError, match=f'must start with "/".*; got "{re.escape(bad)}"'):
        ServeSettings(path_prefix=bad)


def test_the_cli_names_the_setting_and_exits_2() -> None:
    command = [sys.executable, "-m", "slipway_ml", "serve", "--path-prefix", "/projects/x/"]
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=60)
    assert done.returncode == 2
    assert done.stderr.startswith(
        'error: SLIPWAY_PATH_PREFIX (--path-prefix): must start with "/" and have no trailing "/"'
    )
    assert done.stderr.rstrip().endswith('got "/projects/x/"')


@pytest.mark.parametrize("path", ["/healthz", "/readyz", "/api/v1/model", "/openapi.json"])
def test_answers_the_same_with_and_without_the_prefix(prefixed: TestClient, path: str) -> None:
    plain, under = prefixed.get(path), prefixed.get(PREFIX + path)
    assert plain.status_code == under.status_code == 200
    if path != "/openapi.json":  # the document differs in its servers (below)
        assert under.json() == plain.json()


def test_predicts_under_the_prefix(prefixed: TestClient) -> None:
    plain = prefixed.post("/api/v1/predict", json={"features": ROW}).json()
    under = prefixed.post(f"{PREFIX}/api/v1/predict", json={"features": ROW}).json()
    assert plain.pop("prediction_id") != under.pop("prediction_id")  # one id per answer
    assert under == plain and isinstance(under["prediction"], float)
    batch = prefixed.post(f"{PREFIX}/api/v1/predict/batch", json={"rows": [ROW, ROW]}).json()
    assert [p["prediction"] for p in batch["predictions"]] == [plain["prediction"]] * 2
    bad = prefixed.post(f"{PREFIX}/api/v1/predict", json={"features": {**ROW, "sqft": 5}})
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "sqft"


def test_prefixed_predictions_take_the_prediction_lane(xgb_bundle: TrainedBundle) -> None:
    """The lane answers the prefixed POSTs itself: with FastAPI's stack behind it broken,
    they still succeed while a route the lane does not own fails."""
    with make_client(xgb_bundle.folder, path_prefix=PREFIX) as client:

        async def broken_stack(*_: object) -> None:
            raise RuntimeError("FastAPI's stack was entered")

        client.app.front.app.app = broken_stack  # type: ignore[attr-defined]
        for path in ("/api/v1/predict", f"{PREFIX}/api/v1/predict"):
            assert client.post(path, json={"features": ROW}).status_code == 200
        rows = {"rows": [ROW]}
        assert client.post(f"{PREFIX}/api/v1/predict/batch", json=rows).status_code == 200
        assert client.get(f"{PREFIX}/api/v1/model").status_code == 500


def test_docs_under_the_prefix_load_the_prefixed_document(prefixed: TestClient) -> None:
    docs = prefixed.get(f"{PREFIX}/docs")
    assert docs.status_code == 200 and f"url: '{PREFIX}/openapi.json'" in docs.text
    document = prefixed.get(f"{PREFIX}/openapi.json").json()
    # Swagger's "Try it out" sends requests under the prefix; the paths stay the API's own.
    assert document["servers"] == [{"url": PREFIX}]
    assert "/api/v1/predict" in document["paths"]
    assert "sqft" in document["components"]["schemas"]["Features"]["properties"]
    assert "url: '/openapi.json'" in prefixed.get("/docs").text
    assert "servers" not in prefixed.get("/openapi.json").json()


@pytest.mark.parametrize(
    "path", [f"{PREFIX}x/api/v1/model", "/projects/other/api/v1/model", PREFIX, f"{PREFIX}/"]
)
def test_other_prefixes_are_not_routes(prefixed: TestClient, path: str) -> None:
    answer = prefixed.get(path)
    assert answer.status_code == 404 and answer.json()["detail"] == "No such route."


def test_without_the_setting_prefixed_paths_are_not_routes(client: TestClient) -> None:
    assert client.get(f"{PREFIX}/api/v1/model").status_code == 404


def test_metrics_label_a_prefixed_request_by_its_route(prefixed: TestClient) -> None:
    prefixed.get(f"{PREFIX}/readyz")
    prefixed.get(f"{PREFIX}/no-such-route")
    text = prefixed.get(f"{PREFIX}/metrics").text
    assert 'route="/readyz"' in text and 'route="unmatched"' in text
    assert PREFIX not in text


def test_the_real_server_answers_under_the_prefix(xgb_bundle: TrainedBundle) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {"SLIPWAY_PATH_PREFIX": PREFIX}
    with server(["--bundle", str(xgb_bundle.folder), "--port", str(port)], env) as process:
        ready = wait_for(f"{base}{PREFIX}/readyz", process)
        assert ready.json()["model_version"] == xgb_bundle.version
        answer = httpx.post(f"{base}{PREFIX}/api/v1/predict", json={"features": ROW})
        assert answer.status_code == 200
        plain = httpx.post(f"{base}/api/v1/predict", json={"features": ROW}).json()
        assert {**answer.json(), "prediction_id": None} == {**plain, "prediction_id": None}
        docs = httpx.get(f"{base}{PREFIX}/docs").text
        assert f"url: '{PREFIX}/openapi.json'" in docs
        assert httpx.get(f"{base}{PREFIX}/openapi.json").json()["servers"] == [{"url": PREFIX}]


def test_the_cli_names_any_bad_setting_with_its_value() -> None:
    command = [sys.executable, "-m", "slipway_ml", "serve", "--port", "70000"]
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip() == (
        'error: SLIPWAY_PORT (--port): Input should be less than or equal to 65535; got "70000"'
    )


def test_docs_off_answers_404_and_keeps_openapi(xgb_bundle: TrainedBundle) -> None:
    with make_client(xgb_bundle.folder, docs=False) as no_docs:
        assert no_docs.get("/docs").status_code == 404
        assert no_docs.get("/redoc").status_code == 404
        assert no_docs.get("/openapi.json").status_code == 200
