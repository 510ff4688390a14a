import { describe, expect, it } from '@jest/globals';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionBundle, repoRoot, resolveDataFile, resolveProject } from '../src/paths.js';
import { createRunFolder, markRunFailed, utcStamp, writeFileAtomic } from '../src/run-folder.js';
import { tempDir } from './fixture-actions.js';

describe('resolveProject', () => {
  const root = repoRoot();

  it('maps a name to ml/projects/<name>.yaml and keeps the name as the action input', () => {
    expect(resolveProject(root, 'abalone', '/')).toEqual({
      input: 'abalone',
      specFile: join(root, 'ml', 'projects', 'abalone.yaml'),
      name: 'abalone',
    });
  });

  it('resolves a spec path against the directory the command was typed in, naming the run by its project key', () => {
    const dir = tempDir('slipway-spec-');
    writeFileSync(join(dir, 'mine.yaml'), 'project: my house/prices\n');
    expect(resolveProject(root, 'mine.yaml', dir)).toEqual({
      input: join(dir, 'mine.yaml'),
      specFile: join(dir, 'mine.yaml'),
      name: 'my_house_prices',
    });
  });

  it('lists the known projects when the name is unknown', () => {
    expect(() => resolveProject(root, 'house-price', '/')).toThrow(/no project "house-price" .* known projects: abalone, house-prices/);
  });

  it('names a spec path that does not exist', () => {
    expect(() => resolveProject(root, './nope.yaml', '/tmp')).toThrow('--project: spec file /tmp/nope.yaml does not exist');
  });
});

describe('resolveDataFile and actionBundle', () => {
  it('resolves --data relative to the working directory and rejects folders', () => {
    const dir = tempDir('slipway-data-');
    writeFileSync(join(dir, 'd.csv'), 'a\n1\n');
    expect(resolveDataFile('d.csv', dir)).toBe(join(dir, 'd.csv'));
    expect(() => resolveDataFile('.', dir)).toThrow(`--data: ${dir} is not a file — pass the path of a CSV file`);
  });

  it('tells to run make build when an action has no bundle', () => {
    const root = tempDir('slipway-root-');
    mkdirSync(join(root, 'actions', 'x'), { recursive: true });
    writeFileSync(join(root, 'actions', 'x', 'action.yml'), 'name: x\n');
    expect(() => actionBundle(root, 'x')).toThrow(/dist\/index\.js does not exist — run `make build`/);
  });
});

describe('run folder', () => {
  it('stamps UTC to the second, with no characters file systems reject', () => {
    expect(utcStamp(new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 678)))).toBe('2026-01-02T03-04-05Z');
  });

  it('creates runs/<stamp>-<project>, adding a suffix when a run started in the same second', () => {
    const parent = join(tempDir('slipway-runs-'), 'runs');
    const when = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));
    const first = createRunFolder(parent, when, 'abalone');
    const second = createRunFolder(parent, when, 'abalone');
    expect(first).toBe(join(parent, '2026-01-02T03-04-05Z-abalone'));
    expect(second).toBe(`${first}-2`);
  });

  it('writes files atomically, leaving no temporary file behind, and renames failed runs', () => {
    const dir = tempDir('slipway-atomic-');
    writeFileAtomic(join(dir, 'sub', 'report.md'), '# ok\n');
    expect(readFileSync(join(dir, 'sub', 'report.md'), 'utf8')).toBe('# ok\n');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['report.md']);
    expect(markRunFailed(join(dir, 'sub'))).toBe(join(dir, 'sub.failed'));
    expect(readdirSync(dir)).toEqual(['sub.failed']);
  });
});
