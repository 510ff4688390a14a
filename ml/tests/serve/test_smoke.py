"""`python -m slipway_ml smoke` against the real server process serving a real bundle: the
post-deployment check of train-and-deploy.yml."""

from __future__ import annotations

import subprocess
import sys

from slipway_ml.smoke import example_row, out_of_range_row

from .conftest import TrainedBundle, free_port
from .test_serve_process import server, wait_for


def smoke(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "slipway_ml", "smoke", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def test_smoke_passes_on_the_expected_model_and_fails_on_another(xgb_bundle: TrainedBundle) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with server(["--bundle", str(xgb_bundle.folder), "--port", str(port)]) as process:
        wait_for(f"{base}/readyz", process)
        version = xgb_bundle.version
        ok = smoke("--url", base, "--expect-version", version, "--timeout", "30")
        assert ok.returncode == 0, ok.stderr
        assert f"smoke: ok: model {version} answers" in ok.stdout
        assert "smoke: ok: an out-of-range" in ok.stdout
        other = "house-prices-000000000000"
        wrong = smoke("--url", base, "--expect-version", other, "--timeout", "5")
        assert wrong.returncode == 2
        assert f"serves {version}, expected {other}" in wrong.stderr


def test_smoke_names_a_service_that_never_answers() -> None:
    base = f"http://127.0.0.1:{free_port()}"
    result = smoke("--url", base, "--timeout", "1")
    assert result.returncode == 2
    assert f"{base}/api/v1/model did not answer 200 within 1 s" in result.stderr


def test_example_rows_follow_the_served_schema() -> None:
    features = [
        {"name": "sqft", "type": "integer", "min": 400, "max": 10000},
        {"name": "bathrooms", "type": "number", "min": 1, "max": 6, "step": 0.5},
        {"name": "location", "type": "category", "categories": ["Downtown", "Rural"]},
    ]
    assert example_row(features) == {"sqft": 5200, "bathrooms": 3.5, "location": "Downtown"}
    bad = out_of_range_row(features)
    assert bad is not None
    assert bad[1] == "sqft"
    assert bad[0]["sqft"] == 20000
