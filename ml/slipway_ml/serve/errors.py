"""Errors of the server: a bad bundle (never ready) and bad requests (400/413/415/422)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class BundleError(Exception):
    """A missing, partial or incompatible bundle: the file, what is wrong, the fix."""

    def __init__(self, file: str, what: str, fix: str) -> None:
        self.file, self.what, self.fix = file, what, fix
        super().__init__(f"{file}: {what} — {fix}")


SHOWN_CHARS = 40


def shorten(text: str) -> str:
    """At most SHOWN_CHARS of a client's text in an answer: a huge value is not echoed."""
    if len(text) <= SHOWN_CHARS:
        return text
    return f"{text[:SHOWN_CHARS]}… ({len(text)} characters)"


@dataclass(frozen=True)
class FieldError:
    row: int | None
    field: str | None
    message: str

    def as_json(self) -> dict[str, Any]:
        return {"row": self.row, "field": self.field, "message": self.message}


class RequestError(Exception):
    """Bad input: answered with `status` and the body of docs/API.md, never a 500."""

    def __init__(self, status: int, detail: str, errors: list[FieldError] | None = None) -> None:
        self.status, self.detail, self.errors = status, detail, errors or []
        super().__init__(detail)

    def body(self) -> dict[str, Any]:
        return {"detail": self.detail, "errors": [e.as_json() for e in self.errors]}
