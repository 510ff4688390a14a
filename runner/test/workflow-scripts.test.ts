// The scripts the workflows run (scripts/workflow/*.sh), run with bash under a fake runner.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir } from './fixture-actions.js';

const scripts = resolve(import.meta.dirname, '..', '..', 'scripts', 'workflow');

function run(script: string, env: Record<string, string>): { status: number | null; stdout: string; output: string } {
  const output = join(tempDir('slipway-wfs-'), 'output');
  writeFileSync(output, '');
  const done = spawnSync('bash', [join(scripts, script)], {
    env: { PATH: process.env.PATH ?? '', GITHUB_OUTPUT: output, ...env },
    encoding: 'utf8',
  });
  return { status: done.status, stdout: done.stdout, output: readFileSync(output, 'utf8') };
}

const SHA = 'a'.repeat(64);

describe('check-fingerprint.sh', () => {
  it('accepts data whose sha256 is the one the manifest announced', () => {
    const result = run('check-fingerprint.sh', { EXPECTED_SHA256: SHA, FINGERPRINT: `{"sha256":"${SHA}","rows":10}` });
    expect(result.status).toBe(0);
  });

  it('refuses changed data, naming both digests', () => {
    const other = 'b'.repeat(64);
    const result = run('check-fingerprint.sh', { EXPECTED_SHA256: SHA, FINGERPRINT: `{"sha256":"${other}","rows":10}` });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`::error::the downloaded data has sha256 ${other}, the manifest announced ${SHA}`);
  });

  it('refuses a manifest digest that is not 64 hex digits', () => {
    const result = run('check-fingerprint.sh', { EXPECTED_SHA256: 'abc', FINGERPRINT: `{"sha256":"${SHA}"}` });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('manifest sha256 "abc" is not 64 lowercase hex digits');
  });
});

describe('unpack-bundle.sh', () => {
  function tarball(files: string[]): string {
    const temp = tempDir('slipway-unpack-');
    const src = join(temp, 'src');
    mkdirSync(src);
    for (const f of files) writeFileSync(join(src, f), '{}');
    mkdirSync(join(temp, 'bundle-tarball'));
    spawnSync('tar', ['-czf', join(temp, 'bundle-tarball', 'house-prices-0123.tar.gz'), '-C', src, '.']);
    return temp;
  }

  it('unpacks a complete bundle and outputs its folder', () => {
    const temp = tarball(['manifest.json', 'model.joblib', 'input_schema.json', 'metrics.json']);
    const result = run('unpack-bundle.sh', { RUNNER_TEMP: temp });
    expect(result.status).toBe(0);
    expect(result.output).toBe(`path=${join(temp, 'bundle')}\n`);
    expect(existsSync(join(temp, 'bundle', 'model.joblib'))).toBe(true);
  });

  it('refuses an incomplete bundle and leaves nothing under the final name', () => {
    const temp = tarball(['manifest.json', 'metrics.json']);
    const result = run('unpack-bundle.sh', { RUNNER_TEMP: temp });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/has no model\.joblib: not a complete model bundle/);
    expect(existsSync(join(temp, 'bundle'))).toBe(false);
  });
});

describe('describe-trigger.sh', () => {
  it('a manual retrain must say why', () => {
    const result = run('describe-trigger.sh', { EVENT: 'workflow_dispatch', PROJECT: 'abalone', REASON: '' });
    expect(result.status).not.toBe(0);
  });

  it('names the data that arrived', () => {
    const result = run('describe-trigger.sh', { EVENT: 'repository_dispatch', PROJECT: 'abalone', DATA_URI: 's3://b/k.csv' });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('train-and-deploy for abalone: new data arrived: s3://b/k.csv\n');
  });
});
