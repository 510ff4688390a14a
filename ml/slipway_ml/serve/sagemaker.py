"""SageMaker's inference contract on the same app: `GET /ping` and `POST /invocations`.

/invocations answers exactly what POST /api/v1/predict/batch answers (routes.batch_answer:
same validation, same errors, same limits); only the body's shapes differ. It takes
- application/json: `{"rows": [...]}` or a bare JSON array of row objects;
- text/csv: one row per line, with a header line naming the features or without one (the
  columns then in the model's feature order, as SageMaker's built-in algorithms send them).
  `header=present` or `header=absent` in the Content-Type (RFC 4180) decides; without it, a
  first line whose cells are all feature names is the header.
Both routes stay out of the OpenAPI document: they are SageMaker's, docs/API.md names them."""

from __future__ import annotations

import csv
import io
from typing import Any

from fastapi import APIRouter
from starlette.requests import Request

from slipway_ml.serve.errors import FieldError, RequestError, shorten
from slipway_ml.serve.http_io import JsonResponse, json_body
from slipway_ml.serve.routes import batch_answer

router = APIRouter()
PING_PATH = "/ping"
INVOCATIONS_PATH = "/invocations"
_NUMERIC = ("integer", "number")
_BOOLEANS = {"true": True, "false": False, "1": True, "0": False}


@router.get(PING_PATH, include_in_schema=False)
async def ping(request: Request) -> JsonResponse:
    """Healthy (200) once a model is loaded, as /readyz: SageMaker sends traffic only then."""
    state = request.app.state.model_state
    if state.model is None:
        return JsonResponse({"status": "not-ready", "reason": state.reason}, status_code=503)
    return JsonResponse({"status": "ready", "model_version": state.model.version})


@router.post(INVOCATIONS_PATH, include_in_schema=False)
async def invocations(request: Request) -> JsonResponse:
    app_state = request.app.state

    async def read_rows(max_bytes: int) -> Any:
        return await rows_payload(request, app_state, max_bytes)

    return JsonResponse(await batch_answer(app_state, read_rows))


async def rows_payload(request: Request, app_state: Any, max_bytes: int) -> Any:
    """The body as batch_answer's `{"rows": [...]}`; CSV cells typed by the input schema."""
    content_type = request.headers.get("content-type", "")
    media, _, parameters = content_type.partition(";")
    if media.strip().lower() == "text/csv":
        # batch_answer reads the body only once a model is loaded.
        features = app_state.model_state.model.bundle.doc("input_schema.json")["features"]
        text = await _csv_text(request, max_bytes)
        return {"rows": csv_rows(text, features, _header_parameter(parameters))}
    if media.strip().lower() != "application/json":
        shown = shorten(content_type) or "none"
        raise RequestError(
            415,
            f"Content-Type must be application/json or text/csv; got {shown}."
            ' Send {"rows": [...]}, a JSON array of rows, or CSV lines.',
        )
    payload = await json_body(request, max_bytes)
    return {"rows": payload} if isinstance(payload, list) else payload


def _header_parameter(parameters: str) -> bool | None:
    for parameter in parameters.split(";"):
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "header":
            return {"present": True, "absent": False}.get(value.strip().strip('"').lower())
    return None


async def _csv_text(request: Request, max_bytes: int) -> str:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > max_bytes:
        raise RequestError(413, f"The body is {declared} bytes; the limit is {max_bytes}.")
    parts, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_bytes:
            raise RequestError(413, f"The body is over {max_bytes} bytes, the limit.")
        parts.append(chunk)
    try:
        return b"".join(parts).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RequestError(400, f"The CSV body is not UTF-8: {exc}.") from None


def csv_rows(text: str, features: list[dict[str, Any]], header: bool | None) -> list[Any]:
    """Row objects from CSV lines; a line with the wrong number of cells is a 422 naming it."""
    try:
        lines = [cells for cells in csv.reader(io.StringIO(text)) if cells]
    except csv.Error as exc:
        raise RequestError(400, f"The body is not valid CSV: {exc}.") from None
    names = [f["name"] for f in features]
    if header is None:
        header = bool(lines) and len(lines[0]) == len(names) and set(lines[0]) == set(names)
    columns = [cell.strip() for cell in lines[0]] if header and lines else names
    body = lines[1:] if header else lines
    kinds = {f["name"]: f["type"] for f in features}
    rows: list[Any] = []
    errors: list[FieldError] = []
    for index, cells in enumerate(body):
        if len(cells) != len(columns):
            errors.append(FieldError(index, None, _width_message(index, len(cells), columns)))
            continue
        rows.append({c: _typed(v, kinds.get(c)) for c, v in zip(columns, cells, strict=True)})
    if errors:
        lines_are = "line has" if len(errors) == 1 else "lines have"
        raise RequestError(422, f"{len(errors)} CSV {lines_are} the wrong number of cells.", errors)
    return rows


def _width_message(index: int, count: int, columns: list[str]) -> str:
    listed = ", ".join(columns)
    return f"rows[{index}] has {count} cells; send {len(columns)} ({shorten(listed)})"


def _typed(cell: str, kind: str | None) -> Any:
    """A CSV cell as the JSON value the row validator expects: an empty cell is null; a cell
    that does not parse stays text, so the validator's message quotes it."""
    if cell == "":
        return None
    if kind in _NUMERIC:
        try:
            return int(cell)
        except ValueError:
            try:
                return float(cell)
            except ValueError:
                return cell
    if kind == "boolean":
        return _BOOLEANS.get(cell.strip().lower(), cell)
    return cell
