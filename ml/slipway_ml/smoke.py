"""`python -m slipway_ml smoke --url <service> --expect-version <v>`: after a deployment, the
service answers with the expected model, a valid row gets a finite prediction inside its
interval, and an out-of-range row gets a 422 naming the field. Uses only the public API
(docs/API.md) through the same URL users reach; exits 1 with the reason on the first failure."""

from __future__ import annotations

import json
import math
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any


class SmokeError(Exception):
    """A smoke check failed; the message says which and what was seen."""


@dataclass(frozen=True)
class Reply:
    status: int
    body: Any


def _call(url: str, payload: Any = None, timeout_s: float = 10.0) -> Reply:
    data = None if payload is None else json.dumps(payload).encode()
    headers = {"Content-Type": "application/json"} if data is not None else {}
    request = urllib.request.Request(url, data=data, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout_s) as response:
            return Reply(response.status, json.loads(response.read() or b"null"))
    except urllib.error.HTTPError as exc:
        text = exc.read()
        try:
            return Reply(exc.code, json.loads(text or b"null"))
        except json.JSONDecodeError:
            return Reply(exc.code, text.decode(errors="replace")[:200])


def wait_for_model(base: str, timeout_s: float, interval_s: float = 2.0) -> dict[str, Any]:
    deadline = time.monotonic() + timeout_s
    last = "no answer"
    while True:
        try:
            reply = _call(f"{base}/api/v1/model")
            if reply.status == 200 and isinstance(reply.body, dict):
                return reply.body
            last = f"HTTP {reply.status}"
        except (urllib.error.URLError, OSError) as exc:
            last = str(exc)
        if time.monotonic() >= deadline:
            raise SmokeError(
                f"{base}/api/v1/model did not answer 200 within {timeout_s:.0f} s ({last})"
            )
        time.sleep(interval_s)


def example_row(features: list[dict[str, Any]]) -> dict[str, Any]:
    """A valid row from the served schema: mid-range numbers, the first category."""
    row: dict[str, Any] = {}
    for feature in features:
        kind = feature["type"]
        if kind == "category":
            row[feature["name"]] = feature["categories"][0]
        elif kind in ("integer", "number"):
            low = float(feature.get("min", 0.0))
            high = float(feature.get("max", low + 2.0))
            middle = (low + high) / 2
            step = feature.get("step")
            if step:
                middle = low + round((middle - low) / step) * step
            row[feature["name"]] = round(middle) if kind == "integer" else middle
        elif kind == "boolean":
            row[feature["name"]] = True
        else:
            row[feature["name"]] = "smoke"
    return row


def out_of_range_row(features: list[dict[str, Any]]) -> tuple[dict[str, Any], str] | None:
    row = example_row(features)
    for feature in features:
        if feature["type"] in ("integer", "number") and "max" in feature:
            row[feature["name"]] = feature["max"] + max(1, abs(feature["max"]))
            return row, feature["name"]
    return None


def run_smoke(base: str, expect_version: str | None, timeout_s: float) -> list[str]:
    base = base.rstrip("/")
    model = wait_for_model(base, timeout_s)
    passed = [f"model {model.get('version')} answers at {base}"]
    if expect_version and model.get("version") != expect_version:
        raise SmokeError(
            f"{base} serves {model.get('version')}, expected {expect_version}: "
            "the new task definition is not the one answering (rolled back, or still rolling out)"
        )
    features = model["features"]
    reply = _call(f"{base}/api/v1/predict", {"features": example_row(features)})
    if reply.status != 200:
        raise SmokeError(f"a valid row got HTTP {reply.status}: {reply.body}")
    prediction = reply.body["prediction"]
    interval = reply.body["interval"]
    if not (isinstance(prediction, (int, float)) and math.isfinite(prediction)):
        raise SmokeError(f"a valid row got a non-finite prediction: {prediction!r}")
    if not interval["lower"] <= prediction <= interval["upper"]:
        raise SmokeError(f"prediction {prediction} lies outside its interval {interval}")
    low, high = interval["lower"], interval["upper"]
    passed.append(f"a valid row predicts {prediction:.6g} in [{low:.6g}, {high:.6g}]")
    bad = out_of_range_row(features)
    if bad is not None:
        row, field = bad
        reply = _call(f"{base}/api/v1/predict", {"features": row})
        fields = (
            [e.get("field") for e in (reply.body or {}).get("errors", [])]
            if isinstance(reply.body, dict)
            else []
        )
        if reply.status != 422 or field not in fields:
            seen = f"HTTP {reply.status} {reply.body}"
            raise SmokeError(f"an out-of-range {field} got {seen}, expected a 422 naming it")
        passed.append(f"an out-of-range {field} is refused with 422")
    return passed
