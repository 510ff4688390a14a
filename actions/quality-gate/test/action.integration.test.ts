// Runs the committed dist/index.js as its own Node 24 process under the runner contract.
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runActionProcess, type ActionRunResult } from '../../../runner/src/action-process.js';
import { actionDir, fixturesDir, repoRoot } from '../../test-support/paths.js';
import { scratch } from '../../test-support/temp.js';

const candidate = join(fixturesDir, 'house-prices-original.metrics.json');
const production = join(fixturesDir, 'house-prices-original-seed7.metrics.json');
const tmp = scratch('gate');
afterAll(() => {
  tmp.cleanup();
});

function runGate(inputs: Record<string, string>): Promise<ActionRunResult> {
  return runActionProcess({ actionDir: actionDir('quality-gate'), inputs, workspace: repoRoot, runnerTemp: tmp.dir });
}

interface VerdictRow {
  gate: string;
  value: number;
  threshold: number;
  baseline: number | null;
  delta: number | null;
  passed: boolean;
}

const looseSpec = (gates: string): string =>
  [
    'project: house-prices',
    'dataset: house-prices',
    'task: regression',
    'split: {test_fraction: 0.2, seed: 42, cv_folds: 5}',
    'candidates: [{name: linear_regression, model: linear_regression}]',
    'selection: {metric: rmse}',
    `gates: ${gates}`,
    'regression: {tolerance: 0.05}',
  ].join('\n');

describe('quality-gate bundle', () => {
  it('fails the step naming the breached gates of the shipped house-prices spec', async () => {
    const result = await runGate({ project: 'house-prices', 'metrics-file': candidate });
    expect(result.exitCode).toBe(1);
    expect(result.errorMessage).toBe(
      'quality gate failed: mae <= 25000 (value 34,607.6, needs <= 25,000); rmse <= 30000 (value 41,777.1, needs <= 30,000)',
    );
    expect(result.outputs.passed).toBe('false');
    const verdicts = JSON.parse(result.outputs.verdicts ?? '[]') as VerdictRow[];
    expect(verdicts.map((v) => [v.gate, v.passed])).toEqual([
      ['r2 >= 0.6', true],
      ['mae <= 25000', false],
      ['rmse <= 30000', false],
      ['rmse beats the training-mean baseline', true],
    ]);
    expect(result.summary).toContain('| mae <= 25000 | 34,607.6 | <= 25,000 | — | — | ❌ fail |');
    expect(readFileSync(result.outputs['report-file'] ?? '', 'utf8')).toBe(result.outputs.report);
  });

  it('only warns when fail-on-breach is false', async () => {
    const result = await runGate({ project: 'house-prices', 'metrics-file': candidate, 'fail-on-breach': 'false' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.passed).toBe('false');
    expect(result.commands.find((c) => c.command === 'warning')?.message).toMatch(
      /^quality gate failed: mae <= 25000 .*fail-on-breach is false/,
    );
  });

  it('compares with the production metrics and writes the report where asked', async () => {
    const spec = tmp.write('loose.yaml', looseSpec('[{metric: rmse, op: "<=", threshold: 45000}, {metric: r2, op: ">=", threshold: 0.9}]'));
    const reportFile = join(tmp.dir, 'out', 'gate.md');
    const result = await runGate({
      project: spec,
      'metrics-file': candidate,
      'baseline-metrics-file': production,
      'report-file': reportFile,
    });
    expect(result.errorMessage).toBeUndefined();
    expect(result.exitCode).toBe(0);
    expect(result.outputs.passed).toBe('true');
    expect(result.outputs['report-file']).toBe(reportFile);
    const verdicts = JSON.parse(result.outputs.verdicts ?? '[]') as VerdictRow[];
    const rmse = verdicts.find((v) => v.gate === 'rmse within 5 % of production');
    expect(rmse?.baseline).toBeCloseTo(72077.01712525202, 6);
    expect(rmse?.delta).toBeCloseTo(41777.140967894346 / 72077.01712525202 - 1, 9);
    expect(result.summary).toContain('| rmse within 5 % of production | 41,777.1 | <= 75,680.9 | 72,077 | -42.04 % | ✅ pass |');
    expect(existsSync(reportFile)).toBe(true);
  });

  it('fails on a regression beyond a max-regression override', async () => {
    const spec = tmp.write('loose2.yaml', looseSpec('[{metric: rmse, op: "<=", threshold: 100000}]'));
    // Swap roles: the worse seed-7 model as candidate against the seed-42 one in production.
    const result = await runGate({
      project: spec,
      'metrics-file': production,
      'baseline-metrics-file': candidate,
      'max-regression': '0.5',
    });
    expect(result.exitCode).toBe(1);
    expect(result.errorMessage).toMatch(/^quality gate failed: rmse within 50 % of production \(value 72,077, needs <= 62,665.7\)$/);
  });

  it('accepts a bundle folder holding metrics.json', async () => {
    const bundle = join(tmp.dir, 'bundle');
    tmp.write('bundle/metrics.json', readFileSync(candidate, 'utf8'));
    const result = await runGate({ project: 'house-prices', 'metrics-file': bundle, 'fail-on-breach': 'false' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.report).toContain(join(bundle, 'metrics.json'));
  });
});

describe('quality-gate bad inputs', () => {
  const expectError = async (inputs: Record<string, string>, message: string | RegExp): Promise<void> => {
    const result = await runGate(inputs);
    expect(result.exitCode).toBe(1);
    expect(result.errorMessage).toMatch(message);
    expect(result.outputs.passed).toBeUndefined();
  };

  it('a missing metrics file', async () => {
    const missing = join(tmp.dir, 'nope', 'metrics.json');
    await expectError({ project: 'house-prices', 'metrics-file': missing }, `${missing}: metrics file not found`);
  });

  it('an unknown project', async () => {
    await expectError(
      { project: 'house-price', 'metrics-file': candidate },
      /^project "house-price": .* \(known projects: abalone, house-prices\)/,
    );
  });

  it('a spec typo', async () => {
    const spec = tmp.write('typo.yaml', looseSpec('[{metric: rmse, op: "<=", treshold: 1}]'));
    await expectError({ project: spec, 'metrics-file': candidate }, `${spec}: gates[0].treshold: unknown key "treshold"`);
  });

  it('a gate on a metric missing from metrics.json', async () => {
    const metrics = JSON.parse(readFileSync(candidate, 'utf8')) as { test: Record<string, number> };
    delete metrics.test.mae;
    const file = tmp.write('no-mae.json', JSON.stringify(metrics));
    await expectError(
      { project: 'house-prices', 'metrics-file': file },
      `${file}: test.mae: metric "mae" is missing but gates[1] of ${join(repoRoot, 'ml/projects/house-prices.yaml')} needs it`,
    );
  });

  it('a malformed max-regression', async () => {
    await expectError(
      { project: 'house-prices', 'metrics-file': candidate, 'max-regression': '5%' },
      'input max-regression: "5%" is not a fraction between 0 and 1',
    );
  });
});
