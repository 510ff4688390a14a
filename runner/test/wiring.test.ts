import { describe, expect, it } from '@jest/globals';
import { PIPELINE, type RunContext, type StepDefinition } from '../src/pipeline-definition.js';
import { checkPipeline, resolveInputs } from '../src/wiring.js';

const run: RunContext = {
  project: 'house-prices',
  dir: '/runs/r1',
  python: '/venv/bin/python',
  data: '',
  dataFile: '',
  seed: '',
  referenceProfile: '',
};

describe('resolveInputs', () => {
  it('substitutes run values and earlier step outputs, keeping text around expressions', () => {
    const step: StepDefinition = {
      id: 's',
      action: 'a',
      with: { x: '${{ run.dir }}/sub', y: '${{steps.t.outputs.metrics-file}}', z: 'plain' },
    };
    expect(resolveInputs(step, run, { t: { 'metrics-file': '/m.json' } })).toEqual({ x: '/runs/r1/sub', y: '/m.json', z: 'plain' });
  });

  it('leaves out inputs that resolve to empty, so action.yml defaults apply', () => {
    const step: StepDefinition = { id: 's', action: 'a', with: { data: '${{ run.data }}', seed: '${{ run.seed }}' } };
    expect(resolveInputs(step, run, {})).toEqual({});
    expect(resolveInputs(step, { ...run, seed: '0' }, {})).toEqual({ seed: '0' });
  });

  it('names the step, the input and the missing output', () => {
    const step: StepDefinition = { id: 'gate', action: 'quality-gate', with: { m: '${{ steps.train.outputs.metrics-file }}' } };
    expect(() => resolveInputs(step, run, { train: { 'bundle-path': '/b' } })).toThrow(
      'step gate input m: step "train" did not set output "metrics-file" — it set bundle-path',
    );
  });

  it('rejects unknown run keys and unsupported expressions', () => {
    expect(() => resolveInputs({ id: 's', action: 'a', with: { x: '${{ run.nope }}' } }, run, {})).toThrow(/unknown run value "nope"/);
    expect(() => resolveInputs({ id: 's', action: 'a', with: { x: '${{ github.sha }}' } }, run, {})).toThrow(/unsupported expression/);
  });
});

describe('checkPipeline', () => {
  it('rejects a step reading a step that runs after it', () => {
    const steps: StepDefinition[] = [
      { id: 'gate', action: 'quality-gate', with: { m: '${{ steps.train.outputs.metrics-file }}' } },
      { id: 'train', action: 'train-model', with: {} },
    ];
    expect(() => {
      checkPipeline(steps);
    }).toThrow('pipeline: step gate input m reads step "train", which does not run before it');
  });

  it('rejects duplicate step ids', () => {
    expect(() => {
      checkPipeline([
        { id: 'a', action: 'x', with: {} },
        { id: 'a', action: 'y', with: {} },
      ]);
    }).toThrow(/"a" is used twice/);
  });
});

describe('PIPELINE', () => {
  it('runs validate-data, then train-model, then quality-gate, and is internally consistent', () => {
    expect(PIPELINE.map((s) => s.action)).toEqual(['validate-data', 'train-model', 'quality-gate']);
    expect(() => {
      checkPipeline(PIPELINE);
    }).not.toThrow();
  });

  it('gives train-model the venv python, the run folder and the overrides', () => {
    const train = PIPELINE[1]!;
    expect(resolveInputs(train, { ...run, data: '/d.csv', seed: '3' }, {})).toEqual({
      project: 'house-prices',
      backend: 'local',
      data: '/d.csv',
      'output-dir': '/runs/r1',
      python: '/venv/bin/python',
      seed: '3',
    });
  });

  it('validates the same data file train-model reads, writing the report into the run folder', () => {
    const validate = PIPELINE[0]!;
    expect(resolveInputs(validate, { ...run, dataFile: '/cache/houses.csv' }, {})).toEqual({
      project: 'house-prices',
      data: '/cache/houses.csv',
      'report-file': '/runs/r1/validation/report.json',
      'profile-file': '/runs/r1/validation/profile.json',
    });
    expect(resolveInputs(validate, { ...run, referenceProfile: '/runs/r0/validation/profile.json' }, {})['reference-profile']).toBe(
      '/runs/r0/validation/profile.json',
    );
  });

  it('feeds train-model metrics-file into quality-gate', () => {
    const gate = PIPELINE[2]!;
    expect(resolveInputs(gate, run, { train: { 'metrics-file': '/runs/r1/bundles/v/metrics.json' } })).toEqual({
      project: 'house-prices',
      'metrics-file': '/runs/r1/bundles/v/metrics.json',
    });
  });
});
