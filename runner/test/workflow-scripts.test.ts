// The scripts the workflows run (scripts/workflow/*.sh), run with bash under a fake runner.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './fixture-actions.js';
import { repoRoot as root, runWorkflowScript as run, venvPython as python } from './support/workflow-script.js';

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

  it('a push says why the plan chose the project', () => {
    const result = run('describe-trigger.sh', {
      EVENT: 'push',
      PROJECT: 'abalone',
      REASON: 'abalone: its spec changed (ml/projects/abalone.yaml)',
    });
    expect(result.stdout).toBe('train-and-deploy for abalone: a push to main: abalone: its spec changed (ml/projects/abalone.yaml)\n');
  });
});

describe('resolve-data.sh', () => {
  it('refuses a data-arrived URI without the sha256 the download must have, before downloading', () => {
    const result = run('resolve-data.sh', {
      PROJECT: 'abalone',
      DATA_URI: 's3://b/incoming/abalone/k.csv',
      SLIPWAY_PYTHON: '/nonexistent/python',
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toBe('');
  });
});

describe('release-tags.sh', () => {
  it('tags vX.Y.Z and moves the major tag (dry run prints the API calls)', () => {
    const done = run('release-tags.sh', { VERSION: 'v1.4.2', DRY_RUN: '1', GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'abc123' });
    expect(done.status).toBe(0);
    expect(done.stderr).toContain('gh api -X POST repos/o/r/git/refs -f ref=refs/tags/v1.4.2 -f sha=abc123');
    expect(done.stderr).toContain('ref=refs/tags/v1 ');
    expect(done.stdout).toBe('released v1.4.2; v1 now points at abc123\n');
  });

  it('refuses a version that is not vX.Y.Z', () => {
    const result = run('release-tags.sh', { VERSION: '1.4', DRY_RUN: '1', GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'abc' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('version "1.4" is not vX.Y.Z');
  });
});

describe('github-environments.sh', () => {
  // What it sets from the stacks' outputs is tested in infra/test/github-environments.test.ts.
  const env = {
    REPO: 'o/r',
    REVIEWERS: 'alice,my-org/ml-leads',
    AWS_REGION: 'eu-west-1',
    AWS_BUILD_ROLE_ARN: 'arn:build',
    STAGING_ROLE_ARN: 'arn:staging',
    PRODUCTION_ROLE_ARN: 'arn:production',
    ECR_API_REPOSITORY: 'slipway/api',
    ECR_UI_REPOSITORY: 'slipway/ui',
    STAGING_CLUSTER: 'c-staging',
    PRODUCTION_CLUSTER: 'c-production',
    STAGING_URL: 'https://staging.example.com',
    PRODUCTION_URL: 'https://example.com',
  };
  const script = join(root, 'scripts', 'github-environments.sh');

  it('names a missing setting', () => {
    const done = spawnSync('bash', [script], { env: { PATH: process.env.PATH ?? '', ...env, REVIEWERS: '' }, encoding: 'utf8' });
    expect(done.status).toBe(2);
    expect(done.stderr).toContain('REVIEWERS is not set');
  });
});

describe('train-target-branch.sh', () => {
  function targetCheckout(withProject: boolean): string {
    const target = tempDir('slipway-target-');
    mkdirSync(join(target, 'data', 'house-prices'), { recursive: true });
    for (const file of ['contract.yaml', 'generate.py']) {
      writeFileSync(join(target, 'data', 'house-prices', file), readFileSync(join(root, 'data', 'house-prices', file)));
    }
    if (withProject) {
      // The target branch's project: the shipped one with a single fast candidate.
      const spec = readFileSync(join(root, 'ml', 'projects', 'house-prices.yaml'), 'utf8');
      const start = spec.indexOf('candidates:');
      const end = spec.indexOf('selection:');
      mkdirSync(join(target, 'ml', 'projects'), { recursive: true });
      writeFileSync(
        join(target, 'ml', 'projects', 'house-prices.yaml'),
        `${spec.slice(0, start)}candidates:\n  - name: linear_regression\n    model: linear_regression\n${spec.slice(end)}`,
      );
    }
    return target;
  }

  it("trains the target branch's project and outputs its metrics file", () => {
    const target = targetCheckout(true);
    const result = run('train-target-branch.sh', {
      PROJECT: 'house-prices',
      TARGET_DIR: target,
      SLIPWAY_PYTHON: python,
      RUNNER_TEMP: tempDir('slipway-rt-'),
      HOME: process.env.HOME ?? '',
    });
    expect(result.status).toBe(0);
    const file = /^metrics-file=(.+)$/m.exec(result.output)?.[1] ?? '';
    const metrics = JSON.parse(readFileSync(file, 'utf8')) as { chosen: string; candidates: unknown[] };
    expect(metrics.chosen).toBe('linear_regression');
    expect(metrics.candidates).toHaveLength(1);
  }, 120_000);

  it('a project the target branch does not have yet gives no comparison, and no failure', () => {
    const result = run('train-target-branch.sh', {
      PROJECT: 'house-prices',
      TARGET_DIR: targetCheckout(false),
      SLIPWAY_PYTHON: python,
      RUNNER_TEMP: tempDir('slipway-rt-'),
    });
    expect(result.status).toBe(0);
    expect(result.output).toBe('metrics-file=\n');
    expect(result.stdout).toContain('the target branch has no project house-prices');
  });
});
