// The deploy roles' SageMaker endpoint grants (lib/environment/sagemaker-endpoints.ts): each
// environment's own slipway-<env>-* models, configs and endpoints, the environment's serving role
// passed to SageMaker only, and the bundles/ prefix of the artifacts bucket.
import { describe, expect, it } from '@jest/globals';
import type { EnvironmentName } from '../lib/config.js';
import { buildTestApp } from './support/test-app.js';
import { roleStatements } from './support/policy.js';

const app = buildTestApp();
const ENVS: EnvironmentName[] = ['staging', 'production'];
const text = (value: unknown): string => JSON.stringify(value);
const bucket = { 'Fn::ImportValue': 'Slipway-Shared-ArtifactsBucketName' };

describe.each(ENVS)('%s deploy role', (env) => {
  const byId = roleStatements(app.template(app.environments[env]), `slipway-deploy-${env}`);
  const other = env === 'staging' ? 'production' : 'staging';

  it('creates, updates, describes and prunes its own slipway-<env>-* SageMaker resources only', () => {
    expect([byId.SageMakerEndpoints?.Action].flat().sort()).toEqual([
      'sagemaker:AddTags',
      'sagemaker:CreateEndpoint',
      'sagemaker:CreateEndpointConfig',
      'sagemaker:CreateModel',
      'sagemaker:DeleteEndpointConfig',
      'sagemaker:DeleteModel',
      'sagemaker:DescribeEndpoint',
      'sagemaker:UpdateEndpoint',
    ]);
    expect(byId.SageMakerEndpoints?.Resource).toEqual(
      ['endpoint-config', 'endpoint', 'model'].map((r) => `arn:aws:sagemaker:eu-west-1:123456789012:${r}/slipway-${env}-*`),
    );
    expect(text(byId)).not.toContain(`slipway-${other}-`);
    expect(byId.ListSageMakerModels).toMatchObject({ Action: ['sagemaker:ListEndpointConfigs', 'sagemaker:ListModels'], Resource: '*' });
  });

  it("passes only this environment's SageMaker serving role (not the training execution role), and only to SageMaker", () => {
    const template = app.template(app.environments[env]);
    const servingRole = template.getResourceId('AWS::IAM::Role', { Properties: { RoleName: `slipway-sagemaker-serving-${env}` } });
    expect(byId.PassSageMakerServingRole).toEqual({
      Sid: 'PassSageMakerServingRole',
      Effect: 'Allow',
      Action: 'iam:PassRole',
      Resource: { 'Fn::GetAtt': [servingRole, 'Arn'] },
      Condition: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } },
    });
    expect(text(byId)).not.toContain('SageMakerExecutionRoleArn');
  });

  it('reads and writes bundles/ of the artifacts bucket, and lists only that prefix', () => {
    expect(byId.Bundles).toMatchObject({
      Action: ['s3:GetObject', 's3:PutObject'],
      Resource: { 'Fn::Join': ['', ['arn:aws:s3:::', bucket, '/bundles/*']] },
    });
    expect(byId.ListBundles).toMatchObject({
      Action: 's3:ListBucket',
      Resource: { 'Fn::Join': ['', ['arn:aws:s3:::', bucket]] },
      Condition: { StringLike: { 's3:prefix': ['bundles/*'] } },
    });
    expect(text(byId)).not.toContain('s3:DeleteObject');
  });
});

it('exports the training execution role (SAGEMAKER_EXECUTION_ROLE_ARN)', () => {
  expect(app.template(app.shared).findOutputs('SageMakerExecutionRoleArn').SageMakerExecutionRoleArn?.Export).toEqual({
    Name: 'Slipway-Shared-SageMakerExecutionRoleArn',
  });
});
