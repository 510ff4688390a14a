"""The API image as SageMaker starts it: `docker run <image> serve`, the model artifact unpacked
under /opt/ml/model (here a read-only volume), SLIPWAY_BUNDLE empty. /ping answers ready with
that bundle, and /invocations with CSV answers what /api/v1/predict/batch answers."""

from __future__ import annotations

import csv
import io
import json
import os
import time
from collections.abc import Iterator

import httpx
import pytest

from tests.serve.conftest import ROW, TrainedBundle, free_port

from .conftest import Container, podman, podman_ok

STARTUP_S = 60


@pytest.fixture(scope="module")
def endpoint(api_image: str, bundle: TrainedBundle) -> Iterator[Container]:
    port = free_port()
    name = f"slipway-check-sagemaker-{os.getpid()}"
    podman_ok(
        "run", "--detach", "--name", name, "--env", f"SAGEMAKER_BIND_TO_PORT={port}",
        "--env", "SLIPWAY_BUNDLE=", "--volume", f"{bundle.folder}:/opt/ml/model:ro",
        api_image, "serve",
    )  # fmt: skip
    container = Container(name, f"http://127.0.0.1:{port}")
    try:
        deadline = time.monotonic() + STARTUP_S
        while True:
            assert container.inspect("{{.State.Running}}") == "true", container.logs()
            try:
                httpx.get(f"{container.url}/ping", timeout=2)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, container.logs()
                time.sleep(0.2)
        yield container
    finally:
        podman("rm", "--force", name)


def test_ping_is_ready_with_the_model_under_opt_ml_model(
    endpoint: Container, bundle: TrainedBundle
) -> None:
    ping = httpx.get(f"{endpoint.url}/ping", timeout=10)
    assert ping.status_code == 200, endpoint.logs()
    assert ping.json() == {"status": "ready", "model_version": bundle.version}
    lines = [json.loads(line) for line in endpoint.logs().splitlines() if line.startswith("{")]
    loaded = [line for line in lines if line.get("message") == "model loaded"]
    assert [line["bundle"] for line in loaded] == ["/opt/ml/model"]


def test_csv_invocations_answer_as_the_batch_route(endpoint: Container) -> None:
    rows = [ROW, {**ROW, "sqft": 2400, "location": "Downtown"}]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(list(ROW))
    writer.writerows([[row[name] for name in ROW] for row in rows])
    invoked = httpx.post(
        f"{endpoint.url}/invocations", content=out.getvalue(),
        headers={"Content-Type": "text/csv"}, timeout=10,
    )  # fmt: skip
    batch = httpx.post(f"{endpoint.url}/api/v1/predict/batch", json={"rows": rows}, timeout=10)
    assert invoked.status_code == batch.status_code == 200, invoked.text

    def without_ids(answer: dict) -> list[dict]:  # fresh prediction ids on every call
        return [{k: v for k, v in p.items() if k != "prediction_id"} for p in answer["predictions"]]

    assert without_ids(invoked.json()) == without_ids(batch.json())
