// The local runner runs the same chain as the pull request workflow: the local actions of
// model-pr.yml and train-and-deploy.yml's train job, in order, equal the runner's pipeline.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { PIPELINE } from '../src/pipeline-definition.js';

const root = resolve(import.meta.dirname, '..', '..');

function localActions(workflow: string, job: string): string[] {
  const doc = parseYaml(readFileSync(join(root, '.github', 'workflows', workflow), 'utf8')) as {
    jobs: Record<string, { steps: { uses?: string }[] }>;
  };
  const steps = doc.jobs[job]?.steps ?? [];
  return steps.flatMap((s) => (s.uses?.startsWith('./actions/') ? [s.uses.slice('./actions/'.length)] : []));
}

const chain = new Set(PIPELINE.map((s) => s.action));

describe('the local pipeline and the workflows run the same chain', () => {
  it.each([
    ['model-pr.yml', 'model'],
    ['train-and-deploy-project.yml', 'train'],
  ])('%s job %s', (workflow, job) => {
    const inWorkflow = localActions(workflow, job).filter((a) => chain.has(a));
    expect(inWorkflow).toEqual(PIPELINE.map((s) => s.action));
  });
});
