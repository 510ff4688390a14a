// The SageMaker training roles of Slipway-Shared (lib/shared/sagemaker-training.ts): what the
// training step may do, what the job runs as, and nothing beyond the sagemaker/ prefix.
import { describe, expect, it } from '@jest/globals';
import type { CfnElement } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import { buildTestApp } from './support/test-app.js';

const app = buildTestApp();
const template: Template = app.template(app.shared);

interface Statement {
  Sid?: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
}

const text = (value: unknown): string => JSON.stringify(value);

function statements(roleName: string): Record<string, Statement> {
  const roleId = template.getResourceId('AWS::IAM::Role', { Properties: { RoleName: roleName } });
  const policy = Object.values(template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: roleId }] } }))[0] as {
    Properties: { PolicyDocument: { Statement: Statement[] } };
  };
  // Statements CDK's grants add have no Sid: keyed by their actions.
  return Object.fromEntries(policy.Properties.PolicyDocument.Statement.map((s) => [s.Sid ?? text(s.Action), s]));
}

const artifactsId = app.shared.getLogicalId(app.shared.buckets.artifacts.node.defaultChild as CfnElement);

describe('the training role (AWS_TRAINING_ROLE_ARN)', () => {
  const byId = statements('slipway-training');

  it('starts, follows and stops slipway-* training jobs only', () => {
    expect([byId.TrainingJobs?.Action].flat().sort()).toEqual([
      'sagemaker:AddTags',
      'sagemaker:CreateTrainingJob',
      'sagemaker:DescribeTrainingJob',
      'sagemaker:StopTrainingJob',
    ]);
    expect(text(byId.TrainingJobs?.Resource)).toContain(':training-job/slipway-*');
  });

  it('passes the execution role to SageMaker only', () => {
    const executionId = template.getResourceId('AWS::IAM::Role', { Properties: { RoleName: 'slipway-sagemaker-execution' } });
    expect(byId.PassExecutionRole).toMatchObject({
      Action: 'iam:PassRole',
      Resource: { 'Fn::GetAtt': [executionId, 'Arn'] },
      Condition: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } },
    });
  });

  it('reads and writes the sagemaker/ prefix of the artifacts bucket and reads the job log', () => {
    expect(text(byId.JobFiles?.Resource)).toMatch(/\/sagemaker\/\*"/);
    expect(text(byId.JobFiles?.Resource)).toContain(artifactsId);
    expect(byId.ListJobPrefix?.Condition).toEqual({ StringLike: { 's3:prefix': ['sagemaker/*'] } });
    expect(byId.ReadJobLog?.Action).toEqual(['logs:DescribeLogStreams', 'logs:GetLogEvents']);
    expect(text(byId.ReadJobLog?.Resource)).toContain('log-group:/aws/sagemaker/TrainingJobs:*');
    expect(Object.keys(byId).sort()).toEqual(['JobFiles', 'ListJobPrefix', 'PassExecutionRole', 'ReadJobLog', 'TrainingJobs']);
  });
});

describe('the execution role (SAGEMAKER_EXECUTION_ROLE_ARN)', () => {
  it('is assumed by SageMaker alone', () => {
    const role = Object.values(
      template.findResources('AWS::IAM::Role', { Properties: { RoleName: 'slipway-sagemaker-execution' } }),
    )[0] as {
      Properties: { AssumeRolePolicyDocument: { Statement: { Principal: unknown }[] } };
    };
    expect(role.Properties.AssumeRolePolicyDocument.Statement.map((s) => s.Principal)).toEqual([{ Service: 'sagemaker.amazonaws.com' }]);
  });

  it('reads the job inputs, writes its output and checkpoints, pulls the trainer image', () => {
    const byId = statements('slipway-sagemaker-execution');
    for (const prefix of ['data', 'jobs']) expect(text(byId.ReadJobInputs?.Resource)).toContain(`/sagemaker/${prefix}/*`);
    expect(byId.ReadJobInputs?.Action).toBe('s3:GetObject');
    for (const prefix of ['output', 'checkpoints']) expect(text(byId.WriteJobOutputs?.Resource)).toContain(`/sagemaker/${prefix}/*`);
    const trainerId = template.getResourceId('AWS::ECR::Repository', { Properties: { RepositoryName: 'slipway/trainer' } });
    const pull = Object.values(byId).find((s) => [s.Action].flat().includes('ecr:BatchGetImage'));
    expect(pull?.Resource).toEqual({ 'Fn::GetAtt': [trainerId, 'Arn'] });
    expect(byId.JobMetrics?.Condition).toEqual({ StringLike: { 'cloudwatch:namespace': '/aws/sagemaker/*' } });
    expect(text(byId.WriteJobOutputs?.Resource)).toContain(artifactsId);
  });
});
