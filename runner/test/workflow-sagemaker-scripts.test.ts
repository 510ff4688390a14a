// The scripts around a SageMaker deploy in train-and-deploy-project.yml: the project's alarms
// from ALARM_NAMES, the gated bundle tarball and its digest, and the endpoint's state after a
// failed or cancelled job — against SageMaker as moto serves it, `aws` on PATH being
// fixtures/aws-cli-standin.py (boto3).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { motoAvailable, startMoto, type MotoServer as Moto } from '../../actions/test-support/moto.js';
import { tempDir } from './fixture-actions.js';
import { awsCliStandin, runWorkflowScript as run, venvPython as python } from './support/workflow-script.js';

describe('deploy-targets.sh with ALARM_NAMES', () => {
  const ALARM_NAMES = JSON.stringify({
    abalone: ['slipway-staging-abalone-5xx', 'slipway-staging-abalone-latency'],
    ui: ['slipway-staging-ui-5xx'],
  });

  it("gives the project's alarms as a JSON array", () => {
    const result = run('deploy-targets.sh', { PROJECT: 'abalone', ALARM_NAMES });
    expect(result.status).toBe(0);
    expect(result.output).toBe('alarm-names=["slipway-staging-abalone-5xx","slipway-staging-abalone-latency"]\n');
  });

  it('fails naming the variable for a project without alarms, or a value that is not a list of names', () => {
    const missing = run('deploy-targets.sh', { PROJECT: 'wine', ALARM_NAMES });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('::error::ALARM_NAMES has no entry for project wine');
    const notList = run('deploy-targets.sh', { PROJECT: 'abalone', ALARM_NAMES: '{"abalone":"one-alarm"}' });
    expect(notList.status).toBe(1);
    expect(notList.output).toBe('');
  });
});

describe('bundle-tarball.sh', () => {
  it('gives the one tarball of the artifact and its sha256', () => {
    const dir = tempDir('slipway-tarball-');
    writeFileSync(join(dir, 'abalone-0123456789ab.tar.gz'), 'bundle bytes');
    const result = run('bundle-tarball.sh', { TARBALL_DIR: dir });
    expect(result.status).toBe(0);
    const sha = createHash('sha256').update('bundle bytes').digest('hex');
    expect(result.output).toBe(`path=${join(dir, 'abalone-0123456789ab.tar.gz')}\nsha256=${sha}\n`);
  });

  it('fails unless there is exactly one', () => {
    const dir = tempDir('slipway-tarball-');
    expect(run('bundle-tarball.sh', { TARBALL_DIR: dir }).stderr).toContain(`::error::expected one bundle .tar.gz in ${dir}, found 0`);
    mkdirSync(join(dir, 'x'));
    writeFileSync(join(dir, 'a.tar.gz'), 'a');
    writeFileSync(join(dir, 'b.tar.gz'), 'b');
    const two = run('bundle-tarball.sh', { TARBALL_DIR: dir });
    expect(two.status).toBe(1);
    expect(two.stderr).toContain('found 2');
    expect(two.output).toBe('');
  });
});

(motoAvailable() ? describe : describe.skip)('endpoint-state.sh against SageMaker (moto)', () => {
  let moto: Moto;
  let env: Record<string, string>;

  beforeAll(async () => {
    moto = await startMoto();
    env = { ...moto.env, PATH: `${awsCliStandin()}:${process.env.PATH ?? ''}` };
    const code = [
      'import boto3',
      'sm = boto3.client("sagemaker")',
      'sm.create_model(ModelName="m1", ExecutionRoleArn="arn:aws:iam::123456789012:role/x", PrimaryContainer={"Image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/a:1"})',
      'sm.create_endpoint_config(EndpointConfigName="slipway-staging-abalone-0a0a0a0a-20261206000000", ProductionVariants=[{"VariantName": "AllTraffic", "ModelName": "m1", "InstanceType": "ml.m5.large", "InitialInstanceCount": 1}])',
      'sm.create_endpoint(EndpointName="slipway-staging-abalone", EndpointConfigName="slipway-staging-abalone-0a0a0a0a-20261206000000")',
    ].join('\n');
    execFileSync(python, ['-c', code], { env: { ...process.env, ...moto.env } });
  }, 60_000);
  afterAll(async () => {
    await moto.stop();
  });

  it("reports the endpoint's status and config in the log and the summary", () => {
    const result = run('endpoint-state.sh', { ...env, ENDPOINT: 'slipway-staging-abalone' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'endpoint slipway-staging-abalone: status InService, serving slipway-staging-abalone-0a0a0a0a-20261206000000',
    );
    expect(result.summary).toContain('## Endpoint slipway-staging-abalone after this job');
  });

  it('warns, without failing the report step, when the endpoint cannot be described', () => {
    const result = run('endpoint-state.sh', { ...env, ENDPOINT: 'slipway-staging-wine' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('::warning::cannot describe endpoint slipway-staging-wine');
    expect(result.summary).toContain('Not described');
  });
});
