"""Structured logs: one JSON object per line on stdout, for our events and uvicorn's."""

from __future__ import annotations

import datetime as dt
import logging
import sys
from typing import Any

import orjson

# LogRecord attributes that are not extra fields.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {
    "message",
    "taskName",
    "color_message",
}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD:
                entry[key] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return orjson.dumps(entry, default=str).decode()


def log_config(level: str) -> dict[str, Any]:
    """For uvicorn's `log_config`: every logger through the JSON formatter."""
    handler = {"class": "logging.StreamHandler", "formatter": "json", "stream": sys.stdout}
    loggers = ("slipway", "uvicorn", "uvicorn.error")
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": JsonFormatter}},
        "handlers": {"stdout": handler},
        "loggers": {
            **{
                n: {"handlers": ["stdout"], "level": level.upper(), "propagate": False}
                for n in loggers
            },
            "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
        },
    }
