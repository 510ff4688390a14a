// make test's bookkeeping, run as the real scripts: scripts/run-check.sh records a check,
// scripts/test-summary.mjs totals jest JSON, pytest JUnit XML and lint-type checks.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir } from './fixture-actions.js';

const root = resolve(import.meta.dirname, '..', '..');

function summary(results: string): { status: number | null; lines: string[] } {
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'test-summary.mjs')], {
    encoding: 'utf8',
    env: { ...process.env, SLIPWAY_TEST_RESULTS: results },
  });
  return { status: run.status, lines: run.stdout.trim().split('\n') };
}

function check(results: string, name: string, kind: string, status: number): void {
  writeFileSync(join(results, `${name}.check`), `${kind} ${status} 3\n`);
}

describe('scripts/test-summary.mjs', () => {
  it('adds jest, pytest and lint counts and ends with the plain total line', () => {
    const results = tempDir('slipway-results-');
    check(results, 'jest-runner', 'jest', 1);
    writeFileSync(
      join(results, 'jest-runner.json'),
      JSON.stringify({ numPassedTests: 40, numFailedTests: 2, numPendingTests: 1, numTodoTests: 0, numFailedTestSuites: 1 }),
    );
    check(results, 'pytest', 'pytest', 0);
    writeFileSync(
      join(results, 'pytest.xml'),
      '<?xml version="1.0"?><testsuites><testsuite name="pytest" errors="1" failures="0" skipped="2" tests="30" time="1"></testsuite></testsuites>',
    );
    check(results, 'eslint', 'lint', 0);
    check(results, 'zizmor', 'lint', 2);
    const { status, lines } = summary(results);
    expect(status).toBe(1);
    expect(lines).toContain('FAIL jest-runner            40 passed, 2 failed (1 skipped, 3s)');
    expect(lines).toContain('FAIL pytest                 27 passed, 1 failed (2 skipped, 3s)');
    expect(lines).toContain('ok   eslint                 1 passed, 0 failed (3s)');
    expect(lines).toContain('FAIL zizmor                 0 passed, 1 failed (3s)');
    expect(lines.at(-1)).toBe('68 passed, 4 failed');
  });

  it('counts a runner that crashed before writing its report as a failure', () => {
    const results = tempDir('slipway-results-');
    check(results, 'jest-actions', 'jest', 1);
    writeFileSync(join(results, 'suite-broken.check'), 'jest 0 1\n');
    writeFileSync(
      join(results, 'suite-broken.json'),
      JSON.stringify({ numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, numFailedTestSuites: 1 }),
    );
    const { status, lines } = summary(results);
    expect(status).toBe(1);
    expect(lines.at(-1)).toBe('0 passed, 2 failed');
  });

  it('passes with exit 0 when everything passed', () => {
    const results = tempDir('slipway-results-');
    check(results, 'shellcheck', 'lint', 0);
    const { status, lines } = summary(results);
    expect(status).toBe(0);
    expect(lines.at(-1)).toBe('1 passed, 0 failed');
  });
});

describe('scripts/run-check.sh', () => {
  it('records the kind and exit code and keeps the log, without failing itself', () => {
    const results = tempDir('slipway-results-');
    const run = spawnSync('bash', [join(root, 'scripts', 'run-check.sh'), 'demo', 'lint', 'bash', '-c', 'echo some output; exit 3'], {
      encoding: 'utf8',
      env: { ...process.env, SLIPWAY_TEST_RESULTS: results },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('FAILED with exit code 3');
    expect(readFileSync(join(results, 'demo.check'), 'utf8')).toMatch(/^lint 3 \d+\n$/);
    expect(readFileSync(join(results, 'demo.log'), 'utf8')).toBe('some output\n');
  });
});
