// The sagemaker backend's inputs over the spec's training: section over the defaults.
import { afterEach, describe, expect, it } from '@jest/globals';
import { loadProjectSpec, type ProjectSpec } from '@slipway/shared';
import { join } from 'node:path';
import { readInputs } from '../src/inputs.js';
import { readSageMakerInputs } from '../src/sagemaker-inputs.js';
import { makeJobName, JOB_NAME } from '../src/backends/sagemaker/settings.js';
import { repoRoot } from '../../test-support/paths.js';

const context = { workspace: repoRoot, runnerTemp: '/tmp/rt' };
const required = {
  'sagemaker-role-arn': 'arn:aws:iam::123456789012:role/slipway-sagemaker-execution',
  'sagemaker-image': '123456789012.dkr.ecr.eu-west-1.amazonaws.com/slipway/trainer:abc123',
  'sagemaker-bucket': 'slipway-artifacts-123456789012',
};
const set = new Set<string>();
function setInputs(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(inputs)) {
    process.env[`INPUT_${name.toUpperCase()}`] = value;
    set.add(name);
  }
}
afterEach(() => {
  for (const name of set) Reflect.deleteProperty(process.env, `INPUT_${name.toUpperCase()}`);
  set.clear();
});
// abalone's own spec trains on SageMaker; these cases set the training section themselves.
const abalone: ProjectSpec = { ...loadProjectSpec(join(repoRoot, 'ml/projects/abalone.yaml')) };
delete abalone.training;
function withTraining(training: ProjectSpec['training']): ProjectSpec {
  return { ...abalone, ...(training === undefined ? {} : { training }) };
}

describe('readSageMakerInputs', () => {
  it('uses the defaults when neither the spec nor an input says', () => {
    setInputs(required);
    expect(readSageMakerInputs(withTraining(undefined))).toEqual({
      roleArn: required['sagemaker-role-arn'],
      image: required['sagemaker-image'],
      bucket: required['sagemaker-bucket'],
      prefix: 'sagemaker',
      instanceType: 'ml.m5.large',
      instanceCount: 1,
      volumeGb: 30,
      maxRuntimeSeconds: 3600,
      spot: { enabled: false, maxWaitSeconds: 7200 },
    });
  });
  it("takes the spec's training section, and an input over it", () => {
    const spec = withTraining({
      instance_type: 'ml.c5.xlarge',
      volume_gb: 50,
      max_runtime_seconds: 900,
      spot: { enabled: true, max_wait_seconds: 1800 },
    });
    setInputs(required);
    expect(readSageMakerInputs(spec)).toMatchObject({
      instanceType: 'ml.c5.xlarge',
      volumeGb: 50,
      maxRuntimeSeconds: 900,
      spot: { enabled: true, maxWaitSeconds: 1800 },
    });
    setInputs({ 'instance-type': 'ml.m5.2xlarge', spot: 'false', 'volume-gb': '10', 'training-job-name': 'my-job-1' });
    expect(readSageMakerInputs(spec)).toMatchObject({
      instanceType: 'ml.m5.2xlarge',
      volumeGb: 10,
      spot: { enabled: false },
      jobName: 'my-job-1',
    });
  });
  it('rejects a Spot wait shorter than the runtime, naming both settings', () => {
    setInputs({ ...required, spot: 'true', 'max-runtime-seconds': '3600', 'spot-max-wait-seconds': '600' });
    expect(() => readSageMakerInputs(abalone)).toThrow(
      "spot max wait 600 s is less than the max runtime 3600 s (SageMaker's rule); raise spot-max-wait-seconds (training.spot.max_wait_seconds) or lower max-runtime-seconds",
    );
  });
  it.each([
    ['sagemaker-role-arn', 'slipway-role', 'input sagemaker-role-arn: "slipway-role" is not valid; e.g. arn:aws:iam::'],
    ['sagemaker-image', 'trainer:latest', 'input sagemaker-image: "trainer:latest" is not valid'],
    ['sagemaker-bucket', 'My_Bucket', 'input sagemaker-bucket: "My_Bucket" is not valid'],
    ['sagemaker-prefix', '/sagemaker/', 'input sagemaker-prefix: "/sagemaker/" is not an S3 key prefix'],
    ['instance-type', 'm5.large', 'input instance-type: "m5.large" is not a SageMaker instance type; e.g. ml.m5.large'],
    ['instance-count', '2', 'input instance-count: "2" is not a whole number from 1 to 1'],
    ['volume-gb', '0', 'input volume-gb: "0" is not a whole number from 1 to 16384'],
    ['max-runtime-seconds', '1h', 'input max-runtime-seconds: "1h" is not a whole number from 1 to 2419200'],
    ['spot', 'yes', 'input spot: "yes" is not a boolean; use true or false'],
    ['training-job-name', 'job_1', 'input training-job-name: "job_1" is not a SageMaker job name'],
  ])('quotes a bad %s', (name, value, message) => {
    setInputs({ ...required, [name]: value });
    expect(() => readSageMakerInputs(abalone)).toThrow(message);
  });
});

describe('backend selection', () => {
  it('the input wins; the sagemaker settings are read only for sagemaker', () => {
    setInputs({ project: 'house-prices', ...required });
    expect(readInputs(context)).toMatchObject({ backend: 'local' });
    expect(readInputs(context)).not.toHaveProperty('sagemaker');
    setInputs({ backend: 'sagemaker' });
    expect(readInputs(context)).toMatchObject({ backend: 'sagemaker', sagemaker: { bucket: required['sagemaker-bucket'] } });
  });
  it("without the input, the spec's training.backend decides (abalone trains on SageMaker)", () => {
    setInputs({ project: 'abalone', ...required });
    expect(readInputs(context)).toMatchObject({ backend: 'sagemaker', sagemaker: { maxRuntimeSeconds: 1800 } });
    setInputs({ backend: 'local' });
    expect(readInputs(context)).toMatchObject({ backend: 'local' });
    expect(readInputs(context)).not.toHaveProperty('sagemaker');
  });
});

describe('makeJobName', () => {
  it('names the project and the UTC time, within SageMaker’s limits', () => {
    const name = makeJobName('house-prices', new Date('2026-12-06T19:45:03Z'), () => 0.5);
    expect(name).toBe('slipway-house-prices-20261206194503-8000');
    expect(makeJobName('a'.repeat(31), new Date(), () => 0)).toMatch(JOB_NAME);
    expect(makeJobName('a'.repeat(31), new Date(), () => 0).length).toBeLessThanOrEqual(63);
  });
});
