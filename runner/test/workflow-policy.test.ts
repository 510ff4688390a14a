// runner/src/workflow-policy.ts: the repository's workflows keep every policy, and each policy
// catches the defect issue 14 found in the workflows as they were (fixtures/workflows-before).
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHECKS, ROLLBACK_MINUTES, checkWorkflowPolicy, policyContext, readWorkflow } from '../src/workflow-policy.js';

const root = resolve(import.meta.dirname, '..', '..');
const context = policyContext(root);
const inDir = (dir: string): string[] =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.yml'))
    .map((file) => join(dir, file));
const current = inDir(join(root, '.github', 'workflows'));
const before = inDir(join(import.meta.dirname, 'fixtures', 'workflows-before'));

/** The problems one check finds in a set of workflow files. */
const problems = (name: string, files: string[]): string[] => files.flatMap((file) => CHECKS[name]!(readWorkflow(file), context));

describe('the repository workflows', () => {
  it('keep every policy', () => {
    expect(checkWorkflowPolicy(current, context)).toEqual([]);
  });
});

describe('each policy catches its defect in the workflows as they were', () => {
  it.each(Object.keys(CHECKS))('%s', (name) => {
    expect(problems(name, before).length).toBeGreaterThan(0);
  });

  it('a fixed default project', () => {
    expect(problems('noFixedProject', before)).toContain(
      'train-and-deploy.yml: names the project "house-prices" — take projects from the plan (runner/src/affected-projects.ts), never a fixed list or default',
    );
  });

  it('a second production approval for the record', () => {
    expect(problems('oneApproval', before)).toEqual([
      'train-and-deploy.yml: jobs.record uses environment production after jobs.deploy-production did: reviewers approve twice — do its work in jobs.deploy-production',
    ]);
  });

  it('deploy concurrency shared by every project', () => {
    expect(problems('perProjectConcurrency', before)).toContain(
      'train-and-deploy.yml: jobs.deploy-production: concurrency group "deploy-production" is not per project — use deploy-<env>-${{ inputs.project }}',
    );
  });

  it('a job timeout shorter than its deploy waits plus a rollback', () => {
    expect(context.deployDefaultMinutes).toBe(30);
    expect(problems('timeoutsCoverWaits', before)).toContain(
      `train-and-deploy.yml: jobs.deploy-production: timeout-minutes 30 ≤ deploy waits 30 + 30 + rollback ${ROLLBACK_MINUTES} — raise it or shorten the waits`,
    );
  });

  it('a SageMaker deploy without alarms, a short timeout, and no report when killed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'slipway-policy-'));
    const file = join(dir, 'sagemaker.yml');
    writeFileSync(
      file,
      [
        'name: sagemaker',
        'on: { workflow_call: {} }',
        'jobs:',
        '  deploy:',
        '    timeout-minutes: 40',
        '    steps:',
        '      - uses: ./actions/deploy-sagemaker',
        '        with: { endpoint-name: e, timeout-minutes: 30 }',
        '',
      ].join('\n'),
    );
    try {
      expect(context.sagemakerDefaultMinutes).toBe(60);
      expect(problems('rollbackStated', [file])).toEqual([
        'sagemaker.yml: jobs.deploy: a deploy-sagemaker step without alarm-names: SageMaker would not roll the endpoint back',
      ]);
      expect(problems('timeoutsCoverWaits', [file])).toEqual([
        `sagemaker.yml: jobs.deploy: timeout-minutes 40 ≤ deploy waits 30 + rollback ${ROLLBACK_MINUTES} — raise it or shorten the waits`,
      ]);
      expect(problems('killedDeployReported', [file])).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('model-pr-comment without contents: read or a concurrency group', () => {
    expect(problems('commentWorkflow', before)).toEqual([
      'model-pr-comment.yml: no concurrency group — two fork runs could post out of order',
      'model-pr-comment.yml: jobs.post lacks contents: read (needed on private repositories)',
    ]);
  });

  it('the target-branch deltas skipped when the gate fails', () => {
    expect(problems('deltasAfterFailedGate', before)).toEqual([
      'model-pr.yml: jobs.model: step "Check out the target branch (for the deltas against it)" after the gate is skipped when the gate fails — add !cancelled() to its if:',
    ]);
  });
});
