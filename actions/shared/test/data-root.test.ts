// Where every step looks for a project's dataset contract: data/ of the spec's repository (the
// nearest folder with a data/ folder at or above the spec), else the workspace's data/. The
// trainer's data_root_for follows the same rule (ml/tests/test_resolve_data.py).
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataRootFor } from '../src/project-resolution.js';

const base = mkdtempSync(join(tmpdir(), 'slipway-data-root-'));
afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

describe('dataRootFor', () => {
  it('is the data/ folder of the nearest folder above the spec that has one', () => {
    mkdirSync(join(base, 'repo', 'data'), { recursive: true });
    mkdirSync(join(base, 'repo', 'ml', 'projects'), { recursive: true });
    expect(dataRootFor(join(base, 'repo', 'ml', 'projects', 'a.yaml'), '/workspace')).toBe(join(base, 'repo', 'data'));
    expect(dataRootFor(join(base, 'repo', 'a.yaml'), '/workspace')).toBe(join(base, 'repo', 'data'));
  });

  it('a file named data is not a data folder', () => {
    mkdirSync(join(base, 'outer', 'data'), { recursive: true });
    mkdirSync(join(base, 'outer', 'inner'), { recursive: true });
    writeFileSync(join(base, 'outer', 'inner', 'data'), 'not a folder');
    expect(dataRootFor(join(base, 'outer', 'inner', 'a.yaml'), '/workspace')).toBe(join(base, 'outer', 'data'));
  });

  it("is the workspace's data/ when no folder above the spec has one", () => {
    // /proc has no data/ folder above it on any machine these tests run on.
    expect(dataRootFor('/proc/self/spec.yaml', '/workspace')).toBe('/workspace/data');
  });
});
