"""Prints the API's OpenAPI document as the app builds it with no model loaded (features of
any name): the project-independent contract the UI's types are generated from.

    ml/.venv/bin/python -m slipway_ml.serve.openapi_document > ui/src/lib/openapi.json

Run by ui/scripts/api-types.mjs; never edit its output by hand."""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from slipway_ml.serve.app import create_app
from slipway_ml.serve.settings import ServeSettings


def document() -> dict[str, Any]:
    # The defaults, whatever SLIPWAY_* this shell has (the batch limit is in the document).
    for name in [n for n in os.environ if n.startswith("SLIPWAY_")]:
        del os.environ[name]
    app = create_app(ServeSettings.model_validate({"bundle": None}))
    openapi: dict[str, Any] = app.openapi()
    return openapi


if __name__ == "__main__":
    sys.stdout.write(json.dumps(document(), indent=2, sort_keys=True) + "\n")
