// The bundled action as a process under the runner contract: a first run's profile-file is the
// reference-profile of a second run on drifted data; the drift output, report and summary agree.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runActionProcess, type ActionRunResult } from '../../../runner/src/action-process.js';
import { validateDocument, type DriftRow, type ValidationReport } from '@slipway/shared';
import { actionDir, repoRoot, venvPython } from '../../test-support/paths.js';
import { scratch } from '../../test-support/temp.js';

const tmp = scratch('drift-action');
afterAll(() => {
  tmp.cleanup();
});

function runValidate(inputs: Record<string, string>): Promise<ActionRunResult> {
  return runActionProcess({ actionDir: actionDir('validate-data'), inputs, workspace: repoRoot, runnerTemp: tmp.dir });
}

function generate(name: string, args: string[]): string {
  const out = join(tmp.dir, name);
  execFileSync(venvPython, [join(repoRoot, 'data', 'house-prices', 'generate.py'), '--out', out, '--rows', '2000', ...args]);
  return out;
}

const referenceFile = join(tmp.dir, 'reference', 'profile.json');
beforeAll(async () => {
  const first = await runValidate({
    contract: 'house-prices',
    data: generate('train.csv', ['--seed', '42']),
    'profile-file': referenceFile,
  });
  expect(first.exitCode).toBe(0);
  expect(first.outputs.drift).toBe('[]');
});

it('the profile-file of one run is the drift reference of the next', async () => {
  const profile = JSON.parse(readFileSync(referenceFile, 'utf8')) as {
    format: string;
    version: number;
    columns: { name: string; sample: number[] | null }[];
  };
  expect([profile.format, profile.version]).toEqual(['slipway-data-profile', 2]);
  expect(profile.columns.find((c) => c.name === 'sqft')?.sample).toHaveLength(2000);

  const result = await runValidate({
    contract: 'house-prices',
    data: generate('new.csv', ['--seed', '7', '--drift', '0.3']),
    'reference-profile': referenceFile,
  });
  expect(result.exitCode).toBe(1);
  const drift = JSON.parse(result.outputs.drift ?? '') as DriftRow[];
  expect(drift.map((r) => [r.column, r.test, r.verdict])).toEqual([
    ['sqft', 'KS', 'error'],
    ['bedrooms', 'KS', 'error'],
    ['bathrooms', 'KS', 'error'],
    ['location', 'chi-square', 'ok'],
    ['condition', 'chi-square', 'ok'],
    ['year_built', 'KS', 'ok'],
    ['price', 'KS', 'error'],
  ]);
  const reportFile = result.outputs['report-file'] ?? '';
  const report = validateDocument<ValidationReport & { profile?: unknown }>(
    'validation-report',
    JSON.parse(readFileSync(reportFile, 'utf8')),
    reportFile,
  );
  expect(report.drift).toEqual(drift);
  expect(report.profile).toBeUndefined();
  expect(result.outputs.errors).toBe('4');
  const summary = result.summary;
  expect(summary).toContain('| sqft | 0.755 | KS | 0.374 | 1.4e-121 |  | ❌ error |');
  expect(summary).toContain('| location | 0.003 | chi-square | 2.53 | 0.77 |  | ✅ ok |');
  const order = [
    '❌ data invalid: 2000 rows, 4 errors, 0 warnings',
    '### ❌ Errors',
    '### Drift against the reference profile',
    '### Column profile',
  ];
  const positions = order.map((text) => summary.indexOf(text));
  expect(positions.every((p, i) => p > 0 && (i === 0 || p > (positions[i - 1] ?? 0)))).toBe(true);
});

it('an unusable reference profile is an input error naming the file and the field', async () => {
  const bad = join(tmp.dir, 'bad-profile.json');
  writeFileSync(bad, JSON.stringify({ ...JSON.parse(readFileSync(referenceFile, 'utf8')), version: 1 }));
  const result = await runValidate({ contract: 'house-prices', data: generate('any.csv', ['--seed', '3']), 'reference-profile': bad });
  expect(result.exitCode).toBe(1);
  expect(result.errorMessage).toBe(
    `input reference-profile: ${bad}: version: expected 2, found 1; regenerate the reference with this validate-data`,
  );
});
