import { describe, expect, it } from '@jest/globals';
import { deniedPermission, explainAwsError, invalidField } from '../src/aws-errors.js';
import { parseTaskDefinitionArn, revisionsToPrune } from '../src/prune.js';
import { ACTION_VERSION, USER_AGENT } from '../src/version.js';
import { readFileSync } from 'node:fs';

const context = { operation: 'UpdateService', cluster: 'slipway-prod', service: 'house-prices-api', region: 'eu-west-1' };
const arn = (family: string, revision: number) => `arn:aws:ecs:us-east-1:123456789012:task-definition/${family}:${revision}`;

describe('explainAwsError', () => {
  it('reads the permission and resource out of an access-denied message', () => {
    expect(
      deniedPermission(
        'User: arn:aws:sts::1:assumed-role/r/s is not authorized to perform: ecs:UpdateService on resource: arn:aws:ecs:eu-west-1:1:service/c/s because no identity-based policy allows the ecs:UpdateService action',
      ),
    ).toEqual({
      action: 'ecs:UpdateService',
      resource: 'arn:aws:ecs:eu-west-1:1:service/c/s',
    });
    expect(deniedPermission('User: x is not authorized to perform: ecs:ListTasks')).toEqual({ action: 'ecs:ListTasks' });
    expect(deniedPermission('Access denied')).toBeUndefined();
  });

  it('falls back to the operation when the message names no permission', () => {
    expect(explainAwsError({ name: 'AccessDeniedException', message: 'Access denied' }, context).message).toMatch(
      /^UpdateService: access denied — the role running this step is missing ecs:UpdateService\. /,
    );
  });

  it('points at iam:PassRole for the task roles', () => {
    const message = explainAwsError(
      {
        name: 'AccessDeniedException',
        message: 'User: u is not authorized to perform: iam:PassRole on resource: arn:aws:iam::1:role/task',
      },
      { ...context, operation: 'RegisterTaskDefinition' },
    ).message;
    expect(message).toContain('iam:PassedToService = ecs-tasks.amazonaws.com');
  });

  it('names the field of an invalid task definition when ECS does', () => {
    expect(invalidField("Invalid 'cpu' setting for task.")).toBe('cpu');
    expect(invalidField('Container.image should not be null or empty.')).toBe('Container.image');
    expect(invalidField('Fargate requires task definition to have execution role ARN to support ECR images.')).toBeUndefined();
    expect(
      explainAwsError(
        { name: 'ClientException', message: "Invalid 'cpu' setting for task." },
        { ...context, operation: 'RegisterTaskDefinition', taskDefinition: 'house-prices' },
      ).message,
    ).toBe(`the task definition "house-prices" is invalid (field cpu): Invalid 'cpu' setting for task.`);
  });

  it('keeps the operation and the AWS error name for anything else', () => {
    expect(explainAwsError({ name: 'InternalFailure', message: 'boom' }, context).message).toBe(
      'UpdateService failed (InternalFailure): boom',
    );
    expect(explainAwsError({ name: 'InvalidParameterException', message: 'Unable to assume role' }, context).message).toBe(
      'UpdateService rejected the request for service "house-prices-api" in cluster "slipway-prod": Unable to assume role',
    );
  });
});

describe('revisionsToPrune', () => {
  it('parses revision ARNs', () => {
    expect(parseTaskDefinitionArn(arn('house-prices', 12))).toEqual({ family: 'house-prices', revision: 12 });
    expect(parseTaskDefinitionArn('house-prices:12')).toBeUndefined();
  });

  it('keeps the newest N by revision number, protected ones and other families', () => {
    const active = [2, 10, 9, 3, 1].map((r) => arn('api', r)).concat(arn('api-worker', 1));
    expect(revisionsToPrune({ family: 'api', active, keep: 2, protectedArns: [arn('api', 2)] })).toEqual([arn('api', 3), arn('api', 1)]);
    expect(revisionsToPrune({ family: 'api', active, keep: 10, protectedArns: [] })).toEqual([]);
  });
});

describe('version', () => {
  it('matches package.json and is in the user agent', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(ACTION_VERSION).toBe(pkg.version);
    expect(USER_AGENT).toBe(`slipway-deploy-ecs/${pkg.version}`);
  });
});
