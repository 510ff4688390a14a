// stage-bundle.sh: the bundle lands in the API build context complete, readable by the
// image's non-root user, and never partial under the final name.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
  return runScript(
    'stage-bundle.sh',
    { BUNDLE_PATH: `runs/bundles/${MODEL_VERSION}`, API_CONTEXT: 'ml', BUNDLE_DIR: 'bundle', ...env },
    ws.root,
  );
}

/** The build context's entries besides the Dockerfile: no staging leftovers allowed. */
function contextEntries(): string[] {
  return readdirSync(join(ws.root, 'ml')).filter((name) => name !== 'Dockerfile');
}

describe('stage-bundle.sh', () => {
  it('copies every bundle file into <api-context>/<bundle-dir> and reports the path', () => {
    const result = stage();
    expect(result.status).toBe(0);
    expect(result.outputs).toEqual({ 'staged-path': 'ml/bundle' });
    expect(result.stdout).toBe('build-push: staged the bundle at ml/bundle (9 files)\n');
    for (const [name, text] of Object.entries(BUNDLE_CONTENT)) {
      expect(readFileSync(join(ws.root, 'ml', 'bundle', name), 'utf8')).toBe(text);
    }
    expect(contextEntries()).toEqual(['bundle']);
  });

  it('makes the staged bundle world-readable and not world-writable', () => {
    mkdirSync(join(ws.bundle, 'extra'));
    writeFileSync(join(ws.bundle, 'extra', 'notes.txt'), 'kept');
    stage();
    const staged = join(ws.root, 'ml', 'bundle');
    expect(statSync(staged).mode & 0o777).toBe(0o755);
    expect(statSync(join(staged, 'extra')).mode & 0o777).toBe(0o755);
    expect(statSync(join(staged, 'model.joblib')).mode & 0o777).toBe(0o644);
    expect(readFileSync(join(staged, 'extra', 'notes.txt'), 'utf8')).toBe('kept');
  });

  it('copies a linked file as a real file', () => {
    const outside = join(ws.root, 'elsewhere.joblib');
    writeFileSync(outside, 'the real model');
    rmSync(join(ws.bundle, 'model.joblib'));
    symlinkSync(outside, join(ws.bundle, 'model.joblib'));
    expect(stage().status).toBe(0);
    const staged = join(ws.root, 'ml', 'bundle', 'model.joblib');
    expect(statSync(staged).isFile()).toBe(true);
    expect(readFileSync(staged, 'utf8')).toBe('the real model');
  });

  it('leaves nothing behind when the copy fails (a broken link in the bundle)', () => {
    symlinkSync(join(ws.root, 'no-such-file'), join(ws.bundle, 'README.md'));
    const result = stage();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `error: runs/bundles/${MODEL_VERSION}: could not be copied into ml (cp's message above) — fix the bundle folder, e.g. a broken link, and rerun\n`,
    );
    expect(result.outputs).toEqual({});
    expect(contextEntries()).toEqual([]);
  });

  it('never overwrites an existing folder in the build context', () => {
    mkdirSync(join(ws.root, 'ml', 'bundle'));
    writeFileSync(join(ws.root, 'ml', 'bundle', 'mine.txt'), 'do not touch');
    const result = stage();
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'error: ml/bundle: already exists in the build context — remove it, or choose another bundle-dir; build-push never overwrites it\n',
    );
    expect(readdirSync(join(ws.root, 'ml', 'bundle'))).toEqual(['mine.txt']);
    expect(contextEntries()).toEqual(['bundle']);
  });

  it('refuses a missing bundle and a missing context', () => {
    expect(stage({ BUNDLE_PATH: 'runs/none' }).stderr).toBe(
      'error: input bundle-path: runs/none: no such folder — pass the bundle folder that passed the quality gate\n',
    );
    expect(stage({ API_CONTEXT: 'api' }).stderr).toBe(
      'error: input api-context: api: no such folder — give the Docker build context relative to the workspace\n',
    );
  });
});
