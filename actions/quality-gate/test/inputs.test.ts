// Inputs are read through @actions/core from INPUT_* variables, exactly as on a runner.
import { afterEach, describe, expect, it } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parseTolerance, readInputs } from '../src/inputs.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const context = { workspace: repo, runnerTemp: '/tmp/rt' };
const names = ['PROJECT', 'METRICS-FILE', 'BASELINE-METRICS-FILE', 'MAX-REGRESSION', 'FAIL-ON-BREACH', 'REPORT-FILE'];

function setInputs(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
}
afterEach(() => {
  for (const name of names) Reflect.deleteProperty(process.env, `INPUT_${name}`);
});

describe('readInputs', () => {
  it('resolves the project by name and paths against the workspace, with defaults', () => {
    setInputs({ project: 'house-prices', 'metrics-file': 'runs/x/metrics.json' });
    const inputs = readInputs(context);
    expect(inputs.specFile).toBe(join(repo, 'ml/projects/house-prices.yaml'));
    expect(inputs.metricsPath).toBe(join(repo, 'runs/x/metrics.json'));
    expect(inputs.tolerance).toBe(0.05);
    expect(inputs.failOnBreach).toBe(true);
    expect(inputs.reportFile).toBe('/tmp/rt/slipway-quality-gate/report.md');
    expect(inputs.baselinePath).toBeUndefined();
  });
  it('lets max-regression override the spec tolerance', () => {
    setInputs({ project: 'abalone', 'metrics-file': '/m.json', 'max-regression': '0.1', 'fail-on-breach': 'false' });
    expect(readInputs(context)).toMatchObject({ tolerance: 0.1, failOnBreach: false });
  });
  it('requires project and metrics-file', () => {
    expect(() => readInputs(context)).toThrow('Input required and not supplied: project');
    setInputs({ project: 'abalone' });
    expect(() => readInputs(context)).toThrow('Input required and not supplied: metrics-file');
  });
  it('quotes an unknown project', () => {
    setInputs({ project: 'house-price', 'metrics-file': 'm.json' });
    expect(() => readInputs(context)).toThrow('project "house-price"');
  });
});

describe('value parsers', () => {
  it('quotes a tolerance that is not a fraction', () => {
    for (const bad of ['5%', '5', '-0.1', '', 'abc']) {
      expect(() => parseTolerance('max-regression', bad)).toThrow(`input max-regression: "${bad}" is not a fraction between 0 and 1`);
    }
    expect(parseTolerance('max-regression', '0')).toBe(0);
    expect(parseTolerance('max-regression', '1')).toBe(1);
  });
});
