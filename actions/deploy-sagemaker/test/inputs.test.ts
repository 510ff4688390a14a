import { afterEach, describe, expect, it } from '@jest/globals';
import { parseAlarmNames, parseEnvironment, readInputs } from '../src/inputs.js';

const clear = (): void => {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) Reflect.deleteProperty(process.env, key);
};
const set = (inputs: Record<string, string>): void => {
  clear();
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
};
afterEach(clear);

const digest = 'ab'.repeat(32);
const required = {
  'endpoint-name': 'slipway-staging-abalone',
  image: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/slipway/abalone-api:abalone-0123abc',
  'bundle-uri': 's3://slipway-artifacts-123456789012/bundles/abalone/abalone-0123456789ab.tar.gz',
  'bundle-sha256': digest,
  'execution-role-arn': 'arn:aws:iam::123456789012:role/slipway-sagemaker-execution',
};

const withoutUri = (): Record<string, string> => Object.fromEntries(Object.entries(required).filter(([key]) => key !== 'bundle-uri'));

describe('readInputs', () => {
  it('applies the defaults and takes the region from AWS_REGION', () => {
    set(required);
    expect(readInputs({ AWS_REGION: 'eu-west-1' })).toEqual({
      endpointName: 'slipway-staging-abalone',
      image: required.image,
      bundleUri: required['bundle-uri'],
      bundleSha256: digest,
      executionRoleArn: required['execution-role-arn'],
      variantName: 'AllTraffic',
      capacity: { kind: 'instances', instanceType: 'ml.m5.large', instanceCount: 1 },
      traffic: { canaryPercent: 10, bakeSeconds: 300, terminationWaitSeconds: 0 },
      alarmNames: [],
      environment: {},
      wait: true,
      timeoutMs: 60 * 60_000,
      pollIntervalMs: 30_000,
      pruneKeep: 3,
      region: 'eu-west-1',
      maxAttempts: 8,
    });
  });

  it('reads a serverless variant, alarms and the traffic shift', () => {
    set({
      ...required,
      'serverless-memory-mb': '2048',
      'serverless-max-concurrency': '20',
      'canary-percent': '25',
      'canary-bake-minutes': '10',
      'termination-wait-minutes': '2',
      'alarm-names': '["slipway-staging-abalone-5xx", "slipway-staging-abalone-latency"]',
      environment: 'SLIPWAY_LOG_LEVEL=debug\nSLIPWAY_RECORD_SAMPLE_RATE=0.5',
      region: 'us-west-2',
    });
    const inputs = readInputs({});
    expect(inputs.capacity).toEqual({ kind: 'serverless', memoryMb: 2048, maxConcurrency: 20 });
    expect(inputs.traffic).toEqual({ canaryPercent: 25, bakeSeconds: 600, terminationWaitSeconds: 120 });
    expect(inputs.alarmNames).toEqual(['slipway-staging-abalone-5xx', 'slipway-staging-abalone-latency']);
    expect(inputs.environment).toEqual({ SLIPWAY_LOG_LEVEL: 'debug', SLIPWAY_RECORD_SAMPLE_RATE: '0.5' });
    expect(inputs.region).toBe('us-west-2');
  });

  const bad: [Record<string, string>, string][] = [
    [{ 'endpoint-name': 'staging_abalone' }, 'input endpoint-name: "staging_abalone" is not a SageMaker endpoint name'],
    [{ 'endpoint-name': 'a'.repeat(40) }, `input endpoint-name: "${'a'.repeat(40)}" has 40 characters; at most 39`],
    [{ image: 'abalone-api' }, 'input image: "abalone-api" is not an image reference with a tag or digest'],
    [{ 'bundle-uri': 'runs/bundle.tar.gz' }, 'input bundle-uri: "runs/bundle.tar.gz" is not an s3:// URI of a bundle .tar.gz'],
    [{ 'bundle-sha256': 'ABC' }, 'input bundle-sha256: "ABC" is not a sha256 digest'],
    [{ 'execution-role-arn': 'slipway-role' }, 'input execution-role-arn: "slipway-role" is not an IAM role ARN'],
    [{ 'instance-type': 'm5.large' }, 'input instance-type: "m5.large" is not a SageMaker instance type (e.g. ml.m5.large)'],
    [{ 'instance-count': '0' }, 'input instance-count: "0" is not a whole number from 1 to 100'],
    [{ 'serverless-memory-mb': '1500' }, 'input serverless-memory-mb: "1500" is not one of 1024, 2048, 3072, 4096, 5120, 6144'],
    [
      { 'serverless-memory-mb': '1024', 'instance-type': 'ml.c5.xlarge' },
      'inputs instance-type and serverless-memory-mb: give one of them, not both',
    ],
    [{ 'canary-percent': '51' }, 'input canary-percent: "51" is not a whole number from 1 to 50'],
    [{ 'canary-bake-minutes': '90' }, 'input canary-bake-minutes: "90" is not a whole number from 0 to 60'],
    [{ 'timeout-minutes': 'soon' }, 'input timeout-minutes: "soon" is not a positive number of minutes'],
    [{ wait: 'yes' }, 'input wait: "yes" is not a boolean; use true or false'],
    [{ 'prune-keep': '0' }, 'input prune-keep: "0" is not a whole number from 1 to 100'],
    [{ region: 'europe' }, 'input region: "europe" is not an AWS region name (e.g. us-east-1)'],
  ];
  it.each(bad)('rejects %j quoting the value', (override, message) => {
    set({ ...required, ...override });
    expect(() => readInputs({ AWS_REGION: 'eu-west-1' })).toThrow(message);
  });

  it('takes a local bundle file to upload, content-addressed under the prefix', () => {
    const local = withoutUri();
    set({ ...local, 'bundle-file': 'runs/bundle.tar.gz', 'bundle-bucket': 'slipway-artifacts', 'bundle-prefix': 'bundles/abalone/' });
    const inputs = readInputs({ AWS_REGION: 'eu-west-1', GITHUB_WORKSPACE: '/work/repo' });
    expect(inputs.bundleUri).toBe(`s3://slipway-artifacts/bundles/abalone/${digest}.tar.gz`);
    expect(inputs.upload).toEqual({
      file: '/work/repo/runs/bundle.tar.gz',
      bucket: 'slipway-artifacts',
      key: `bundles/abalone/${digest}.tar.gz`,
    });
  });

  it('wants exactly one of bundle-uri and bundle-file, and a bucket for a file', () => {
    const local = withoutUri();
    set(local);
    expect(() => readInputs({ AWS_REGION: 'eu-west-1' })).toThrow('inputs bundle-uri and bundle-file: give one of them');
    set({ ...required, 'bundle-file': 'b.tar.gz' });
    expect(() => readInputs({ AWS_REGION: 'eu-west-1' })).toThrow('inputs bundle-uri and bundle-file: give one of them');
    set({ ...local, 'bundle-file': 'b.tar.gz' });
    expect(() => readInputs({ AWS_REGION: 'eu-west-1' })).toThrow('input bundle-bucket: required with bundle-file');
    set({ ...local, 'bundle-file': 'b.tar.gz', 'bundle-bucket': 'Bad_Bucket' });
    expect(() => readInputs({ AWS_REGION: 'eu-west-1' })).toThrow('input bundle-bucket: "Bad_Bucket" is not an S3 bucket name');
    set({ ...local, 'bundle-file': 'b.tar.gz', 'bundle-bucket': 'b-1', 'bundle-prefix': 'bundles' });
    expect(() => readInputs({ AWS_REGION: 'eu-west-1' })).toThrow('input bundle-prefix: "bundles" is not an S3 key prefix ending in /');
  });

  it('requires the endpoint, the image, the bundle digest and the role', () => {
    for (const name of Object.keys(required).filter((key) => key !== 'bundle-uri')) {
      set(Object.fromEntries(Object.entries(required).filter(([key]) => key !== name)));
      expect(() => readInputs({ AWS_REGION: 'eu-west-1' })).toThrow(`Input required and not supplied: ${name}`);
    }
  });

  it('needs a region from somewhere', () => {
    set(required);
    expect(() => readInputs({})).toThrow('input region: not set, and neither is AWS_REGION');
  });
});

describe('parseAlarmNames', () => {
  it('takes a JSON array or lines, without duplicates', () => {
    expect(parseAlarmNames('["a", "b", "a"]')).toEqual(['a', 'b']);
    expect(parseAlarmNames(' a \n\n b\n')).toEqual(['a', 'b']);
    expect(parseAlarmNames('')).toEqual([]);
  });

  it('rejects what SageMaker would', () => {
    expect(() => parseAlarmNames('["a", 1]')).toThrow('input alarm-names: "["a", 1]" is not a JSON array of alarm names (strings)');
    expect(() => parseAlarmNames('[a')).toThrow('input alarm-names: "[a" is not a JSON array of alarm names');
    const eleven = JSON.stringify(Array.from({ length: 11 }, (_, i) => `alarm-${i}`));
    expect(() => parseAlarmNames(eleven)).toThrow('input alarm-names: 11 alarms given; SageMaker watches at most 10');
  });
});

describe('parseEnvironment', () => {
  it('keeps everything after the first =', () => {
    expect(parseEnvironment('A=1\nB=x=y\nC=')).toEqual({ A: '1', B: 'x=y', C: '' });
  });

  it('refuses a line without a name and the bundle settings', () => {
    expect(() => parseEnvironment('just text')).toThrow('input environment: "just text" is not a NAME=value line');
    expect(() => parseEnvironment('SLIPWAY_BUNDLE_SHA256=00')).toThrow(
      'input environment: "SLIPWAY_BUNDLE_SHA256" is set from bundle-uri and bundle-sha256; remove the line',
    );
  });
});
