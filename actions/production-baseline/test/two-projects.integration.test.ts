// The bundled action as a process against the stateful fake of GitHub's deployments API on
// 127.0.0.1: two projects recorded one after the other both keep their baseline, and the
// production record carries the training data's profile, which validate-data (its bundle too)
// takes back as reference-profile and finds the drift of a shifted population.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runActionProcess, type ActionRunResult } from '../../../runner/src/action-process.js';
import { FakeGitHubDeployments } from '../../test-support/fake-github-deployments.js';
import { actionDir, repoRoot, venvPython } from '../../test-support/paths.js';
import { scratch } from '../../test-support/temp.js';
import { PAYLOAD_BUDGET_BYTES } from '../src/data-profile.js';
import type { ProductionRecord } from '../src/record.js';
import { productionBundle } from './paths.js';

const tmp = scratch('baseline-two');
const fake = new FakeGitHubDeployments();
let stop: (() => Promise<void>) | undefined;
const token = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';
const digest = `sha256:${'ab'.repeat(32)}`;

function runBaseline(inputs: Record<string, string>): Promise<ActionRunResult> {
  return runActionProcess({
    actionDir: join(repoRoot, 'actions', 'production-baseline'),
    inputs: { 'github-token': token, ...inputs },
    workspace: repoRoot,
    runnerTemp: tmp.dir,
    env: { GITHUB_API_URL: fake.apiUrl, GITHUB_REPOSITORY: 'slipway-demo/slipway', GITHUB_RUN_ID: '19602233145' },
  });
}

function runValidate(inputs: Record<string, string>): Promise<ActionRunResult> {
  return runActionProcess({ actionDir: actionDir('validate-data'), inputs, workspace: repoRoot, runnerTemp: tmp.dir });
}

function generate(name: string, args: string[], rows = 2000): string {
  const out = join(tmp.dir, name);
  execFileSync(venvPython, [join(repoRoot, 'data', 'house-prices', 'generate.py'), '--out', out, '--rows', String(rows), ...args]);
  return out;
}

/** The fixture bundle relabelled as another project's (metrics.json names the project). */
function bundleOf(project: string): string {
  const dir = join(tmp.dir, `bundle-${project}`);
  cpSync(productionBundle, dir, { recursive: true });
  const metricsFile = join(dir, 'metrics.json');
  const metrics = JSON.parse(readFileSync(metricsFile, 'utf8')) as { project: string };
  writeFileSync(metricsFile, JSON.stringify({ ...metrics, project }));
  return dir;
}

const record = (project: string, extra: Record<string, string> = {}) =>
  runBaseline({
    project,
    mode: 'record',
    'bundle-path': bundleOf(project),
    'image-uri': `123456789012.dkr.ecr.eu-west-1.amazonaws.com/slipway:${project}-a3c9e1d`,
    'image-digest': digest,
    'bundle-location': `s3://slipway-bundles/${project}/bundle.tar.gz`,
    'approved-by': 'maria-ops',
    ref: 'a3c9e1d7f5b24c6e8a0b1d3f5e7c9a1b3d5f7e90',
    ...extra,
  });

const trainingProfile = join(tmp.dir, 'training', 'profile.json');
beforeAll(async () => {
  stop = (await fake.listen()).stop;
  const validated = await runValidate({
    contract: 'house-prices',
    data: generate('train.csv', ['--seed', '42'], 5000),
    'profile-file': trainingProfile,
  });
  expect(validated.exitCode).toBe(0);
});
afterAll(async () => {
  await stop?.();
  tmp.cleanup();
});

describe('two projects in one repository (bundle as a process, fake GitHub)', () => {
  it('records house-prices with its data profile, then abalone; each read finds its own', async () => {
    const house = await record('house-prices', { 'profile-file': trainingProfile });
    expect(house.errorMessage).toBeUndefined();
    expect(house.outputs['record-environment']).toBe('production/house-prices');
    const abalone = await record('abalone');
    expect(abalone.errorMessage).toBeUndefined();
    expect(abalone.outputs['record-environment']).toBe('production/abalone');

    const houseId = Number(house.outputs['deployment-id']);
    expect(fake.statusesOf(houseId).map((s) => s.state)).toEqual(['success']);
    const payload = fake.allDeployments().find((d) => d.id === houseId)?.payload as ProductionRecord;
    expect(Buffer.byteLength(JSON.stringify(payload))).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
    // 5,000 training rows give 5,000-value samples: too many for the payload, so they were thinned.
    expect(statSync(trainingProfile).size).toBeGreaterThan(PAYLOAD_BUDGET_BYTES);
    expect(payload.data_profile?.sample_limit).toBeLessThan(5000);

    const readHouse = await runBaseline({ project: 'house-prices' });
    expect(readHouse.outputs).toMatchObject({
      found: 'true',
      'deployment-id': String(houseId),
      'record-environment': 'production/house-prices',
    });
    const readAbalone = await runBaseline({ project: 'abalone' });
    expect(readAbalone.outputs).toMatchObject({ found: 'true', 'deployment-id': abalone.outputs['deployment-id'] });
    expect(readAbalone.outputs['profile-file']).toBeUndefined();
    expect(readAbalone.stdout).toContain('the production record of abalone keeps no data profile: no drift reference');

    // The production profile is validate-data's reference: the same population passes, a shifted one drifts.
    const reference = readHouse.outputs['profile-file'] ?? '';
    expect(JSON.parse(readFileSync(reference, 'utf8'))).toMatchObject({
      format: 'slipway-data-profile',
      version: 2,
      dataset: 'house-prices',
    });
    const same = await runValidate({
      contract: 'house-prices',
      data: generate('same.csv', ['--seed', '43']),
      'reference-profile': reference,
    });
    expect(same.exitCode).toBe(0);
    const shifted = await runValidate({
      contract: 'house-prices',
      data: generate('shifted.csv', ['--seed', '7', '--drift', '0.3']),
      'reference-profile': reference,
    });
    const drift = JSON.parse(shifted.outputs.drift ?? '[]') as { column: string; verdict: string }[];
    expect(shifted.exitCode).toBe(1);
    expect(drift.filter((r) => r.verdict === 'error').map((r) => r.column)).toEqual(
      expect.arrayContaining(['sqft', 'bedrooms', 'bathrooms']),
    );
    expect(drift.find((r) => r.column === 'location')?.verdict).toBe('ok');
  });

  it('rejects a profile-file that is not a validate-data profile, naming it, before calling GitHub', async () => {
    const bad = join(tmp.dir, 'not-a-profile.json');
    writeFileSync(bad, JSON.stringify({ format: 'something-else' }));
    const before = fake.requests.length;
    const result = await record('house-prices', { 'profile-file': bad });
    expect(result.exitCode).toBe(1);
    expect(result.errorMessage).toBe(
      `input profile-file: ${bad}: format: expected "slipway-data-profile"; give validate-data's profile-file`,
    );
    expect(fake.requests.length).toBe(before);
  });
});
