// The monitor's role (lib/shared/records-read.ts, AWS_RECORDS_READ_ROLE_ARN): runs on main only,
// list and read records/production/ of the artifacts bucket, nothing else.
import { describe, expect, it } from '@jest/globals';
import type { CfnElement } from 'aws-cdk-lib';
import { buildTestApp } from './support/test-app.js';
import { actionsOf, roleStatements } from './support/policy.js';

const app = buildTestApp();
const template = app.template(app.shared);
const artifactsArn = { 'Fn::GetAtt': [app.shared.getLogicalId(app.shared.buckets.artifacts.node.defaultChild as CfnElement), 'Arn'] };

describe('slipway-records-read', () => {
  it('is assumed by GitHub tokens of runs on main of the configured repository only', () => {
    const role = Object.values(template.findResources('AWS::IAM::Role', { Properties: { RoleName: 'slipway-records-read' } }))[0] as {
      Properties: { AssumeRolePolicyDocument: { Statement: { Action: string; Condition: unknown }[] } };
    };
    const [statement, ...others] = role.Properties.AssumeRolePolicyDocument.Statement;
    expect(others).toEqual([]);
    expect(statement).toMatchObject({
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: {
          'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
          'token.actions.githubusercontent.com:sub': expect.stringMatching(/^repo:[^:]+:ref:refs\/heads\/main$/),
        },
      },
    });
  });

  it('lists the artifacts bucket under records/production/ and reads those objects, nothing else', () => {
    const byId = roleStatements(template, 'slipway-records-read');
    expect(byId).toEqual({
      ListRecords: {
        Sid: 'ListRecords',
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: artifactsArn,
        Condition: { StringLike: { 's3:prefix': ['records/production/*'] } },
      },
      ReadRecords: {
        Sid: 'ReadRecords',
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: { 'Fn::Join': ['', [artifactsArn, '/records/production/*']] },
      },
    });
    expect(actionsOf(byId)).toEqual(['s3:GetObject', 's3:ListBucket']);
  });

  it('is the output RecordsReadRoleArn (AWS_RECORDS_READ_ROLE_ARN)', () => {
    const roleId = template.getResourceId('AWS::IAM::Role', { Properties: { RoleName: 'slipway-records-read' } });
    expect(template.findOutputs('RecordsReadRoleArn').RecordsReadRoleArn).toMatchObject({
      Value: { 'Fn::GetAtt': [roleId, 'Arn'] },
      Description: 'AWS_RECORDS_READ_ROLE_ARN',
      Export: { Name: 'Slipway-Shared-RecordsReadRoleArn' },
    });
  });
});
