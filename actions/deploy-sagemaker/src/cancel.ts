// What a cancelled deploy leaves behind. SageMaker has no call that cancels an endpoint update
// or creation in progress (StopTrainingJob has no endpoint counterpart): once UpdateEndpoint is
// accepted, SageMaker finishes the blue/green shift, or rolls it back on its own alarms. So a
// cancel cannot undo anything; it says where the endpoint is and what SageMaker will do.
import type { Endpoint } from './assess.js';

/** What this run asked SageMaker to do to the endpoint, once it has asked. */
export interface EndpointChange {
  endpointName: string;
  targetConfig: string;
  /** '' when the endpoint was created by this run. */
  previousConfig: string;
}

function revertHint(change: EndpointChange): string {
  return (
    `To end on ${change.previousConfig}, once the endpoint is InService run ` +
    `aws sagemaker update-endpoint --endpoint-name ${change.endpointName} --endpoint-config-name ${change.previousConfig}`
  );
}

export function cancelNotice(endpointName: string, endpoint: Endpoint | undefined, change: EndpointChange | undefined): string {
  if (change === undefined) {
    if (endpoint === undefined) return `endpoint ${endpointName} does not exist and this run did not create it`;
    return (
      `endpoint ${endpointName} was not changed: it is ${endpoint.EndpointStatus ?? '?'} on ${endpoint.EndpointConfigName ?? '?'} ` +
      `(a model and endpoint config this run may have created stay until a later deploy prunes them)`
    );
  }
  if (endpoint === undefined) return `endpoint ${endpointName} was asked to serve ${change.targetConfig} but no longer exists`;
  const status = endpoint.EndpointStatus ?? '?';
  const serving = endpoint.EndpointConfigName ?? '?';
  if (status === 'InService') {
    return serving === change.targetConfig
      ? `endpoint ${endpointName} had already finished: InService on ${serving}. ${change.previousConfig ? revertHint(change) : ''}`.trim()
      : `endpoint ${endpointName} is InService on ${serving}, not on ${change.targetConfig}: SageMaker rolled the update back`;
  }
  if (status === 'Failed') return `endpoint ${endpointName} is Failed: ${endpoint.FailureReason ?? 'SageMaker gave no FailureReason'}`;
  if (change.previousConfig === '') {
    return (
      `endpoint ${endpointName} is ${status} on ${change.targetConfig}; SageMaker has no call to cancel that and finishes creating it. ` +
      `To remove it: aws sagemaker delete-endpoint --endpoint-name ${endpointName}`
    );
  }
  return (
    `endpoint ${endpointName} is ${status}, moving from ${serving} to ${change.targetConfig}; ` +
    `SageMaker has no call to cancel an update in progress: it finishes the blue/green shift to ${change.targetConfig} ` +
    `(the canary share, its bake time, then all traffic) and rolls back to ${change.previousConfig} by itself only if an ` +
    `auto-rollback alarm fires. ${revertHint(change)}`
  );
}
