// quality-gate under GitHub's own local runner for actions, @github/local-action (the
// typescript-action template's tool): `local-action run <action> src/main.ts <dotenv>` loads
// the TypeScript source with its @actions/core stand-in, which must receive every output and
// the job summary. It finds the @actions/core to stand in for with `npm ls` at the repository
// root, so the root package.json lists @actions/core (the version the workspaces use);
// without it the real core ran and the tool reported "No outputs were set!".
import { afterAll, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../../test-support/paths.js';
import { scratch } from '../../test-support/temp.js';

const tmp = scratch('local-action');
afterAll(() => {
  tmp.cleanup();
});

const candidate = join(repoRoot, 'actions', 'pr-report', 'test', 'fixtures', 'candidate-bundle', 'metrics.json');
const cli = join(repoRoot, 'node_modules', '@github', 'local-action', 'bin', 'local-action.js');

/** The "Action Outputs" table local-action prints: output name → value as it shows it. */
function reportedOutputs(stdout: string): Record<string, string> {
  const section = stdout.split('Action Outputs')[1] ?? '';
  const rows = [...section.matchAll(/│\s*\d+\s*│\s*'([a-z-]+)'\s*│\s*'((?:[^'\\]|\\.)*)'/g)];
  return Object.fromEntries(rows.map((m): [string, string] => [m[1] ?? '', m[2] ?? '']));
}

it('reports quality-gate outputs and writes its job summary through the stand-in', async () => {
  const summary = join(tmp.dir, 'summary.md');
  const dotenv = tmp.write(
    '.env',
    [
      'INPUT_PROJECT=house-prices',
      `INPUT_METRICS-FILE=${candidate}`,
      'INPUT_FAIL-ON-BREACH=false',
      `GITHUB_WORKSPACE=${repoRoot}`,
      `RUNNER_TEMP=${tmp.dir}`,
      `GITHUB_STEP_SUMMARY=${summary}`,
    ].join('\n'),
  );
  const { stdout } = await promisify(execFile)(process.execPath, [cli, 'run', 'actions/quality-gate', 'src/main.ts', dotenv], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmp.dir, NO_COLOR: '1' },
    maxBuffer: 16 * 1024 * 1024,
  });
  expect(stdout).not.toContain('No outputs were set!');
  const outputs = reportedOutputs(stdout);
  expect(Object.keys(outputs).sort()).toEqual(['passed', 'report', 'report-file', 'verdicts']);
  expect(outputs.passed).toBe('true');
  expect(outputs['report-file']).toBe(join(tmp.dir, 'slipway-quality-gate', 'report.md'));
  const verdicts = JSON.parse(outputs.verdicts ?? '[]') as { gate: string; passed: boolean }[];
  expect(verdicts.map((v) => [v.gate, v.passed])).toEqual([
    ['r2 >= 0.6', true],
    ['mae <= 25000', true],
    ['rmse <= 30000', true],
    ['rmse beats the training-mean baseline', true],
  ]);
  const report = readFileSync(outputs['report-file'] ?? '', 'utf8');
  expect(readFileSync(summary, 'utf8')).toBe(report);
  expect(report).toContain('## Quality gate: passed');
});
