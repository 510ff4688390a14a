// stage-bundle.sh: the bundle becomes the API build's `bundle` context under RUNNER_TEMP,
// complete, readable by the image's non-root user, and never partial under the final name.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BUNDLE_CONTENT, MODEL_VERSION, makeWorkspace, type Workspace } from './fixtures.js';
import { runScript } from './script-runner.js';

let ws: Workspace;
beforeEach(() => {
  ws = makeWorkspace();
});
afterEach(() => {
  ws.cleanup();
});

function stage(env: Record<string, string> = {}) {
  return runScript('stage-bundle.sh', { BUNDLE_PATH: `runs/bundles/${MODEL_VERSION}`, RUNNER_TEMP: ws.runnerTemp, ...env }, ws.root);
}

describe('stage-bundle.sh', () => {
  it('copies every bundle file into a folder of its own under RUNNER_TEMP and reports it', () => {
    const result = stage();
    expect(result.status).toBe(0);
    const staged = result.outputs['staged-path']!;
    expect(staged).toMatch(new RegExp(`^${ws.runnerTemp}/slipway-build-push\\.[A-Za-z0-9]{6}/bundle$`));
    expect(result.stdout).toBe(`build-push: staged the bundle at ${staged} (9 files)\n`);
    expect(readdirSync(staged).sort()).toEqual(Object.keys(BUNDLE_CONTENT).sort());
    for (const [name, text] of Object.entries(BUNDLE_CONTENT)) expect(readFileSync(join(staged, name), 'utf8')).toBe(text);
    // The parent holds the bundle alone: no staging folder left beside it.
    expect(readdirSync(dirname(staged))).toEqual(['bundle']);
  });

  it('makes the staged bundle world-readable and not world-writable', () => {
    mkdirSync(join(ws.bundle, 'extra'));
    writeFileSync(join(ws.bundle, 'extra', 'notes.txt'), 'kept');
    const staged = stage().outputs['staged-path']!;
    expect(statSync(staged).mode & 0o777).toBe(0o755);
    expect(statSync(dirname(staged)).mode & 0o777).toBe(0o755);
    expect(statSync(join(staged, 'extra')).mode & 0o777).toBe(0o755);
    expect(statSync(join(staged, 'model.joblib')).mode & 0o777).toBe(0o644);
    expect(readFileSync(join(staged, 'extra', 'notes.txt'), 'utf8')).toBe('kept');
  });

  it('copies a linked file as a real file', () => {
    const outside = join(ws.root, 'elsewhere.joblib');
    writeFileSync(outside, 'the real model');
    rmSync(join(ws.bundle, 'model.joblib'));
    symlinkSync(outside, join(ws.bundle, 'model.joblib'));
    const staged = join(stage().outputs['staged-path']!, 'model.joblib');
    expect(statSync(staged).isFile()).toBe(true);
    expect(readFileSync(staged, 'utf8')).toBe('the real model');
  });

  it('leaves nothing behind when the copy fails (a broken link in the bundle)', () => {
    symlinkSync(join(ws.root, 'no-such-file'), join(ws.bundle, 'README.md'));
    const result = stage();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `error: runs/bundles/${MODEL_VERSION}: could not be copied (cp's message above) — fix the bundle folder, e.g. a broken link, and rerun\n`,
    );
    expect(result.outputs).toEqual({});
    expect(readdirSync(ws.runnerTemp)).toEqual([]);
  });

  it('stages twice in one job without either copy meeting the other', () => {
    const first = stage().outputs['staged-path']!;
    const second = stage().outputs['staged-path']!;
    expect(second).not.toBe(first);
    expect(readdirSync(first).sort()).toEqual(readdirSync(second).sort());
  });

  it('refuses a missing bundle and a missing RUNNER_TEMP', () => {
    expect(stage({ BUNDLE_PATH: 'runs/none' }).stderr).toBe(
      'error: input bundle-path: runs/none: no such folder — pass the bundle folder that passed the quality gate\n',
    );
    expect(stage({ RUNNER_TEMP: join(ws.root, 'gone') }).stderr).toBe(
      `error: RUNNER_TEMP ("${join(ws.root, 'gone')}") is not a folder — run this script as a step of the action\n`,
    );
  });
});
