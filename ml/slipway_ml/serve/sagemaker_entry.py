"""`serve`: the command SageMaker runs in the serving image (`docker run <image> serve`).

SageMaker's hosting contract: listen on port 8080 on every interface (or on
SAGEMAKER_BIND_TO_PORT, which SageMaker sets for a container of a multi-container endpoint),
the model artifact unpacked under /opt/ml/model. The image's own settings (SLIPWAY_PORT=8000
for ECS) are overridden for the port; SLIPWAY_BUNDLE, when the model sets it (an s3:// tarball
whose digest the server checks), wins over /opt/ml/model."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from slipway_ml.cli import main as cli_main

SAGEMAKER_PORT = "8080"
SAGEMAKER_MODEL_DIR = "/opt/ml/model"


def sagemaker_environment(env: Mapping[str, str]) -> dict[str, str]:
    """The server's SLIPWAY_* settings under SageMaker's contract."""
    settings = {
        "SLIPWAY_HOST": "0.0.0.0",  # SageMaker reaches the container from outside
        "SLIPWAY_PORT": env.get("SAGEMAKER_BIND_TO_PORT") or SAGEMAKER_PORT,
        "SLIPWAY_BUNDLE": env.get("SLIPWAY_BUNDLE") or SAGEMAKER_MODEL_DIR,
    }
    return {**env, **settings}


def main() -> int:
    os.environ.update(sagemaker_environment(os.environ))
    return cli_main(["serve", *sys.argv[1:]])


if __name__ == "__main__":
    sys.exit(main())
