// cdk-nag's AwsSolutions pack on every stack: zero findings that no acknowledgement (with its
// reason) covers; and a canary proving the checks are really attached and report.
import { describe, expect, it } from '@jest/globals';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTestApp, configWith, unacknowledgedNagFindings } from './support/test-app.js';

const ACKNOWLEDGED = 'aws:cdk:acknowledged-rules';

describe('cdk-nag AwsSolutions', () => {
  const app = buildTestApp(configWith((config) => (config.environments.staging.staticUi = true)));
  const stacks = [app.shared, app.environments.staging, app.environments.production];

  it.each(stacks.map((stack) => [stack.stackName, stack] as const))('%s has no unacknowledged finding', (_name, stack) => {
    expect(unacknowledgedNagFindings(stack)).toEqual([]);
  });

  it('gives every AwsSolutions acknowledgement a reason', () => {
    const acknowledgements = app.app.node
      .findAll()
      .flatMap((construct) =>
        construct.node.metadata.filter((entry) => entry.type === ACKNOWLEDGED).map((entry) => [construct.node.path, entry.data] as const),
      )
      .flatMap(([path, data]) => Object.entries(data as Record<string, string>).map(([id, reason]) => ({ path, id, reason })))
      .filter(({ id }) => id.includes('AwsSolutions-'));
    expect(acknowledgements.length).toBeGreaterThan(10);
    for (const { reason } of acknowledgements) expect(reason.length).toBeGreaterThan(30);
  });
});

describe('cdk-nag canary', () => {
  const app = buildTestApp();
  // Deliberately bad: plain HTTP allowed, no access logs, and SSH open to the world.
  new s3.Bucket(app.shared, 'CanaryBucket');
  const vpc = app.environments.staging.network.vpc;
  new ec2.SecurityGroup(app.environments.staging, 'CanarySecurityGroup', { vpc }).addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22));

  it('reports the bad bucket and the open security group', () => {
    expect(unacknowledgedNagFindings(app.shared)).toEqual(
      expect.arrayContaining([
        { rule: 'AwsSolutions-S10', path: 'Slipway-Shared/CanaryBucket/Resource' },
        { rule: 'AwsSolutions-S1', path: 'Slipway-Shared/CanaryBucket/Resource' },
      ]),
    );
    expect(unacknowledgedNagFindings(app.environments.staging)).toEqual([
      { rule: 'AwsSolutions-EC23', path: 'Slipway-Staging/CanarySecurityGroup/Resource' },
    ]);
  });

  it('fails the app synthesis (the plugin buildSlipwayApp attaches), with the findings in the report', () => {
    expect(() => app.app.synth()).toThrow(/AwsSolutions-S10/);
    const report = readFileSync(join(app.app.outdir, 'validation-report.json'), 'utf8');
    expect(report).toContain('AwsSolutions-S10');
    expect(report).toContain('Slipway-Staging/CanarySecurityGroup/Resource');
  });
});
