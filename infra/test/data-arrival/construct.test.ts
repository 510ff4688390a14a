// The data-arrival construct in Slipway-Shared: the function, its least-privilege role, the
// rule's pattern, the encrypted dead-letter queue and the secret; and its code bundled at synth
// time with no Docker.
import { describe, expect, it } from '@jest/globals';
import { Match } from 'aws-cdk-lib/assertions';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { GITHUB_SECRET_NAME } from '../../lib/shared/data-arrival.js';
import { buildTestApp, propertiesOf, unacknowledgedNagFindings } from '../support/test-app.js';

const app = buildTestApp();
const template = app.template(app.shared);
const logicalId = (type: string): string => Object.keys(propertiesOf(template, type))[0]!;

describe('the data-arrived function', () => {
  const functions = propertiesOf(template, 'AWS::Lambda::Function');

  it('is the one Lambda in Slipway-Shared, on Node.js 24 with its settings', () => {
    expect(Object.values(functions)).toHaveLength(1);
    const fn = Object.values(functions)[0]!;
    expect(fn).toMatchObject({
      FunctionName: 'slipway-data-arrived',
      Runtime: 'nodejs24.x',
      Handler: 'index.handler',
      Timeout: 300,
      Environment: {
        Variables: {
          INCOMING_PREFIX: 'incoming/',
          PROJECTS: 'house-prices,abalone',
          GITHUB_REPOSITORY: 'slipway-org/slipway',
          DATA_BUCKET: { Ref: expect.stringMatching(/^BucketsData/) },
          GITHUB_SECRET_ID: { Ref: expect.stringMatching(/^DataArrivalGithubCredential/) },
          DEAD_LETTER_QUEUE_URL: { Ref: expect.stringMatching(/^DataArrivalDeadLetters/) },
        },
      },
      DeadLetterConfig: { TargetArn: { 'Fn::GetAtt': [expect.stringMatching(/^DataArrivalDeadLetters/), 'Arn'] } },
    });
  });

  it('retries twice on its own, then parks the event', () => {
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 21600 });
  });

  it('has its code bundled into one file at synth time, the SDK included', () => {
    const asset = app.shared.dataArrival.function.node.findChild('Code');
    if (!(asset instanceof Asset)) throw new Error('the function has no code asset');
    const staged = isAbsolute(asset.assetPath) ? asset.assetPath : join(app.app.outdir, asset.assetPath);
    const bundle = join(staged, 'index.js');
    expect(existsSync(bundle)).toBe(true);
    const code = readFileSync(bundle, 'utf8');
    expect(code).toContain('data-arrived');
    expect(code).toContain('GetSecretValue');
    expect(code).not.toMatch(/require\("@aws-sdk\/client-/);
    expect(statSync(bundle).size).toBeGreaterThan(100_000);
  });
});

describe('the rule', () => {
  it('matches Object Created in the data bucket under incoming/ and targets the function with a dead-letter queue', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: {
        source: ['aws.s3'],
        'detail-type': ['Object Created'],
        detail: { bucket: { name: [{ Ref: Match.stringLikeRegexp('^BucketsData') }] }, object: { key: [{ prefix: 'incoming/' }] } },
      },
      Targets: [
        Match.objectLike({
          Arn: { 'Fn::GetAtt': [logicalId('AWS::Lambda::Function'), 'Arn'] },
          DeadLetterConfig: { Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^DataArrivalDeadLetters'), 'Arn'] } },
          RetryPolicy: { MaximumRetryAttempts: 8, MaximumEventAgeInSeconds: 21600 },
        }),
      ],
    });
  });
});

describe('the dead-letter queue and the secret', () => {
  it('keeps failed events 14 days, encrypted, SSL only', () => {
    template.hasResourceProperties('AWS::SQS::Queue', {
      QueueName: 'slipway-data-arrived-dlq',
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: 1_209_600,
    });
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
      },
    });
  });

  it('names the secret the docs tell the team to fill in', () => {
    template.hasResourceProperties('AWS::SecretsManager::Secret', { Name: GITHUB_SECRET_NAME });
  });
});

describe('the role', () => {
  const policies = propertiesOf(template, 'AWS::IAM::Policy');
  const policy = Object.entries(policies).find(([id]) => id.startsWith('DataArrivalRole'))![1] as {
    PolicyDocument: { Statement: { Sid?: string; Action: string | string[]; Resource: unknown }[] };
  };
  const statements = Object.fromEntries(policy.PolicyDocument.Statement.map((s) => [s.Sid ?? JSON.stringify(s.Action), s]));
  const join_ = (resource: unknown): string => JSON.stringify(resource);

  it('reads only incoming/, writes only manifests and its markers', () => {
    expect(statements.ReadIncoming!.Action).toEqual(['s3:GetObject', 's3:GetObjectVersion']);
    expect(join_(statements.ReadIncoming!.Resource)).toContain('/incoming/*');
    expect(statements.WriteManifests!.Action).toBe('s3:PutObject');
    expect(join_(statements.WriteManifests!.Resource)).toContain('/incoming/*.manifest.json');
    expect(join_(statements.DispatchMarkers!.Resource)).toContain('/data-arrived/dispatched/*');
    const s3Writes = policy.PolicyDocument.Statement.filter((s) =>
      [s.Action].flat().some((a) => a === 's3:PutObject' || a === 's3:DeleteObject'),
    );
    expect(s3Writes.map((s) => s.Sid).sort()).toEqual(['DispatchMarkers', 'WriteManifests']);
  });

  it('has no managed policy and no action wildcard', () => {
    const role = Object.values(propertiesOf(template, 'AWS::IAM::Role')).find((r) => r.RoleName === 'slipway-data-arrived')!;
    expect(role.ManagedPolicyArns).toBeUndefined();
    for (const statement of policy.PolicyDocument.Statement) expect([statement.Action].flat().some((a) => a.endsWith('*'))).toBe(false);
  });
});

describe('cdk-nag', () => {
  it('has no unacknowledged finding in Slipway-Shared', () => {
    expect(unacknowledgedNagFindings(app.shared)).toEqual([]);
  });
});
