"""Where a project is served (its spec's `deploy:`), as the workflow's step outputs.

`deploy-target` prints `name=value` lines for $GITHUB_OUTPUT: `target` (ecs | sagemaker) and,
for SageMaker, deploy-sagemaker's inputs of the same names (empty: the action's default)."""

from __future__ import annotations

from slipway_ml.generated.model_project import ModelProjectSpec, Sagemaker


def deploy_target(spec: ModelProjectSpec) -> str:
    return (spec.deploy.target if spec.deploy else None) or "ecs"


def sagemaker_inputs(settings: Sagemaker) -> dict[str, int | str | None]:
    serverless = settings.serverless
    return {
        "instance-type": settings.instance_type,
        "instance-count": settings.instance_count,
        "serverless-memory-mb": serverless.memory_mb if serverless else None,
        "serverless-max-concurrency": serverless.max_concurrency if serverless else None,
        "canary-percent": settings.canary_percent,
        "canary-bake-minutes": settings.canary_bake_minutes,
        "termination-wait-minutes": settings.termination_wait_minutes,
    }


def deploy_outputs(spec: ModelProjectSpec) -> dict[str, str]:
    settings = (spec.deploy.sagemaker if spec.deploy else None) or Sagemaker()
    inputs = sagemaker_inputs(settings)
    return {"target": deploy_target(spec)} | {
        name: "" if value is None else str(value) for name, value in inputs.items()
    }
