import { describe, expect, it } from '@jest/globals';
import type { Template } from 'aws-cdk-lib/assertions';
import { STACK_IDS } from '../lib/app.js';
import { slipwayConfig, type EnvironmentName } from '../lib/config.js';
import { SHARED_STACK_NAME } from '../lib/environment/records.js';
import { buildTestApp } from './support/test-app.js';

const app = buildTestApp();
const ENVS: EnvironmentName[] = ['staging', 'production'];
type Json = Record<string, unknown>;

const resources = (template: Template, type: string): [string, Json][] =>
  Object.entries(template.findResources(type)).map(([id, r]) => [id, (r as { Properties: Json }).Properties]);
const bucketName = { 'Fn::ImportValue': 'Slipway-Shared-ArtifactsBucketName' };

describe.each(ENVS)('%s prediction records', (env) => {
  const template = app.template(app.environments[env]);
  const apiTasks = resources(template, 'AWS::ECS::TaskDefinition').filter(([, p]) => String(p.Family).endsWith('-api'));

  it('gives every API task SLIPWAY_RECORDS_URI = s3://<artifacts bucket>/records/<env>', () => {
    expect(apiTasks).toHaveLength(slipwayConfig.projects.length);
    for (const [, task] of apiTasks) {
      const [container] = task.ContainerDefinitions as { Environment: { Name: string; Value: unknown }[] }[];
      const uri = container!.Environment.find((e) => e.Name === 'SLIPWAY_RECORDS_URI');
      expect(uri?.Value).toEqual({ 'Fn::Join': ['', ['s3://', bucketName, `/records/${env}`]] });
    }
  });

  it('lets the API task roles write and read records/<env>/ only, delete only feedback claims, list only that prefix', () => {
    const taskRoleIds = apiTasks.map(([, t]) => (t.TaskRoleArn as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0]);
    for (const roleId of taskRoleIds) {
      const policies = resources(template, 'AWS::IAM::Policy').filter(([, p]) =>
        (p.Roles as { Ref: string }[]).some((r) => r.Ref === roleId),
      );
      const statements = policies.flatMap(([, p]) => (p.PolicyDocument as { Statement: Json[] }).Statement);
      const text = JSON.stringify(statements);
      expect(statements).toHaveLength(3);
      expect(statements[0]).toMatchObject({ Action: ['s3:GetObject', 's3:PutObject'], Effect: 'Allow' });
      expect(text).toContain(`/records/${env}/*`);
      expect(statements[2]).toMatchObject({ Action: 's3:DeleteObject', Effect: 'Allow' });
      expect(JSON.stringify(statements[2]!.Resource)).toContain(`/records/${env}/*/feedback-claims/*`);
      expect(statements[1]).toMatchObject({
        Action: 's3:ListBucket',
        Condition: { StringLike: { 's3:prefix': [`records/${env}/*`] } },
      });
      expect(text).not.toContain('"s3:*"');
      expect(JSON.stringify([statements[0], statements[1]])).not.toContain('s3:DeleteObject');
    }
  });
});

it('imports the bucket from the stack app.ts names Slipway-Shared', () => {
  expect(SHARED_STACK_NAME).toBe(STACK_IDS.shared);
});
