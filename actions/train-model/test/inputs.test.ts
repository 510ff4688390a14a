// Inputs are read through @actions/core from INPUT_* variables, exactly as on a runner.
import { afterEach, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { parseOverrides, parseRetentionDays, parseSeed, readInputs } from '../src/inputs.js';
import { loadProjectSpec, parseArtifactName } from '@slipway/shared';
import { createBackend } from '../src/backends/registry.js';
import { repoRoot } from '../../test-support/paths.js';
import { scratch } from '../../test-support/temp.js';

const context = { workspace: repoRoot, runnerTemp: '/tmp/rt' };
const names = [
  'PROJECT',
  'BACKEND',
  'DATA',
  'OUTPUT-DIR',
  'PYTHON',
  'SEED',
  'OVERRIDES',
  'MLFLOW-TRACKING-URI',
  'PRODUCTION-BUNDLE',
  'UPLOAD-ARTIFACT',
  'ARTIFACT-RETENTION-DAYS',
];
const tmp = scratch('train-inputs');

function setInputs(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
}
afterEach(() => {
  for (const name of names) Reflect.deleteProperty(process.env, `INPUT_${name}`);
});

describe('readInputs', () => {
  it('applies the defaults and resolves the project by name', () => {
    setInputs({ project: 'house-prices' });
    expect(readInputs(context)).toMatchObject({
      specFile: join(repoRoot, 'ml/projects/house-prices.yaml'),
      backend: 'local',
      outputDir: '/tmp/rt/slipway',
      python: 'python3',
    });
  });
  it('parses the optional inputs', () => {
    const csv = tmp.write('data.csv', 'x\n1\n');
    setInputs({
      project: 'abalone',
      backend: 'local',
      data: csv,
      seed: '7',
      'mlflow-tracking-uri': 'file:///m',
      'output-dir': 'out',
      python: '/v/bin/python',
    });
    expect(readInputs(context)).toMatchObject({
      dataFile: csv,
      seed: 7,
      trackingUri: 'file:///m',
      outputDir: join(repoRoot, 'out'),
      python: '/v/bin/python',
    });
  });
  it('asks for the role, image and bucket with backend sagemaker', () => {
    setInputs({ project: 'abalone', backend: 'sagemaker' });
    expect(() => readInputs(context)).toThrow('input sagemaker-role-arn: required with backend sagemaker; e.g. arn:aws:iam::');
  });
  it('quotes an unknown backend', () => {
    setInputs({ project: 'abalone', backend: 'Local' });
    expect(() => readInputs(context)).toThrow('input backend: "Local" is not a known backend; use one of "local", "sagemaker"');
  });
  it('keeps an s3 production bundle and resolves a local one, quoting one that does not exist', () => {
    setInputs({ project: 'abalone', backend: 'local', 'production-bundle': 's3://models/prod.tar.gz' });
    expect(readInputs(context).productionBundle).toBe('s3://models/prod.tar.gz');
    setInputs({ project: 'abalone', 'production-bundle': 'ml' });
    expect(readInputs(context).productionBundle).toBe(join(repoRoot, 'ml'));
    setInputs({ project: 'abalone', 'production-bundle': 'no-bundle' });
    expect(() => readInputs(context)).toThrow(
      `input production-bundle: "no-bundle" does not exist (resolved to ${join(repoRoot, 'no-bundle')}); pass a bundle folder, .tar.gz or s3:// URI`,
    );
  });
  it('quotes a data file that does not exist', () => {
    setInputs({ project: 'abalone', data: 'nope.csv' });
    expect(() => readInputs(context)).toThrow(`input data: "nope.csv" does not exist (resolved to ${join(repoRoot, 'nope.csv')})`);
  });
  it('requires the project', () => {
    expect(() => readInputs(context)).toThrow('Input required and not supplied: project');
  });
  it('checks the spec against its dataset contract', () => {
    const spec = tmp.write(
      'leaky.yaml',
      [
        'project: leaky',
        'dataset: house-prices',
        'task: regression',
        'features: {derived: [{name: price_per_sqft, transform: ratio, inputs: [price, sqft]}]}',
        'split: {test_fraction: 0.2, seed: 1, cv_folds: 3}',
        'candidates: [{name: lin, model: linear_regression}]',
        'selection: {metric: rmse}',
        'gates: [{metric: rmse, op: "<=", threshold: 1}]',
      ].join('\n'),
    );
    setInputs({ project: spec });
    expect(() => readInputs(context)).toThrow(
      `${spec}: features.derived[0].inputs[0]: "price" is the target; a feature computed from the target leaks it`,
    );
  });
});

describe('parseSeed', () => {
  it('quotes a seed that is not a non-negative integer', () => {
    for (const bad of ['-1', '1.5', 'abc', '', '1e3'])
      expect(() => parseSeed(bad)).toThrow(`input seed: "${bad}" is not a non-negative integer`);
    expect(parseSeed('0')).toBe(0);
  });
});

describe('parseOverrides', () => {
  const spec = loadProjectSpec(join(repoRoot, 'ml/projects/house-prices.yaml'));

  it('accepts parameters for candidates of the spec', () => {
    expect(parseOverrides('{"xgboost": {"max_depth": 4, "learning_rate": 0.1}}', spec)).toEqual({
      xgboost: { max_depth: 4, learning_rate: 0.1 },
    });
  });

  it.each([
    ['{xgboost: 1}', 'input overrides: "{xgboost: 1}" is not JSON'],
    ['[1]', 'input overrides: "[1]" is not a JSON object of candidate name → parameters'],
    [
      '{"xgb": {"max_depth": 4}}',
      'input overrides: no candidate "xgb" in house-prices; candidates: linear_regression, random_forest, gradient_boosting, xgboost',
    ],
    ['{"xgboost": {"max_depth": [4]}}', 'input overrides: "xgboost" must map parameter names to numbers, strings or booleans'],
  ])('rejects %s, quoting it', (raw, message) => {
    expect(() => parseOverrides(raw, spec)).toThrow(message);
  });

  it('is read from the overrides input', () => {
    setInputs({ project: 'house-prices', overrides: '{"random_forest": {"n_estimators": 50}}' });
    expect(readInputs(context).overrides).toEqual({ random_forest: { n_estimators: 50 } });
  });
});

describe('local backend process errors', () => {
  const request = { specFile: join(repoRoot, 'ml/projects/abalone.yaml'), outputDir: tmp.dir, workspace: repoRoot };
  it('names an interpreter that cannot be started', async () => {
    const backend = createBackend('local', { python: '/nonexistent/python3' });
    await expect(backend.train(request)).rejects.toThrow(
      'python "/nonexistent/python3" could not be started: spawn /nonexistent/python3 ENOENT; set the python input',
    );
  });
  it('explains an interpreter without slipway_ml', async () => {
    // The system python3 has no slipway_ml installed (the trainer lives in ml/.venv).
    const backend = createBackend('local', { python: '/usr/bin/python3' });
    await expect(backend.train(request)).rejects.toThrow('python "/usr/bin/python3": slipway_ml is not importable');
  });
});

describe('upload-artifact and artifact-retention-days', () => {
  it('reads the artifact name and retention', () => {
    setInputs({ project: 'house-prices', 'upload-artifact': 'model-bundle-house-prices', 'artifact-retention-days': '30' });
    expect(readInputs(context)).toMatchObject({ uploadArtifact: 'model-bundle-house-prices', artifactRetentionDays: 30 });
  });
  it('rejects a name an artifact cannot have, and a retention out of range, quoting them', () => {
    expect(() => parseArtifactName('bundles/house-prices', 'upload-artifact')).toThrow(
      'input upload-artifact: "bundles/house-prices" is not an artifact name (no " : < > | * ? \\ / or line breaks)',
    );
    expect(() => parseRetentionDays('91')).toThrow('input artifact-retention-days: "91" is not a whole number of days from 1 to 90');
  });
  it('rejects a retention without an artifact', () => {
    setInputs({ project: 'house-prices', 'artifact-retention-days': '5' });
    expect(() => readInputs(context)).toThrow('input artifact-retention-days: given without upload-artifact');
  });
});
