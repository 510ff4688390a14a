import { describe, expect, it } from '@jest/globals';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkWorkflowWiring } from '../src/workflow-wiring-check.js';
import { tempDir } from './fixture-actions.js';

const ACTION = `name: train
description: t
inputs:
  project:
    description: p
    required: true
  seed:
    description: s
    required: false
  backend:
    description: b
    required: true
    default: local
outputs:
  metrics-file:
    description: m
runs:
  using: node24
  main: dist/index.js
`;

function repo(workflow: string): { root: string; file: string } {
  const root = tempDir('slipway-wf-');
  mkdirSync(join(root, 'actions', 'train'), { recursive: true });
  writeFileSync(join(root, 'actions', 'train', 'action.yml'), ACTION);
  mkdirSync(join(root, '.github', 'workflows'), { recursive: true });
  const file = join(root, '.github', 'workflows', 'model.yml');
  writeFileSync(file, workflow);
  return { root, file };
}

const job = (steps: string): string => `on: push\njobs:\n  model:\n    runs-on: ubuntu-24.04\n    steps:\n${steps}`;

describe('checkWorkflowWiring', () => {
  it('accepts a step that gives declared inputs and reads declared outputs', () => {
    const { root, file } = repo(
      job(`      - id: train
        uses: ./actions/train
        with:
          project: house-prices
      - run: echo "\${{ steps.train.outputs.metrics-file }}"
`),
    );
    expect(checkWorkflowWiring(file, root)).toEqual([]);
  });

  it('names a with: key the action does not declare, listing the real inputs', () => {
    const { root, file } = repo(
      job(`      - id: train
        uses: ./actions/train
        with:
          project: house-prices
          seeds: 3
`),
    );
    expect(checkWorkflowWiring(file, root)).toEqual([
      `${file}: jobs.model.steps[0] (train): with.seeds is not an input of ./actions/train — declared: project, seed, backend`,
    ]);
  });

  it('names a required input without a default that is not given (a default makes it optional)', () => {
    const { root, file } = repo(job(`      - uses: ./actions/train\n        with:\n          seed: 1\n`));
    expect(checkWorkflowWiring(file, root)).toEqual([
      `${file}: jobs.model.steps[0]: required input project of ./actions/train is not given`,
    ]);
  });

  it('names a step output the action does not declare', () => {
    const { root, file } = repo(
      job(`      - id: train
        uses: ./actions/train
        with:
          project: p
      - if: \${{ steps.train.outputs.metric-file != '' }}
        run: echo ok
`),
    );
    expect(checkWorkflowWiring(file, root)).toEqual([
      `${file}: jobs.model: steps.train.outputs.metric-file is not an output of that step's action — declared: metrics-file`,
    ]);
  });

  it('names a local action folder without action.yml', () => {
    const { root, file } = repo(job(`      - uses: ./actions/missing\n`));
    expect(checkWorkflowWiring(file, root)).toEqual([`${file}: jobs.model.steps[0]: ./actions/missing has no action.yml`]);
  });

  it('names a script a run: step executes that does not exist', () => {
    const { root, file } = repo(job('      - run: bash scripts/workflow/gone.sh\n      - run: node runner/src/here.ts --x\n'));
    mkdirSync(join(root, 'runner', 'src'), { recursive: true });
    writeFileSync(join(root, 'runner', 'src', 'here.ts'), '');
    expect(checkWorkflowWiring(file, root)).toEqual([
      `${file}: jobs.model.steps[0]: run: executes scripts/workflow/gone.sh, which does not exist`,
    ]);
  });

  it('checks a call of a local reusable workflow against its workflow_call inputs', () => {
    const { root, file } = repo(
      'on: push\njobs:\n  project:\n    uses: ./.github/workflows/called.yml\n    with:\n      projet: abalone\n',
    );
    writeFileSync(
      join(root, '.github', 'workflows', 'called.yml'),
      'on:\n  workflow_call:\n    inputs:\n      project:\n        type: string\n        required: true\njobs: {}\n',
    );
    expect(checkWorkflowWiring(file, root)).toEqual([
      `${file}: jobs.project: with.projet is not an input of ./.github/workflows/called.yml — declared: project`,
      `${file}: jobs.project: required input project of ./.github/workflows/called.yml is not given`,
    ]);
  });

  it('finds no wiring problem in the repository workflows', () => {
    const root = resolve(import.meta.dirname, '..', '..');
    const dir = join(root, '.github', 'workflows');
    const files = readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => join(dir, f));
    expect(files.length).toBeGreaterThan(0);
    expect(files.flatMap((f) => checkWorkflowWiring(f, root))).toEqual([]);
  });
});
