// Runs the committed dist/index.js as its own Node 24 process under the runner contract: once on
// a records folder, once on records and a bundle in S3 (moto in server mode), and with bad inputs.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { runActionProcess } from '../../../runner/src/action-process.js';
import { startMoto, type MotoServer } from '../../test-support/moto.js';
import { repoRoot } from '../../test-support/paths.js';
import { scratch } from '../../test-support/temp.js';
import { monitor } from '../src/main.js';
import type { MonitorReport } from '../src/report.js';
import { PROJECT, writeBundle, writeRecords } from './fixtures.js';

const actionDir = join(repoRoot, 'actions', 'monitor');
const tmp = scratch('monitor-action');
const bundle = writeBundle(tmp.dir);
const window = { 'window-start': '2026-12-01T00:00:00Z', 'window-end': '2026-12-02T00:00:00Z' };
const start = Date.parse(window['window-start']);
let moto: MotoServer;

beforeAll(async () => {
  moto = await startMoto();
});

afterAll(async () => {
  await moto.stop();
  tmp.cleanup();
});

async function run(inputs: Record<string, string>, env: Record<string, string> = {}): ReturnType<typeof runActionProcess> {
  return runActionProcess({ actionDir, inputs: { project: PROJECT, ...window, ...inputs }, workspace: repoRoot, runnerTemp: tmp.dir, env });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('monitor action (dist/index.js under node24)', () => {
  it('reports retrain-needed on drifted records in a folder, with outputs, report and summary', async () => {
    const records = join(tmp.dir, 'records-drift');
    writeRecords({ root: records, start, count: 2400, every: 30_000, shift: 2 });
    const reportFile = join(tmp.dir, 'out', 'report.json');
    const result = await run({ records, bundle: bundle.folder, 'profile-file': bundle.profile, 'report-file': reportFile });
    expect(result.errorMessage).toBeUndefined();
    expect(result.exitCode).toBe(0);
    expect(result.outputs.verdict).toBe('retrain-needed');
    expect(result.outputs['retrain-needed']).toBe('true');
    expect(result.outputs['report-file']).toBe(reportFile);
    const reasons = JSON.parse(result.outputs.reasons ?? '[]') as string[];
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as MonitorReport;
    expect(reasons).toEqual(report.reasons);
    expect(reasons[0]).toMatch(/^retrain: input "sqft" drifted/);
    expect(report.counts.predictions).toBe(2400);
    expect(result.summary).toContain('## Monitor: house-prices — 🔁 retrain needed');
    expect(result.summary).toContain('xychart-beta');
    expect(result.summary).toContain('| sqft |');
  });

  it('reads records and the bundle tarball from S3', async () => {
    const records = join(tmp.dir, 'records-s3');
    writeRecords({ root: records, start, count: 1200, every: 60_000 });
    const s3 = new S3Client({
      endpoint: moto.endpoint,
      forcePathStyle: true,
      region: 'us-east-1',
      credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
    });
    await s3.send(new CreateBucketCommand({ Bucket: 'slipway-artifacts' }));
    for (const file of filesUnder(records)) {
      const key = `records/production/${relative(records, file)}`;
      await s3.send(new PutObjectCommand({ Bucket: 'slipway-artifacts', Key: key, Body: readFileSync(file) }));
    }
    await s3.send(new PutObjectCommand({ Bucket: 'slipway-artifacts', Key: 'bundles/model.tar.gz', Body: readFileSync(bundle.tarball) }));
    const result = await run(
      {
        records: 's3://slipway-artifacts/records/production',
        bundle: 's3://slipway-artifacts/bundles/model.tar.gz',
        'profile-file': bundle.profile,
      },
      moto.env,
    );
    expect(result.errorMessage).toBeUndefined();
    expect(result.outputs.verdict).toBe('healthy');
    const report = JSON.parse(readFileSync(result.outputs['report-file'] ?? '', 'utf8')) as MonitorReport;
    expect(report.counts.predictions).toBe(1200);
    expect(report.counts.prediction_files).toBe(20);
    expect(report.counts.labelled).toBe(report.live_error?.labels);
  });

  /** The action's report (two threads) and the same window read on one thread in-process. */
  async function twoAndOne(records: string, name: string): Promise<{ two: MonitorReport; one: MonitorReport; stdout: string }> {
    const reportFile = join(tmp.dir, `${name}.json`);
    const result = await run({ records, bundle: bundle.folder, 'profile-file': bundle.profile, 'report-file': reportFile });
    expect(result.errorMessage).toBeUndefined();
    const two = JSON.parse(readFileSync(reportFile, 'utf8')) as MonitorReport;
    const one = await monitor({
      project: PROJECT,
      records,
      bundle: bundle.folder,
      profileFile: bundle.profile,
      window: { start, end: start + 24 * 3_600_000 },
      reportFile,
      workspace: repoRoot,
      oneThread: true,
    });
    return { two, one, stdout: result.stdout };
  }

  /** Same counts, bins and sample (so the same KS figures) whichever thread read which half. */
  function expectSameFigures(two: MonitorReport, one: MonitorReport): void {
    expect(two.counts).toEqual(one.counts);
    expect(two.hourly).toEqual(one.hourly);
    expect(two.verdict).toBe(one.verdict);
    expect(two.input_drift).toEqual(one.input_drift);
    expect(two.prediction_drift?.statistic).toBe(one.prediction_drift?.statistic);
    expect(two.prediction_drift?.p_value).toBe(one.prediction_drift?.p_value);
    expect(two.prediction_drift?.psi).toBe(one.prediction_drift?.psi);
    // Sums of two halves round differently from one sum: equal to rounding.
    expect(two.live_error?.live).toBeCloseTo(one.live_error?.live ?? NaN, 6);
    expect(two.coverage?.inside).toBe(one.coverage?.inside);
  }

  it('reads a large window on two threads with the figures one thread gives', async () => {
    const records = join(tmp.dir, 'records-large');
    writeRecords({ root: records, start, count: 60_000, every: 1440, shift: 0.3 });
    const { two, one, stdout } = await twoAndOne(records, 'large');
    expect(stdout).toMatch(/read 24 prediction files and \d+ feedback files on 2 threads/);
    expectSameFigures(two, one);
  });

  it('cuts a single large file between the two threads at a line start', async () => {
    const records = join(tmp.dir, 'records-one-file');
    // Every record in the first hour: one prediction file and one feedback file.
    writeRecords({ root: records, start, count: 60_000, every: 50, shift: 0.3 });
    const { two, one, stdout } = await twoAndOne(records, 'one-file');
    expect(stdout).toMatch(/read 1 prediction files and 1 feedback files on 2 threads/);
    expect(two.counts.predictions).toBe(60_000);
    expectSameFigures(two, one);
  });

  it('names the line in the file of a bad record in the half the worker thread reads', async () => {
    const records = join(tmp.dir, 'records-one-file-bad');
    writeRecords({ root: records, start, count: 60_000, every: 50 });
    const [file] = filesUnder(join(records, PROJECT, 'predictions'));
    const lines = readFileSync(file ?? '', 'utf8').split('\n');
    lines[49_999] = (lines[49_999] ?? '').replace('"prediction":', '"prediction":"x","was":');
    writeFileSync(file ?? '', lines.join('\n'));
    const result = await run({ records, bundle: bundle.folder, 'profile-file': bundle.profile, 'report-file': join(tmp.dir, 'bad.json') });
    expect(result.exitCode).not.toBe(0);
    expect(result.errorMessage).toBe(`${file ?? ''}:50000: was: unknown field (see schemas/prediction-record.schema.json)`);
  });

  it("refuses an id given two actuals in the two threads' halves, naming both lines", async () => {
    const records = join(tmp.dir, 'records-one-file-twice');
    writeRecords({ root: records, start, count: 60_000, every: 50 });
    const [file] = filesUnder(join(records, PROJECT, 'feedback'));
    const lines = readFileSync(file ?? '', 'utf8')
      .trimEnd()
      .split('\n');
    const first = JSON.parse(lines[0] ?? '') as { prediction_id: string; actual: number };
    writeFileSync(file ?? '', `${[...lines, JSON.stringify({ ...first, actual: first.actual + 1 })].join('\n')}\n`);
    const result = await run({
      records,
      bundle: bundle.folder,
      'profile-file': bundle.profile,
      'report-file': join(tmp.dir, 'twice.json'),
    });
    expect(result.exitCode).not.toBe(0);
    expect(result.errorMessage).toBe(
      `${file ?? ''}:${lines.length + 1}: prediction_id ${first.prediction_id}: actual ${first.actual + 1}, but ${file ?? ''}:1 recorded ${first.actual}; the server accepts one actual per prediction, so the records were changed by hand`,
    );
  });

  it('fails naming the input and quoting a bad value', async () => {
    const result = await run({ records: tmp.dir, bundle: bundle.folder, 'window-start': 'yesterday' });
    expect(result.exitCode).not.toBe(0);
    expect(result.errorMessage).toBe('input window-start: "yesterday" is not an RFC 3339 time; write it as 2026-12-06T00:00:00Z');
  });

  it('fails when the bundle is missing', async () => {
    const result = await run({ records: tmp.dir, bundle: join(tmp.dir, 'nope') });
    expect(result.errorMessage).toMatch(/^input bundle: .*nope does not exist/);
  });
});
