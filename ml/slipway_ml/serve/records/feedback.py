"""Feedback: the true value of an earlier prediction, checked against the target column of
the bundle's dataset contract, accepted once per prediction_id.

Finding the prediction: the recorder's index of the last `SLIPWAY_RECORD_INDEX_SIZE`
recorded ids first, then the records store's prediction files of the last
`SLIPWAY_RECORD_LOOKUP_HOURS` hours. Finding earlier feedback for the id: the feedback this
process accepted (the same bound on ids), then the store's feedback files from the
prediction's hour on. One process answers feedback one request at a time (a lock); across
processes and tasks sharing the store, each new id is first claimed with a conditional create
(`<project>/feedback-claims/…`: S3 PutObject If-None-Match, a local hard link), so of two
racing posts exactly one is recorded and the other answers 200 or 409 with its value."""

from __future__ import annotations

import asyncio
import logging
import math
import re
import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import orjson

from slipway_ml.serve.errors import FieldError, RequestError, shorten
from slipway_ml.serve.records.reading import RecordCache
from slipway_ml.serve.records.recorder import Recorder, rfc3339
from slipway_ml.serve.records.store import claim_key, file_name, hours_back

ID = re.compile(r"[0-9a-f]{32}")
log = logging.getLogger("slipway.serve")


@dataclass(frozen=True)
class Outcome:
    """One item's answer: 201 recorded now, 200 the same value again, or an error status."""

    prediction_id: str | None
    status: int
    detail: str
    actual: float | None = None
    model_version: str | None = None

    def body(self) -> dict[str, Any]:
        if self.status in (200, 201):
            return {
                "prediction_id": self.prediction_id,
                "actual": self.actual,
                "model_version": self.model_version,
                "status": "recorded" if self.status == 201 else "already-recorded",
            }
        return {"detail": self.detail, "errors": [self.error()]}

    def error(self) -> dict[str, Any]:
        field = "actual" if self.status == 422 and self.prediction_id else "prediction_id"
        return {"row": None, "field": field, "message": self.detail.rstrip(".")}


class TargetCheck:
    """The target column's contract: type (number or integer), min, max."""

    def __init__(self, column: dict[str, Any]) -> None:
        self.name = str(column.get("name", "target"))
        self.integer = column.get("type") == "integer"
        self.min, self.max = column.get("min"), column.get("max")

    def type_problem(self, value: Any) -> str | None:
        """What the request schema refuses: not a finite JSON number."""
        kind = "an integer" if self.integer else "a number"
        if isinstance(value, bool) or not isinstance(value, int | float):
            got = shorten(orjson.dumps(value).decode())
            return f"actual must be {kind} (the target {self.name}); got {got}"
        if not math.isfinite(value):
            return f"actual must be a finite number (the target {self.name})"
        return None

    def range_problem(self, value: float) -> str | None:
        """What the target's contract refuses of a number: a fraction, or out of range."""
        if self.integer and float(value) != int(value):
            return f"actual must be an integer (the target {self.name} is); got {value}"
        if self.min is not None and value < self.min:
            return f"actual {value} is below the target {self.name}'s minimum {self.min}"
        if self.max is not None and value > self.max:
            return f"actual {value} is above the target {self.name}'s maximum {self.max}"
        return None


class FeedbackDesk:
    def __init__(
        self,
        recorder: Recorder,
        target: TargetCheck,
        cache: RecordCache,
        lookup_hours: int,
        metrics: Any,
    ) -> None:
        self.recorder, self.target, self.lookup_hours = recorder, target, lookup_hours
        self.metrics = metrics
        self.store, self.project = recorder.store, recorder.project
        self.cache = cache
        self.given: OrderedDict[str, float] = OrderedDict()
        self.lock = asyncio.Lock()
        self._writer = uuid.uuid4().hex[:8]
        self._seq = 0

    async def submit(self, items: list[Any]) -> list[Outcome]:
        """Checks every item, writes the new ones as one file, answers each."""
        async with self.lock:
            outcomes = await asyncio.to_thread(lambda: [self._check(item) for item in items])
            if any(o.status == 201 for o in outcomes):
                outcomes = await asyncio.to_thread(self._claim_and_write, outcomes)
            for outcome in outcomes:
                self.metrics.feedback.labels(outcome=str(outcome.status)).inc()
            return outcomes

    def shape_problem(self, item: Any) -> Outcome | None:
        """A 422 for an item the request schema refuses (checked before anything is looked up)."""
        if not isinstance(item, dict):
            return Outcome(None, 422, 'each item must be an object {"prediction_id", "actual"}.')
        unknown = sorted(set(item) - {"prediction_id", "actual"})
        if unknown:
            return Outcome(None, 422, f"unknown field {unknown[0]}; send prediction_id and actual.")
        pid = item.get("prediction_id")
        if not isinstance(pid, str) or not ID.fullmatch(pid):
            return Outcome(
                None,
                422,
                "prediction_id must be the 32 lowercase hex digits a prediction answered.",
            )
        if "actual" not in item:
            return Outcome(pid, 422, "actual is missing; send the true target value.")
        problem = self.target.type_problem(item["actual"])
        return Outcome(pid, 422, f"{problem}.") if problem else None

    def schema_problem(self, item: Any) -> Outcome | None:
        """A 422 for what the documented item schema refuses, the target's range included."""
        refused = self.shape_problem(item)
        if refused is not None:
            return refused
        problem = self.target.range_problem(float(item["actual"]))
        return Outcome(item["prediction_id"], 422, f"{problem}.") if problem else None

    def _check(self, item: Any) -> Outcome:
        # Order: the body's shape, then whether the prediction exists (404), then the value
        # against the target's contract (422), then replays (200/409).
        refused = self.shape_problem(item)
        if refused is not None:
            return refused
        pid, actual = item["prediction_id"], float(item["actual"])
        found = self._prediction(pid)
        if found is None:
            return Outcome(
                pid, 404,
                f"No recorded prediction has id {pid} (recorded in the last"
                f" {self.lookup_hours} hours); sampled-out or dropped ones are not recorded.",
            )  # fmt: skip
        problem = self.target.range_problem(actual)
        if problem:
            return Outcome(pid, 422, f"{problem}.")
        version, when = found
        earlier = self._earlier(pid, when)
        if earlier is None:
            return Outcome(pid, 201, "", actual, version)
        return replayed(pid, actual, version, earlier)

    def _claim_and_write(self, outcomes: list[Outcome]) -> list[Outcome]:
        """Claims each new id in the store (a conditional create: across tasks the first
        claim wins, a later one answers 200 or 409 with the winner's value), then writes the
        feedback file of the claimed ones; their claims are released if it cannot be written."""
        settled, claimed = [], []
        for outcome in outcomes:
            pid = outcome.prediction_id
            if outcome.status != 201 or pid is None or outcome.actual is None:
                settled.append(outcome)
                continue
            key = claim_key(self.project, pid)
            held = self.store.claim(key, orjson.dumps({
                "prediction_id": pid, "actual": outcome.actual, "time": rfc3339(time.time()),
                "writer": self._writer,
            }))  # fmt: skip
            if held is None:
                claimed.append(key)
                settled.append(outcome)
                continue
            earlier = float(orjson.loads(held)["actual"])
            self.given[pid] = earlier
            settled.append(replayed(pid, outcome.actual, outcome.model_version, earlier))
        fresh = [o for o in settled if o.status == 201]
        if fresh:
            try:
                self._write(fresh)
            except BaseException:
                self._release(claimed)
                raise
        return settled

    def _release(self, keys: list[str]) -> None:
        """Best effort: a claim left behind makes its id answer 200/409 with nothing recorded."""
        for key in keys:
            try:
                self.store.release(key)
            except Exception as exc:  # the write's own error is the one to raise
                log.error(
                    "feedback claim not released; remove it to accept feedback for the id",
                    extra={"claim": key, "root": self.store.root, "problem": str(exc)},
                )

    def _prediction(self, pid: str) -> tuple[str, float] | None:
        recent = self.recorder.recent.get(pid)
        if recent is not None:
            return recent
        hours = hours_back(datetime.now(UTC), self.lookup_hours)
        keys = self.cache.hour_keys("predictions", reversed(hours))
        for key in keys:
            rows = self.cache.predictions(key)
            row = rows.position(pid)
            if row is not None:
                hour = datetime.strptime(key.split("/predictions/")[1][:13], "%Y/%m/%d/%H")
                return rows.version(row), hour.replace(tzinfo=UTC).timestamp()
        return None

    def _earlier(self, pid: str, when: float) -> float | None:
        if pid in self.given:
            return self.given[pid]
        now = datetime.now(UTC)
        since = datetime.fromtimestamp(when, UTC)
        span = max(1, min(self.lookup_hours, int((now - since).total_seconds() // 3600) + 2))
        for key in self.cache.hour_keys("feedback", hours_back(now, span)):
            actual = self.cache.feedback(key).get(pid)
            if actual is not None:
                return actual
        return None

    def _write(self, fresh: list[Outcome]) -> None:
        now = time.time()
        lines = [
            orjson.dumps({
                "prediction_id": o.prediction_id, "time": rfc3339(now), "project": self.project,
                "model_version": o.model_version, "actual": o.actual,
            }) + b"\n"
            for o in fresh
        ]  # fmt: skip
        self._seq += 1
        moment = datetime.fromtimestamp(now, UTC)
        name = file_name(moment, self._writer, self._seq)
        self.store.write(self.project, "feedback", moment, name, b"".join(lines))
        for outcome in fresh:
            assert outcome.prediction_id is not None and outcome.actual is not None
            self.given[outcome.prediction_id] = outcome.actual
            if len(self.given) > self.recorder.settings.index_size:
                self.given.popitem(last=False)


def replayed(pid: str, actual: float, version: str | None, earlier: float) -> Outcome:
    """Feedback for an id that already has `earlier`: 200 when the same, else 409."""
    if earlier == actual:
        return Outcome(pid, 200, "", actual, version)
    return Outcome(
        pid, 409,
        f"Prediction {pid} already has the actual value {earlier:g}; {actual:g} differs."
        " Feedback is accepted once per prediction.",
    )  # fmt: skip


def feedback_error(outcome: Outcome) -> RequestError:
    return RequestError(
        outcome.status,
        outcome.detail,
        [FieldError(None, outcome.error()["field"], outcome.error()["message"])],
    )
