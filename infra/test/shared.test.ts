import { describe, expect, it } from '@jest/globals';
import { Match } from 'aws-cdk-lib/assertions';
import { slipwayConfig } from '../lib/config.js';
import { buildTestApp, propertiesOf } from './support/test-app.js';

const app = buildTestApp();
const template = app.template(app.shared);

describe('Slipway-Shared: ECR', () => {
  it('has one API repository per project and one for the UI, named slipway/<project>-api and slipway/ui', () => {
    const names = Object.values(propertiesOf(template, 'AWS::ECR::Repository')).map((p) => p.RepositoryName);
    expect(names.sort()).toEqual(['slipway/abalone-api', 'slipway/house-prices-api', 'slipway/trainer', 'slipway/ui']);
  });

  it('scans on push, keeps tags immutable and expires images by a lifecycle rule', () => {
    for (const properties of Object.values(propertiesOf(template, 'AWS::ECR::Repository'))) {
      expect(properties.ImageScanningConfiguration).toEqual({ ScanOnPush: true });
      expect(properties.ImageTagMutability).toBe('IMMUTABLE');
      const policy = JSON.parse((properties.LifecyclePolicy as { LifecyclePolicyText: string }).LifecyclePolicyText) as {
        rules: { selection: { tagStatus: string; countType: string; countNumber: number } }[];
      };
      expect(policy.rules.map((rule) => rule.selection)).toEqual([
        { tagStatus: 'untagged', countType: 'sinceImagePushed', countNumber: 1, countUnit: 'days' },
        { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: slipwayConfig.ecr.keepImages },
      ]);
    }
  });
});

describe('Slipway-Shared: buckets', () => {
  const buckets = propertiesOf(template, 'AWS::S3::Bucket');
  const dataId = template.getResourceId('AWS::S3::Bucket', { Properties: { NotificationConfiguration: Match.anyValue() } });

  it('versions, encrypts and blocks public access on the data bucket, with EventBridge notifications on the bucket itself', () => {
    const data = buckets[dataId]!;
    expect(data.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(data.BucketEncryption).toEqual({
      ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
    });
    expect(data.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(data.NotificationConfiguration).toEqual({ EventBridgeConfiguration: { EventBridgeEnabled: true } });
    // No notifications custom resource (a Lambda) anywhere.
    expect(Object.keys(template.findResources('Custom::S3BucketNotifications'))).toEqual([]);
  });

  it('versions the artifacts bucket too, and every bucket refuses plain HTTP', () => {
    const versioned = Object.values(buckets).filter(
      (b) => (b.VersioningConfiguration as { Status?: string } | undefined)?.Status === 'Enabled',
    );
    expect(versioned).toHaveLength(2);
    const policies = Object.values(propertiesOf(template, 'AWS::S3::BucketPolicy'));
    expect(policies).toHaveLength(Object.keys(buckets).length);
    for (const policy of policies) {
      expect((policy.PolicyDocument as { Statement: unknown[] }).Statement).toContainEqual(
        expect.objectContaining({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      );
    }
  });
});

describe('Slipway-Shared: GitHub OIDC and roles', () => {
  it('creates the GitHub provider for sts.amazonaws.com, natively (no custom resource)', () => {
    template.resourceCountIs('AWS::IAM::OIDCProvider', 1);
    template.hasResourceProperties('AWS::IAM::OIDCProvider', {
      Url: 'https://token.actions.githubusercontent.com',
      ClientIdList: ['sts.amazonaws.com'],
    });
    expect(Object.keys(template.findResources('Custom::AWSCDKOpenIdConnectProvider'))).toEqual([]);
  });

  it('has no IAM user and no access key', () => {
    expect(Object.keys(template.findResources('AWS::IAM::User'))).toEqual([]);
    expect(Object.keys(template.findResources('AWS::IAM::AccessKey'))).toEqual([]);
  });

  it('lets the build role push to the Slipway repositories only', () => {
    const policy = template.findResources('AWS::IAM::Policy', {
      Properties: { Roles: [{ Ref: template.getResourceId('AWS::IAM::Role', { Properties: { RoleName: 'slipway-build' } }) }] },
    });
    const statements = (
      Object.values(policy)[0] as { Properties: { PolicyDocument: { Statement: { Sid: string; Resource: unknown; Action: string[] }[] } } }
    ).Properties.PolicyDocument.Statement;
    const push = statements.find((s) => s.Sid === 'PushSlipwayImages')!;
    expect(push.Action).toContain('ecr:PutImage');
    const repositoryIds = Object.keys(template.findResources('AWS::ECR::Repository'));
    expect(push.Resource).toEqual(expect.arrayContaining(repositoryIds.map((id) => ({ 'Fn::GetAtt': [id, 'Arn'] }))));
    expect(push.Resource).toHaveLength(repositoryIds.length);
    expect(statements.find((s) => s.Sid === 'EcrLogin')).toMatchObject({ Action: 'ecr:GetAuthorizationToken', Resource: '*' });
  });

  it('lets the data-read role list and read the data bucket and nothing else', () => {
    const roleId = template.getResourceId('AWS::IAM::Role', { Properties: { RoleName: 'slipway-data-read' } });
    const policy = Object.values(template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: roleId }] } }))[0] as {
      Properties: { PolicyDocument: { Statement: { Action: unknown; Resource: unknown }[] } };
    };
    const dataId = template.getResourceId('AWS::S3::Bucket', { Properties: { NotificationConfiguration: Match.anyValue() } });
    expect(policy.Properties.PolicyDocument.Statement).toEqual([
      expect.objectContaining({ Action: 's3:ListBucket', Resource: { 'Fn::GetAtt': [dataId, 'Arn'] } }),
      expect.objectContaining({
        Action: ['s3:GetObject', 's3:GetObjectVersion'],
        Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [dataId, 'Arn'] }, '/*']] },
      }),
    ]);
  });
});

describe('Slipway-Shared: outputs', () => {
  it('outputs every repository-level value the workflows read', () => {
    const outputs = template.findOutputs('*');
    expect(Object.keys(outputs).sort()).toEqual(
      [
        'ArtifactsBucketName',
        'AwsRegion',
        'BuildRoleArn',
        'DataBucketName',
        'DataReadRoleArn',
        'EcrApiRepositories',
        'EcrUiRepositoryUri',
        'TrainingRoleArn',
        'SageMakerExecutionRoleArn',
        'EcrTrainerRepositoryUri',
        'RecordsReadRoleArn',
      ].sort(),
    );
    expect(outputs.AwsRegion!.Value).toBe('eu-west-1');
  });

  it('builds ECR_API_REPOSITORIES as a JSON object of project → repository URI with Fn::Join', () => {
    const value = template.findOutputs('EcrApiRepositories').EcrApiRepositories!.Value as { 'Fn::Join': [string, unknown[]] };
    // Resolve the join with each token replaced by a marker naming the repository it refers to.
    const text = value['Fn::Join'][1]
      .map((part) => (typeof part === 'string' ? part : `<uri:${/Registries(Api\w+?)[0-9A-F]{8}/.exec(JSON.stringify(part))?.[1]}>`))
      .join('');
    const parsed = JSON.parse(text) as Record<string, string>;
    expect(Object.keys(parsed)).toEqual(slipwayConfig.projects);
    expect(parsed['house-prices']).toMatch(/^[^<]*<uri:Apihouseprices>/);
    expect(parsed.abalone).toMatch(/<uri:Apiabalone>/);
  });
});
