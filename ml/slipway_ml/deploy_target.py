"""Where a project is served (its spec's `deploy:`), as the workflow's step outputs.

`deploy-target` prints `name=value` lines for $GITHUB_OUTPUT: `target` (ecs | sagemaker) and,
for SageMaker, deploy-sagemaker's inputs of the same names (empty: the action's default)."""

from __future__ import annotations

from typing import Any

SAGEMAKER_INPUTS = {
    "instance-type": ("instance_type",),
    "instance-count": ("instance_count",),
    "serverless-memory-mb": ("serverless", "memory_mb"),
    "serverless-max-concurrency": ("serverless", "max_concurrency"),
    "canary-percent": ("canary_percent",),
    "canary-bake-minutes": ("canary_bake_minutes",),
    "termination-wait-minutes": ("termination_wait_minutes",),
}


def deploy_target(spec: dict[str, Any]) -> str:
    target: str = spec.get("deploy", {}).get("target", "ecs")
    return target


def deploy_outputs(spec: dict[str, Any]) -> dict[str, str]:
    settings = spec.get("deploy", {}).get("sagemaker", {})
    outputs = {"target": deploy_target(spec)}
    for name, path in SAGEMAKER_INPUTS.items():
        value: Any = settings
        for key in path:
            value = value.get(key) if isinstance(value, dict) else None
        outputs[name] = "" if value is None else str(value)
    return outputs
