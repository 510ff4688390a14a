// Runs the committed dist/index.js as its own Node 24 process under the runner contract, with
// the real Python trainer from ml/.venv on the original 84-row house-prices file.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runActionProcess, type ActionRunResult } from '../../../runner/src/action-process.js';
import { actionDir, dataMirror, repoRoot, venvPython } from '../../test-support/paths.js';
import { originalHouseCsv, trainerReady } from '../../test-support/trainer.js';
import { scratch } from '../../test-support/temp.js';
import { runtimeToken, startFakeArtifactService } from '../../test-support/fake-artifact-service.js';

const tmp = scratch('train');
afterAll(() => {
  tmp.cleanup();
});
const originalCsv = originalHouseCsv;
const env = { SLIPWAY_DATA_MIRROR: dataMirror, GITHUB_SHA: '1234567890abcdef1234567890abcdef12345678' };

const withTrainer = trainerReady() ? describe : describe.skip;

function runTrain(inputs: Record<string, string>): Promise<ActionRunResult> {
  return runActionProcess({ actionDir: actionDir('train-model'), inputs, workspace: repoRoot, runnerTemp: tmp.dir, env });
}

withTrainer('train-model with the real trainer', () => {
  let first: ActionRunResult;
  beforeAll(async () => {
    first = await runTrain({ project: 'house-prices', data: originalCsv, python: venvPython, 'output-dir': join(tmp.dir, 'run1') });
  }, 180_000);

  it('trains, writes the bundle and sets every output', () => {
    expect(first.errorMessage).toBeUndefined();
    expect(first.exitCode).toBe(0);
    const out = first.outputs;
    expect(out['model-version']).toMatch(/^house-prices-[0-9a-f]{12}$/);
    expect(out['bundle-path']).toBe(join(tmp.dir, 'run1', 'bundles', out['model-version'] ?? ''));
    expect(existsSync(out['bundle-tarball'] ?? '')).toBe(true);
    // The digests the server checks: the tarball's bytes, and the folder's SHA256SUMS.
    const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');
    expect(out['bundle-sha256']).toBe(sha256(out['bundle-tarball'] ?? ''));
    expect(out['bundle-manifest-sha256']).toBe(sha256(join(out['bundle-path'] ?? '', 'SHA256SUMS')));
    expect(out['bundle-sha256']).toMatch(/^[0-9a-f]{64}$/);
    expect(out['metrics-file']).toBe(join(out['bundle-path'] ?? '', 'metrics.json'));
    const metrics = JSON.parse(readFileSync(out['metrics-file'] ?? '', 'utf8')) as { chosen: string; n_train: number; n_test: number };
    expect(JSON.parse(out.metrics ?? '')).toEqual(metrics);
    expect(out['chosen-model']).toBe(metrics.chosen);
    expect(metrics.n_train + metrics.n_test).toBe(84);
    expect(out['mlflow-run-id']).toMatch(/^[0-9a-f]{32}$/);
    const manifest = JSON.parse(readFileSync(join(out['bundle-path'] ?? '', 'manifest.json'), 'utf8')) as { git_sha: string };
    expect(manifest.git_sha).toBe(env.GITHUB_SHA);
  });

  it('groups the trainer progress by stage in the log', () => {
    expect(first.stdout).toContain('::group::train: cv');
    expect(first.stdout).toMatch(/\[slipway\] cv: linear_regression fold 1\/5 rmse=/);
  });

  it('writes a job summary with the metrics, importance and charts', () => {
    const out = first.outputs;
    const chosen = out['chosen-model'] ?? '';
    expect(first.summary).toContain(`## Trained \`house-prices\`: \`${out['model-version']}\``);
    expect(first.summary).toContain(`| **${chosen}** ✅ chosen |`);
    expect(first.summary).toMatch(/\| training-mean baseline \| [\d,.]+ \|/);
    expect(first.summary).toContain('Data: 84 rows × 7 columns');
    expect(first.summary).toContain('### Feature importance');
    expect(first.summary).toContain('### Cross-validation (mean ± sample sd across 5 folds)');
    expect(first.summary).toContain('Each value with its 95 % bootstrap interval over the 17 test rows (1000 seeded resamples).');
    expect(first.summary).toMatch(/\| \*\*[a-z_]+\*\* ✅ chosen \| [\d,.]+ \[[\d,.]+, [\d,.]+\] \|/);
    expect(first.outputs['paired-comparison-file']).toBe('');
    expect(first.summary).toMatch(/xychart-beta\n {4}title "Permutation importance[^\n]*\n {4}x-axis \["/);
    expect(first.summary).toMatch(/title "Predicted vs actual price \(17 test rows, sorted by actual\)"\n {4}x-axis "[^"]+" 1 --> 17/);
  });

  it('gives the same version and metrics for the same data, spec and seed', async () => {
    const second = await runTrain({ project: 'house-prices', data: originalCsv, python: venvPython, 'output-dir': join(tmp.dir, 'run2') });
    expect(second.exitCode).toBe(0);
    expect(second.outputs['model-version']).toBe(first.outputs['model-version']);
    const testMetrics = (json: string | undefined): unknown => (JSON.parse(json ?? '') as { test: unknown }).test;
    expect(testMetrics(second.outputs.metrics)).toEqual(testMetrics(first.outputs.metrics));
  }, 180_000);

  it('scores a production bundle on the same test rows when given one', async () => {
    const paired = await runTrain({
      project: 'house-prices',
      data: originalCsv,
      python: venvPython,
      'output-dir': join(tmp.dir, 'run3'),
      'production-bundle': first.outputs['bundle-tarball'] ?? '',
    });
    expect(paired.exitCode).toBe(0);
    const file = paired.outputs['paired-comparison-file'] ?? '';
    expect(file).toBe(join(tmp.dir, 'run3', 'paired-comparison.json'));
    const comparison = JSON.parse(readFileSync(file, 'utf8')) as { production_version: string; same_split: boolean; rows: number };
    expect(comparison).toMatchObject({ production_version: first.outputs['model-version'], same_split: true, rows: 17 });
  }, 180_000);

  it('feeds quality-gate, which reports the real metrics against the gates', async () => {
    const gate = await runActionProcess({
      actionDir: actionDir('quality-gate'),
      inputs: { project: 'house-prices', 'metrics-file': first.outputs['bundle-path'] ?? '', 'fail-on-breach': 'false' },
      workspace: repoRoot,
      runnerTemp: tmp.dir,
    });
    expect(gate.exitCode).toBe(0);
    const test = (JSON.parse(first.outputs.metrics ?? '') as { test: Record<string, number> }).test;
    const verdicts = JSON.parse(gate.outputs.verdicts ?? '[]') as {
      metric: string;
      value: number;
      threshold: number;
      op: string;
      passed: boolean;
    }[];
    expect(verdicts).toHaveLength(4);
    for (const v of verdicts) expect(v.value).toBe(test[v.metric]);
    const byGate = (name: string): boolean | undefined => verdicts.find((v) => `${v.metric} ${v.op} ${v.threshold}` === name)?.passed;
    expect(byGate('mae <= 25000')).toBe((test.mae ?? NaN) <= 25000);
    expect(gate.outputs.passed).toBe(String(verdicts.every((v) => v.passed)));
  });

  it("fails with the trainer's own message on bad data, leaving no bundle", async () => {
    const bad = tmp.write('semicolons.csv', readFileSync(originalCsv, 'utf8').replace(/,/g, ';'));
    const outDir = join(tmp.dir, 'bad');
    const result = await runTrain({ project: 'house-prices', data: bad, python: venvPython, 'output-dir': outDir });
    expect(result.exitCode).toBe(1);
    expect(result.errorMessage).toMatch(new RegExp(`^${bad}: `));
    expect(result.stderr + result.stdout).toContain(`error: ${result.errorMessage ?? ''}`);
    const bundles = join(outDir, 'bundles');
    const finished = existsSync(bundles) ? readdirSync(bundles).filter((name) => name.startsWith('house-prices-')) : [];
    expect(finished).toEqual([]);
  }, 60_000);
});

withTrainer('train-model on abalone through the data mirror', () => {
  it('trains from the mirrored UCI file and passes the mse gate through quality-gate', async () => {
    const train = await runTrain({ project: 'abalone', backend: 'local', python: venvPython, 'output-dir': join(tmp.dir, 'abalone') });
    expect(train.errorMessage).toBeUndefined();
    expect(train.outputs['model-version']).toMatch(/^abalone-[0-9a-f]{12}$/);
    const metrics = JSON.parse(train.outputs.metrics ?? '') as { test: { mse: number }; n_train: number; n_test: number };
    expect(metrics.n_train + metrics.n_test).toBe(4177);
    expect(train.summary).toContain('source `url:https://archive.ics.uci.edu/ml/machine-learning-databases/abalone/abalone.data`');
    expect(train.summary).toMatch(/title "Predicted vs actual Rings \(200 test rows, sorted by actual\)"/);
    const gate = await runActionProcess({
      actionDir: actionDir('quality-gate'),
      inputs: { project: 'abalone', 'metrics-file': train.outputs['metrics-file'] ?? '' },
      workspace: repoRoot,
      runnerTemp: tmp.dir,
    });
    expect(gate.outputs.passed).toBe(String(metrics.test.mse <= 6.0));
    expect(gate.exitCode).toBe(metrics.test.mse <= 6.0 ? 0 : 1);
  }, 180_000);
});

describe('train-model bad inputs', () => {
  const expectError = async (inputs: Record<string, string>, message: string | RegExp): Promise<void> => {
    const result = await runTrain(inputs);
    expect(result.exitCode).toBe(1);
    expect(result.errorMessage).toMatch(message);
    expect(result.outputs['model-version']).toBeUndefined();
  };

  it('a missing project', async () => {
    await expectError(
      { project: 'no-such-project' },
      /^project "no-such-project": .*no-such-project\.yaml does not exist \(known projects: abalone, house-prices\)/,
    );
  });
  it('the sagemaker backend without its role', async () => {
    await expectError(
      { project: 'house-prices', backend: 'sagemaker', 'sagemaker-image': 'x' },
      /^input sagemaker-role-arn: required with backend sagemaker/,
    );
  });
  it('a spec typo', async () => {
    const spec = tmp.write('typo.yaml', readFileSync(join(repoRoot, 'ml/projects/abalone.yaml'), 'utf8').replace('cv_folds:', 'cv_fold:'));
    await expectError({ project: spec }, `${spec}: split.cv_fold: unknown key "cv_fold"`);
  });
  it('a seed that is not an integer', async () => {
    await expectError({ project: 'abalone', backend: 'local', seed: 'forty-two' }, 'input seed: "forty-two" is not a non-negative integer');
  });
  it('an interpreter that does not exist', async () => {
    await expectError(
      { project: 'abalone', backend: 'local', python: '/nonexistent/python3' },
      /^python "\/nonexistent\/python3" could not be started/,
    );
  });
});

withTrainer('train-model upload-artifact (fake artifact service on 127.0.0.1)', () => {
  it('uploads the bundle tarball as an artifact and outputs its id and page', async () => {
    const service = await startFakeArtifactService();
    try {
      const result = await runActionProcess({
        actionDir: actionDir('train-model'),
        inputs: {
          project: 'house-prices',
          data: originalCsv,
          python: venvPython,
          'output-dir': join(tmp.dir, 'run-artifact'),
          'upload-artifact': 'model-bundle-house-prices',
          'artifact-retention-days': '7',
        },
        workspace: repoRoot,
        runnerTemp: tmp.dir,
        env: {
          ...env,
          ACTIONS_RESULTS_URL: `${service.url}/`,
          ACTIONS_RUNTIME_TOKEN: runtimeToken('ce7f54c7-61c7-4aae-887f-30da475f5f1a', 'ca395085-040a-526b-2ce8-bdc85f692774'),
          GITHUB_REPOSITORY: 'slipway-demo/slipway',
          GITHUB_RUN_ID: '19602233145',
        },
      });
      expect(result.errorMessage).toBeUndefined();
      const [artifact] = service.artifacts;
      expect(result.outputs['artifact-id']).toBe(String(artifact?.id));
      expect(result.outputs['artifact-url']).toBe(
        `https://github.com/slipway-demo/slipway/actions/runs/19602233145/artifacts/${artifact?.id}`,
      );
      expect(artifact?.createBody).toMatchObject({
        name: 'model-bundle-house-prices',
        workflow_run_backend_id: 'ce7f54c7-61c7-4aae-887f-30da475f5f1a',
      });
      const zip = artifact?.zip ?? Buffer.alloc(0);
      const tarball = `${result.outputs['model-version'] ?? ''}.tar.gz`;
      expect(zip.includes(Buffer.from(tarball))).toBe(true);
      expect(artifact?.finalizeBody).toMatchObject({ size: String(zip.length), hash: `sha256:${service.sha256(zip)}` });
    } finally {
      await service.stop();
    }
  }, 180_000);
});
