import { describe, expect, it } from '@jest/globals';
import type { Service } from '@aws-sdk/client-ecs';
import { assessDeployment, progressLine } from '../src/assess.js';

const ours = 'ecs-svc/1111111111111111111';
const service = (deployments: Service['deployments']): Service => ({ serviceName: 'api', deployments });

describe('assessDeployment', () => {
  it('is in progress while an older deployment still runs, even when ours is COMPLETED', () => {
    const s = service([
      { id: ours, status: 'PRIMARY', rolloutState: 'COMPLETED', runningCount: 2, desiredCount: 2 },
      { id: 'ecs-svc/2', status: 'ACTIVE', runningCount: 1, desiredCount: 0 },
    ]);
    expect(assessDeployment(s, ours).state).toBe('in-progress');
  });

  it('judges a service without rollout states by its counts', () => {
    expect(assessDeployment(service([{ id: ours, status: 'PRIMARY', runningCount: 2, desiredCount: 2 }]), ours).state).toBe('completed');
    expect(assessDeployment(service([{ id: ours, status: 'PRIMARY', runningCount: 1, desiredCount: 2 }]), ours).state).toBe('in-progress');
  });

  it('fails when our deployment is gone', () => {
    const s = service([{ id: 'ecs-svc/3', status: 'PRIMARY', taskDefinition: 'td:7' }]);
    expect(assessDeployment(s, ours)).toEqual({
      state: 'failed',
      reason: `deployment ${ours} is no longer listed by the service; the PRIMARY deployment is now ecs-svc/3 with td:7`,
    });
    expect(progressLine(s, ours)).toBe(`deployment ${ours}: not listed (1 deployments)`);
  });

  it('fails when another deployment became PRIMARY, before ours says FAILED', () => {
    const s = service([
      { id: 'ecs-svc/4', status: 'PRIMARY', taskDefinition: 'td:7', rolloutState: 'IN_PROGRESS' },
      { id: ours, status: 'ACTIVE', taskDefinition: 'td:8', rolloutState: 'IN_PROGRESS' },
    ]);
    const assessment = assessDeployment(s, ours);
    expect(assessment.state).toBe('failed');
    expect(assessment.state === 'failed' && assessment.reason).toBe(
      `deployment ${ours} was replaced: the PRIMARY deployment is now ecs-svc/4 with td:7 (rolled back)`,
    );
  });
});
