// scripts/changed-areas.sh decides which CI jobs run: tested on a real temporary git repository.
import { describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { tempDir } from './fixture-actions.js';

const script = resolve(import.meta.dirname, '..', '..', 'scripts', 'changed-areas.sh');

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, encoding: 'utf8' }).trim();
}

function repoWithChange(files: string[]): { dir: string; base: string; head: string } {
  const dir = tempDir('slipway-areas-');
  git(dir, 'init', '-q');
  writeFileSync(join(dir, 'README.md'), 'x\n');
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), 'changed\n');
  }
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'change');
  return { dir, base, head: git(dir, 'rev-parse', 'HEAD') };
}

function areas(dir: string, base: string, head: string): Record<string, string> {
  const output = join(tempDir('slipway-areas-out-'), 'output');
  writeFileSync(output, '');
  const done = spawnSync('bash', [script], {
    cwd: dir,
    env: { ...process.env, BASE_SHA: base, HEAD_SHA: head, GITHUB_OUTPUT: output },
    encoding: 'utf8',
  });
  expect(done.status).toBe(0);
  return Object.fromEntries(
    readFileSync(output, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split('=') as [string, string]),
  );
}

describe('scripts/changed-areas.sh', () => {
  it('a UI-only change runs only the UI jobs (no model is retrained)', () => {
    const { dir, base, head } = repoWithChange(['ui/src/App.svelte']);
    expect(areas(dir, base, head)).toEqual({ python: 'false', actions: 'false', runner: 'false', ui: 'true', infra: 'false' });
  });

  it('a data change runs the Python tests and the pipeline', () => {
    const { dir, base, head } = repoWithChange(['data/house-prices/contract.yaml']);
    expect(areas(dir, base, head)).toEqual({ python: 'true', actions: 'false', runner: 'true', ui: 'false', infra: 'false' });
  });

  it('an action change runs the action tests and the pipeline that executes them', () => {
    const { dir, base, head } = repoWithChange(['actions/quality-gate/src/gates.ts']);
    expect(areas(dir, base, head)).toEqual({ python: 'false', actions: 'true', runner: 'true', ui: 'false', infra: 'false' });
  });

  it('an infra change runs only the infra checks', () => {
    const { dir, base, head } = repoWithChange(['infra/lib/config.ts']);
    expect(areas(dir, base, head)).toEqual({ python: 'false', actions: 'false', runner: 'false', ui: 'false', infra: 'true' });
  });

  it('a deploy-ecs change also runs the infra end to end, which runs its bundle', () => {
    const { dir, base, head } = repoWithChange(['actions/deploy-ecs/src/main.ts']);
    expect(areas(dir, base, head)).toEqual({ python: 'false', actions: 'true', runner: 'true', ui: 'false', infra: 'true' });
  });

  it('a change to the build itself, or an unknown base, turns every area on', () => {
    const { dir, base, head } = repoWithChange(['Makefile']);
    expect(areas(dir, base, head)).toEqual({ python: 'true', actions: 'true', runner: 'true', ui: 'true', infra: 'true' });
    expect(areas(dir, '0000000000000000000000000000000000000000', head)).toEqual({
      python: 'true',
      actions: 'true',
      runner: 'true',
      ui: 'true',
      infra: 'true',
    });
    expect(areas(dir, '1234567890abcdef1234567890abcdef12345678', head)).toEqual({
      python: 'true',
      actions: 'true',
      runner: 'true',
      ui: 'true',
      infra: 'true',
    });
  });
});
