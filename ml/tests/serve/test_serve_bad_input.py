"""Every class of bad request gets its status and the error body of docs/API.md, never a
500: not JSON (400), too many rows (413), wrong content type (415), schema violations (422)."""

from __future__ import annotations

import random
from typing import Any

import pytest
from fastapi.testclient import TestClient

from .conftest import ROW

PREDICT = "/api/v1/predict"
BATCH = "/api/v1/predict/batch"
JSON = {"content-type": "application/json"}


def errors_of(answer: Any) -> list[dict[str, Any]]:
    body = answer.json()
    assert set(body) == {"detail", "errors"} and body["detail"].endswith(".")
    errors: list[dict[str, Any]] = body["errors"]
    return errors


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"sqft": 50}, "sqft", "sqft must be between 400 and 10000; got 50"),
        ({"bathrooms": 6.5}, "bathrooms", "bathrooms must be between 1 and 6; got 6.5"),
        ({"location": "Moon"}, "location", "location must be one of Downtown, Urban, Suburb, "
         'Rural, Waterfront, Mountain; got "Moon"'),
        ({"sqft": "1800"}, "sqft", 'sqft must be an integer; got "1800"'),
        ({"sqft": True}, "sqft", "sqft must be an integer; got True"),
        ({"sqft": 1800.5}, "sqft", "sqft must be a whole number; got 1800.5"),
        ({"bathrooms": None}, "bathrooms", "bathrooms must be a number; got None"),
        ({"bathrooms": [2]}, "bathrooms", "bathrooms must be a number; got [2]"),
        ({"condition": 3}, "condition",
         "condition must be one of Poor, Fair, Good, Excellent; got 3"),
        ({"rooms": 4}, "rooms", "rooms is not a feature of this model; remove it"),
    ],
)  # fmt: skip
def test_one_bad_field(
    client: TestClient, change: dict[str, Any], field: str, message: str
) -> None:
    answer = client.post(PREDICT, json={"features": {**ROW, **change}})
    assert answer.status_code == 422
    assert errors_of(answer) == [{"row": None, "field": field, "message": message}]
    assert answer.json()["detail"] == f"1 field is invalid: {message}."


def test_whole_numbers_sent_as_floats_are_integers(client: TestClient) -> None:
    assert client.post(PREDICT, json={"features": {**ROW, "sqft": 1800.0}}).status_code == 200


def test_every_bad_field_is_reported(client: TestClient) -> None:
    features = {k: v for k, v in ROW.items() if k != "year_built"}
    features.update(sqft=5, location="Moon", pool=True)
    answer = client.post(PREDICT, json={"features": features})
    assert answer.status_code == 422
    assert [(e["field"], e["row"]) for e in errors_of(answer)] == [
        ("sqft", None), ("location", None), ("year_built", None), ("pool", None),
    ]  # fmt: skip
    assert errors_of(answer)[2]["message"] == "year_built is required; add it"
    assert answer.json()["detail"].startswith("4 fields are invalid: ")


def test_batch_errors_name_the_row(client: TestClient) -> None:
    rows = [ROW, {**ROW, "bedrooms": 0}, ROW, "not a row"]
    answer = client.post(BATCH, json={"rows": rows})
    assert answer.status_code == 422
    assert errors_of(answer) == [
        {"row": 1, "field": "bedrooms", "message": "bedrooms must be between 1 and 8; got 0"},
        {"row": 3, "field": None,
         "message": 'rows[3] must be a JSON object of feature values; got "not a row"'},
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        ({}, "features", 'features is required; send {"features": {<name>: <value>, ...}}'),
        ([ROW], "features", 'features is required; send {"features": {<name>: <value>, ...}}'),
        ({"features": ROW, "debug": 1}, "debug", "debug is not a request field; remove it"),
        ({"features": [1, 2]}, None,
         "features must be a JSON object of feature values; got [1, 2]"),
    ],
)  # fmt: skip
def test_request_shape(client: TestClient, body: Any, field: str | None, message: str) -> None:
    answer = client.post(PREDICT, json=body)
    assert answer.status_code == 422
    assert errors_of(answer) == [{"row": None, "field": field, "message": message}]


@pytest.mark.parametrize(
    ("rows", "message"),
    [([], "rows is empty; send at least one row"),
     ({"0": ROW}, "rows must be a JSON array of row objects")],
)  # fmt: skip
def test_batch_shape(client: TestClient, rows: Any, message: str) -> None:
    answer = client.post(BATCH, json={"rows": rows})
    assert answer.status_code == 422
    assert errors_of(answer) == [{"row": None, "field": "rows", "message": message}]


@pytest.mark.parametrize(
    ("body", "position"),
    [(b'{"features": {"sqft": 18', "char 24"), (b"", "char 0"), (b'{"a": NaN}', "char 6"),
     (b'{"features": {"sqft": 1e999}}', "char 22"), (b"\xff\xfe", "")],
)  # fmt: skip
def test_not_json_is_400(client: TestClient, body: bytes, position: str) -> None:
    for route in (PREDICT, BATCH):
        answer = client.post(route, content=body, headers=JSON)
        assert answer.status_code == 400
        detail = answer.json()["detail"]
        assert detail.startswith("The body is not valid JSON: ") and position in detail


@pytest.mark.parametrize(
    ("content_type", "shown"),
    [("text/plain", "text/plain"), (None, "none"), ("application/jsonx", "application/jsonx")],
)
def test_content_type_is_415(client: TestClient, content_type: str | None, shown: str) -> None:
    headers = {"content-type": content_type} if content_type else {}
    answer = client.post(PREDICT, content=b'{"features": {}}', headers=headers)
    assert answer.status_code == 415
    assert answer.json() == {
        "detail": f"Content-Type must be application/json; got {shown}. Send a JSON body.",
        "errors": [],
    }
    ok = client.post(
        PREDICT, json={"features": ROW}, headers={"content-type": "application/json; charset=utf-8"}
    )
    assert ok.status_code == 200


def test_body_size_limit_is_413(client: TestClient) -> None:
    limit = client.app.state.settings.max_body_bytes  # type: ignore[attr-defined]
    answer = client.post(BATCH, content=b" " * (limit + 1), headers=JSON)
    assert answer.status_code == 413
    assert answer.json()["detail"] == f"The body is {limit + 1} bytes; the limit is {limit}."


ODD_VALUES: list[Any] = [None, True, False, 0, -1, 1.5, 2.0, 1e308, -1e308, 10**18, "", "x",
                         "Suburb", "Good", [], {}, [1], {"a": 1}, 1995, 1800, 3]  # fmt: skip


def test_seeded_odd_values_never_500(client: TestClient) -> None:
    """Random (seeded) mixes of odd values: each answer is a 200 or a 422 naming fields."""
    rng = random.Random(4)
    rows = []
    for _ in range(300):
        row = {name: rng.choice(ODD_VALUES) for name in ROW if rng.random() > 0.1}
        if rng.random() < 0.1:
            row[rng.choice(["extra", "Sqft", ""])] = rng.choice(ODD_VALUES)
        rows.append(row)
        answer = client.post(PREDICT, json={"features": row})
        assert answer.status_code in (200, 422), (row, answer.text)
        if answer.status_code == 422:
            assert all(e["message"] for e in errors_of(answer))
    batch = client.post(BATCH, json={"rows": rows})
    assert batch.status_code == 422 and {e["row"] for e in errors_of(batch)} <= set(range(300))


@pytest.mark.parametrize(
    "change",
    [
        {"location": "x" * 1_000_000},
        {"x" * 1_000_000: 1},
        {"sqft": list(range(100_000))},
        {"sqft": {str(n): n for n in range(10_000)}},
    ],
    ids=["long string", "long key", "long array", "big object"],
)
def test_a_huge_bad_value_is_quoted_by_a_short_prefix(
    client: TestClient, change: dict[str, Any]
) -> None:
    answer = client.post(PREDICT, json={"features": {**ROW, **change}})
    assert answer.status_code == 422
    assert len(answer.content) < 600, answer.content[:600]
    assert "xxxxxxxxxx… (1000000 characters)" in answer.text or "a JSON" in answer.text


def test_a_huge_unknown_request_field_is_quoted_by_a_short_prefix(client: TestClient) -> None:
    answer = client.post(PREDICT, json={"features": ROW, "y" * 1_000_000: 1})
    assert answer.status_code == 422
    assert len(answer.content) < 600
    assert "… (1000000 characters)" in answer.text
