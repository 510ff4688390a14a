// The static UI option: S3 + CloudFront with origin access control instead of the UI service.
import { describe, expect, it } from '@jest/globals';
import { Match } from 'aws-cdk-lib/assertions';
import { buildTestApp, configWith, propertiesOf } from './support/test-app.js';

const app = buildTestApp(configWith((config) => (config.environments.production.staticUi = true)));
const template = app.template(app.environments.production);

describe('static UI (production with staticUi: true)', () => {
  it('runs no UI service, only the project APIs', () => {
    const names = Object.values(propertiesOf(template, 'AWS::ECS::Service')).map((s) => s.ServiceName);
    expect(names.sort()).toEqual(['slipway-production-abalone-api', 'slipway-production-house-prices-api']);
    expect(template.findOutputs('UiService')).toEqual({});
  });

  it('serves the files from a private bucket through CloudFront with origin access control', () => {
    const oac = Object.values(propertiesOf(template, 'AWS::CloudFront::OriginAccessControl'));
    expect(oac).toEqual([
      {
        OriginAccessControlConfig: expect.objectContaining({
          OriginAccessControlOriginType: 's3',
          SigningBehavior: 'always',
          SigningProtocol: 'sigv4',
        }),
      },
    ]);
    const [distribution] = Object.values(propertiesOf(template, 'AWS::CloudFront::Distribution'));
    const config = distribution!.DistributionConfig as {
      Origins: { S3OriginConfig?: unknown; OriginAccessControlId?: unknown; CustomOriginConfig?: unknown; DomainName: unknown }[];
      DefaultRootObject: string;
      DefaultCacheBehavior: { ViewerProtocolPolicy: string };
      CacheBehaviors: { PathPattern: string }[];
    };
    expect(config.DefaultRootObject).toBe('index.html');
    expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    const s3Origin = config.Origins.find((o) => o.S3OriginConfig)!;
    expect(s3Origin.OriginAccessControlId).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/OriginAccessControl/), 'Id'] });
    expect(s3Origin.S3OriginConfig).toEqual({ OriginAccessIdentity: '' });
    expect(config.CacheBehaviors.map((b) => b.PathPattern)).toEqual(['/api/*', '/projects/*']);
    expect(config.Origins.find((o) => o.CustomOriginConfig)!.DomainName).toBe('ml.slipway.example.com');
  });

  it('lets only this distribution read the bucket, and only over TLS', () => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({
            Effect: 'Allow',
            Action: 's3:GetObject',
            Principal: { Service: 'cloudfront.amazonaws.com' },
            Condition: { StringEquals: { 'AWS:SourceArn': Match.anyValue() } },
          }),
        ]),
      },
    });
  });

  it('answers 404 on the ALB for paths no project claims, and outputs the CloudFront URL and bucket', () => {
    const listener = Object.values(propertiesOf(template, 'AWS::ElasticLoadBalancingV2::Listener')).find((l) => l.Port === 443)!;
    expect(listener.DefaultActions).toEqual([
      { Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404', ContentType: 'text/plain', MessageBody: 'not found' } },
    ]);
    const outputs = template.findOutputs('*');
    expect(JSON.stringify(outputs.ServiceUrl!.Value)).toContain('DomainName');
    expect(outputs.UiBucket).toBeDefined();
    expect(outputs.UiDistributionId).toBeDefined();
  });

  it('lets the deploy role publish the files and invalidate the distribution', () => {
    const roleId = template.getResourceId('AWS::IAM::Role', { Properties: { RoleName: 'slipway-deploy-production' } });
    const policy = Object.values(template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: roleId }] } }))[0] as {
      Properties: { PolicyDocument: { Statement: { Sid: string; Action: unknown }[] } };
    };
    const sids = policy.Properties.PolicyDocument.Statement.map((s) => s.Sid);
    expect(sids).toEqual(expect.arrayContaining(['PublishUiFiles', 'InvalidateUi']));
  });
});
