"""The API and UI images as the deploy runs them: ready with the baked model, one prediction
equal to the trainer's own server, the UI's /api proxy to the API container, both processes
unprivileged, and a clean stop on SIGTERM (the tests that stop the containers come last)."""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import pytest

from tests.serve.conftest import ROW, TrainedBundle, make_client

from .conftest import Container, podman

STOP_TIMEOUT_S = 30  # podman stop sends SIGKILL after this: exit code 137, not 0


def process_ids(container: Container) -> tuple[list[str], list[str]]:
    """The real, effective, saved and file-system uid and gid of the container's main process."""
    status = container.exec("cat", "/proc/1/status")
    fields = dict(re.findall(r"^(Uid|Gid):\s+(.+)$", status, re.MULTILINE))
    return fields["Uid"].split(), fields["Gid"].split()


def json_lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.startswith("{")]


def test_api_is_ready_with_the_baked_bundle(api: Container, bundle: TrainedBundle) -> None:
    ready = httpx.get(f"{api.url}/readyz", timeout=10)
    assert ready.status_code == 200, ready.text
    assert ready.json() == {"status": "ready", "model_version": bundle.version}
    assert "SLIPWAY_BUNDLE=/srv/bundle" in api.env()
    assert api.inspect("{{len .Mounts}}") == "0"  # the model comes from the image, not a volume


def test_api_healthcheck_passes(api: Container) -> None:
    check = podman("healthcheck", "run", api.name)
    assert check.returncode == 0, check.stdout + check.stderr


def test_api_prediction_equals_the_trainers_server(api: Container, bundle: TrainedBundle) -> None:
    answer = httpx.post(f"{api.url}/api/v1/predict", json={"features": ROW}, timeout=10)
    assert answer.status_code == 200, answer.text
    with make_client(bundle.folder) as local:
        expected = local.post("/api/v1/predict", json={"features": ROW}).json()
    body = answer.json()
    assert body["model_version"] == bundle.version
    assert body["prediction"] == pytest.approx(expected["prediction"], rel=1e-6)
    assert body["interval"] == pytest.approx(expected["interval"], rel=1e-6)


def test_api_runs_as_its_unprivileged_user(api: Container) -> None:
    assert api.inspect("{{.Config.User}}") == "10001:10001"
    uids, gids = process_ids(api)
    assert uids == ["10001"] * 4 and gids == ["10001"] * 4
    assert api.exec("id", "-u") == "10001"


def test_ui_serves_the_app(ui: Container) -> None:
    page = httpx.get(f"{ui.url}/", timeout=10)
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    script = re.search(r'src="(/assets/[^"]+\.js)"', page.text)
    assert script, page.text
    assert httpx.get(f"{ui.url}{script.group(1)}", timeout=10).status_code == 200
    check = podman("healthcheck", "run", ui.name)
    assert check.returncode == 0, check.stdout + check.stderr


def test_ui_proxies_the_api_container(ui: Container, api: Container) -> None:
    assert f"SLIPWAY_API_URL={api.url}" in ui.env()
    through_ui = httpx.get(f"{ui.url}/api/v1/model", timeout=10)
    assert through_ui.status_code == 200, through_ui.text
    assert through_ui.json() == httpx.get(f"{api.url}/api/v1/model", timeout=10).json()
    prediction = httpx.post(f"{ui.url}/api/v1/predict", json={"features": ROW}, timeout=10)
    assert prediction.status_code == 200, prediction.text
    direct = httpx.post(f"{api.url}/api/v1/predict", json={"features": ROW}, timeout=10)
    # The same answer but for the fresh prediction id each call gets.
    assert {**prediction.json(), "prediction_id": ""} == {**direct.json(), "prediction_id": ""}


def test_ui_runs_as_the_node_images_user(ui: Container) -> None:
    assert ui.inspect("{{.Config.User}}") == "1000:1000"
    uids, gids = process_ids(ui)
    assert uids == ["1000"] * 4 and gids == ["1000"] * 4


def stop(container: Container) -> None:
    done = podman("stop", "--time", str(STOP_TIMEOUT_S), container.name, timeout=2 * STOP_TIMEOUT_S)
    assert done.returncode == 0, done.stderr
    assert container.inspect("{{.State.Status}}") == "exited"
    # 0: the server's own clean exit; 137 would be SIGKILL after the timeout ran out.
    assert container.inspect("{{.State.ExitCode}}") == "0", container.logs()


def test_ui_stops_cleanly_on_sigterm(ui: Container) -> None:
    stop(ui)
    last = json_lines(ui.logs())[-1]
    assert (last["event"], last["signal"]) == ("stopping", "SIGTERM"), last


def test_api_stops_cleanly_on_sigterm(api: Container) -> None:
    stop(api)
    messages = [line.get("message") for line in json_lines(api.logs())]
    assert "shutting down" in messages, messages
    assert messages[-1] == "Finished server process [1]", messages
