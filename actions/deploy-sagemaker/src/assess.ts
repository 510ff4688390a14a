// Reads one DescribeEndpoint answer: done, rolled back, failed, or still moving (and how far).
import type { DescribeEndpointCommandOutput } from '@aws-sdk/client-sagemaker';

export type Endpoint = Pick<
  DescribeEndpointCommandOutput,
  'EndpointName' | 'EndpointStatus' | 'EndpointConfigName' | 'FailureReason' | 'ProductionVariants' | 'PendingDeploymentSummary'
>;

export type Assessment =
  | { state: 'in-progress' }
  | { state: 'completed'; reason: string }
  | { state: 'rolled-back'; reason: string }
  | { state: 'failed'; reason: string };

/** `moved`: the endpoint has been seen leaving InService since the update (before that, an
 * InService endpoint on the old config has simply not started the update yet). */
export function assessEndpoint(endpoint: Endpoint, targetConfig: string, moved: boolean): Assessment {
  const status = endpoint.EndpointStatus;
  const reason = endpoint.FailureReason?.trim();
  if (status === 'Failed') {
    return { state: 'failed', reason: `endpoint ${endpoint.EndpointName ?? ''} is Failed: ${reason || 'SageMaker gave no FailureReason'}` };
  }
  if (status !== 'InService') return { state: 'in-progress' };
  if (endpoint.EndpointConfigName === targetConfig) {
    return { state: 'completed', reason: `endpoint ${endpoint.EndpointName ?? ''} is InService on ${targetConfig}` };
  }
  if (!moved) return { state: 'in-progress' };
  const why = reason || 'an auto-rollback alarm fired or the new fleet did not pass its health checks';
  return {
    state: 'rolled-back',
    reason: `SageMaker rolled endpoint ${endpoint.EndpointName ?? ''} back to ${endpoint.EndpointConfigName ?? '?'}: ${why}`,
  };
}

/** One line per state: status, each variant's weight and instances, the pending deployment's
 * variants with their stages (Creating, ActivatingTraffic, Baking, …). */
export function progressLine(endpoint: Endpoint): string {
  const variants = (endpoint.ProductionVariants ?? []).map((v) => {
    const instances = v.CurrentInstanceCount === undefined ? '' : `, instances ${v.CurrentInstanceCount}/${v.DesiredInstanceCount ?? '?'}`;
    return `${v.VariantName ?? '?'} weight ${v.CurrentWeight ?? '?'}${instances}`;
  });
  const pending = endpoint.PendingDeploymentSummary;
  const pendingText = pending
    ? `; new ${pending.EndpointConfigName ?? '?'}: ${(pending.ProductionVariants ?? [])
        .map((v) => {
          const stages = (v.VariantStatus ?? [])
            .map((s) => `${s.Status ?? '?'}${s.StatusMessage ? ` (${s.StatusMessage})` : ''}`)
            .join(', ');
          return `${v.VariantName ?? '?'} ${stages || 'pending'}`;
        })
        .join('; ')}`
    : '';
  const on = endpoint.EndpointConfigName ? ` on ${endpoint.EndpointConfigName}` : '';
  return `${endpoint.EndpointStatus ?? '?'}${on}${variants.length ? ` — ${variants.join('; ')}` : ''}${pendingText}`;
}
