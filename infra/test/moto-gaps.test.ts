// Resource types moto's CloudFormation skips (infra/README.md, "End to end in moto") are asserted
// on the synthesized template instead; these two had no assertion elsewhere.
import { describe, expect, it } from '@jest/globals';
import type { EnvironmentName } from '../lib/config.js';
import { buildTestApp, propertiesOf } from './support/test-app.js';

const app = buildTestApp();

describe.each<EnvironmentName>(['staging', 'production'])('%s: types moto skips', (env) => {
  const template = app.template(app.environments[env]);
  const resources = (template.toJSON() as { Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }> }).Resources;
  const idOfGroup = (description: string) =>
    Object.entries(resources).find(([, r]) => r.Type === 'AWS::EC2::SecurityGroup' && r.Properties?.GroupDescription === description)?.[0];

  it('AWS::EC2::SecurityGroupEgress: the ALB may reach only the tasks, on the API and UI ports', () => {
    const alb = idOfGroup('Slipway ALB: HTTP and HTTPS from anywhere');
    const tasks = idOfGroup('Slipway tasks: only from the ALB and from each other');
    expect([alb, tasks].every(Boolean)).toBe(true);
    const egress = Object.values(propertiesOf(template, 'AWS::EC2::SecurityGroupEgress'));
    expect(egress.map((e) => [e.GroupId, e.DestinationSecurityGroupId, e.IpProtocol, e.FromPort, e.ToPort])).toEqual([
      [{ 'Fn::GetAtt': [alb, 'GroupId'] }, { 'Fn::GetAtt': [tasks, 'GroupId'] }, 'tcp', 8000, 8000],
      [{ 'Fn::GetAtt': [alb, 'GroupId'] }, { 'Fn::GetAtt': [tasks, 'GroupId'] }, 'tcp', 8080, 8080],
    ]);
  });

  it('the ALB group keeps an inline rule that matches nothing, so EC2 drops its default allow-all egress', () => {
    const alb = idOfGroup('Slipway ALB: HTTP and HTTPS from anywhere');
    expect(resources[alb ?? '']?.Properties?.SecurityGroupEgress).toEqual([
      { CidrIp: '255.255.255.255/32', IpProtocol: 'icmp', FromPort: 252, ToPort: 86, Description: 'Disallow all traffic' },
    ]);
  });

  it('AWS::SNS::TopicPolicy: the alarm topic refuses publishing without TLS', () => {
    const policies = Object.values(propertiesOf(template, 'AWS::SNS::TopicPolicy'));
    expect(policies).toHaveLength(1);
    const statements = (policies[0]?.PolicyDocument as { Statement: Record<string, unknown>[] }).Statement;
    expect(statements).toContainEqual(
      expect.objectContaining({
        Effect: 'Deny',
        Action: 'sns:Publish',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        Principal: '*',
      }),
    );
  });
});
