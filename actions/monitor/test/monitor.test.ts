// The monitor on records written in the server's layout: a healthy window, strong input drift,
// a model gone wrong without drift, too few predictions, and bad records named by file:line.
import { afterAll, describe, expect, it } from '@jest/globals';
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { join } from 'node:path';
import { monitor } from '../src/main.js';
import type { MonitorInputs } from '../src/inputs.js';
import { repoRoot } from '../../test-support/paths.js';
import { scratch } from '../../test-support/temp.js';
import { PROJECT, writeBundle, writeRecords } from './fixtures.js';

const tmp = scratch('monitor');
afterAll(() => {
  tmp.cleanup();
});

const HOUR = 3_600_000;
const START = Date.parse('2026-12-01T00:00:00Z');
const bundle = writeBundle(tmp.dir);

function inputs(records: string, extra: Partial<MonitorInputs> = {}): MonitorInputs {
  return {
    project: PROJECT,
    records,
    bundle: bundle.folder,
    profileFile: bundle.profile,
    window: { start: START, end: START + 24 * HOUR },
    reportFile: join(tmp.dir, 'report.json'),
    workspace: repoRoot,
    ...extra,
  };
}

function records(name: string, options: Partial<Parameters<typeof writeRecords>[0]> = {}): string {
  const root = join(tmp.dir, name);
  writeRecords({ root, start: START, count: 2400, every: 30_000, ...options });
  return root;
}

const schema = JSON.parse(readFileSync(join(repoRoot, 'schemas', 'monitor-report.schema.json'), 'utf8')) as object;
const validate = new Ajv2020({
  allErrors: true,
  strict: true,
  strictRequired: false,
  strictTypes: false,
  formats: { 'date-time': true },
}).compile(schema);

/** The report must be valid against schemas/monitor-report.schema.json, as JSON (NaN/Infinity would not be). */
function expectValid(report: unknown): void {
  const parsed = JSON.parse(JSON.stringify(report)) as unknown;
  validate(parsed);
  expect(validate.errors ?? []).toEqual([]);
}

describe('monitor', () => {
  it('calls a window like the training data healthy, with every figure from the records', async () => {
    const report = await monitor(inputs(records('healthy')));
    expect(report.verdict).toBe('healthy');
    expect(report.reasons).toEqual([]);
    expect(report.counts.predictions).toBe(2400);
    expect(report.counts.labelled).toBeGreaterThan(1000);
    expect(report.hourly).toHaveLength(24);
    expect(report.hourly.slice(0, 20).every((h) => h.predictions === 120)).toBe(true);
    expect(report.input_drift?.map((d) => d.feature)).toEqual(['sqft', 'bedrooms', 'location']);
    expect(report.input_drift?.every((d) => d.psi < 0.1)).toBe(true);
    const error = report.live_error;
    expect(error?.metric).toBe('rmse');
    expect(error?.ratio).toBeGreaterThan(0.85);
    expect(error?.ratio).toBeLessThan(1.15);
    expect(error?.interval?.low).toBeLessThan(error?.live ?? 0);
    expect(report.coverage?.nominal).toBeCloseTo(0.9, 12);
    expect(Math.abs((report.coverage?.live ?? 0) - 0.9)).toBeLessThan(0.04);
    expectValid(report);
  });

  it('asks for a retrain on strong input drift, naming the drifted features', async () => {
    const report = await monitor(inputs(records('drift', { shift: 2 })));
    expect(report.verdict).toBe('retrain-needed');
    expect(report.retrain_needed).toBe(true);
    const sqft = report.input_drift?.find((d) => d.feature === 'sqft');
    expect(sqft?.level).toBe('retrain');
    expect(sqft?.psi).toBeGreaterThan(1);
    expect(report.reasons[0]).toMatch(/^retrain: input "sqft" drifted from the training data: PSI /);
    expect(report.prediction_drift?.level).toBe('retrain');
    expectValid(report);
  });

  it('asks for a retrain when the live error is well above the test error, without input drift', async () => {
    const report = await monitor(inputs(records('bias', { bias: 40_000 })));
    expect(report.input_drift?.every((d) => d.level === 'ok')).toBe(true);
    expect(report.live_error?.level).toBe('retrain');
    expect(report.live_error?.ratio).toBeGreaterThan(2);
    expect(report.live_error?.interval?.low).toBeGreaterThan(report.live_error?.test ?? Infinity);
    expect(report.coverage?.level).toBe('retrain');
    expect(report.verdict).toBe('retrain-needed');
    expect(report.reasons.some((r) => r.startsWith('retrain: live rmse'))).toBe(true);
  });

  it('calls a few labels a small sample, reported but not deciding', async () => {
    const report = await monitor(inputs(records('few-labels', { bias: 40_000, labelled: 0.005 })));
    expect(report.live_error?.labels).toBeLessThan(30);
    expect(report.live_error?.small_sample).toBe(true);
    expect(report.live_error?.level).toBe('ok');
    expect(report.notes.some((n) => n.includes('a small sample'))).toBe(true);
  });

  it('says insufficient-data below min_predictions, and leaves other versions out', async () => {
    const root = records('few', { count: 40, every: 60_000 });
    writeRecords({ root, start: START + HOUR, count: 500, every: 1000, version: 'house-prices-ffffffffffff', seed: 9 });
    const report = await monitor(inputs(root));
    expect(report.verdict).toBe('insufficient-data');
    expect(report.counts.predictions).toBe(40);
    expect(report.counts.other_versions).toEqual({ 'house-prices-ffffffffffff': 500 });
    expect(report.reasons[0]).toContain('fewer than min_predictions 100');
    expectValid(report);
  });

  it('reads the bundle from its .tar.gz and the profile from the bundle', async () => {
    const withProfile = writeBundle(join(tmp.dir, 'with-profile'), { profile: true });
    const report = await monitor(inputs(records('tarball'), { bundle: withProfile.tarball, profileFile: undefined }));
    expect(report.verdict).toBe('healthy');
    expect(report.profile).toBe(`${withProfile.tarball}: training_profile.json`);
    expect(report.input_drift).toHaveLength(3);
  });

  it('does not check input drift without a profile, and says so', async () => {
    const report = await monitor(inputs(records('no-profile'), { profileFile: undefined }));
    expect(report.input_drift).toBeNull();
    expect(report.notes[0]).toContain('input drift not checked');
    expectValid(report);
  });

  it('counts only the window: records of the listed hours outside it are counted apart', async () => {
    const report = await monitor(inputs(records('partial'), { window: { start: START + 30 * 60_000, end: START + 2 * HOUR } }));
    expect(report.counts.predictions).toBe(180);
    expect(report.counts.outside_window).toBe(60);
  });

  it('names the file and line of a bad record', async () => {
    const root = records('bad');
    const hour = join(root, PROJECT, 'predictions', '2026', '12', '01', '03');
    const file = join(hour, readdirSync(hour)[0] ?? '');
    const bad = { id: 'x', time: '2026-12-01T03:59:00Z', project: PROJECT, model_version: 'v', inputs: {}, prediction: 1, interval: null };
    appendFileSync(file, `${JSON.stringify(bad)}\n`);
    await expect(monitor(inputs(root))).rejects.toThrow(`${file}:121: id: expected 32 lowercase hex digits, found "x"`);
  });

  it('names the file and line of a line that is not JSON', async () => {
    const root = records('bad-json');
    const hour = join(root, PROJECT, 'feedback', '2026', '12', '01', '05');
    const file = join(hour, readdirSync(hour)[0] ?? '');
    appendFileSync(file, '{"prediction_id": \n');
    await expect(monitor(inputs(root))).rejects.toThrow(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: not JSON`));
  });

  it('refuses a prediction given two different actuals, naming both lines', async () => {
    const root = records('two-actuals');
    const early = join(root, PROJECT, 'feedback', '2026', '12', '01', '02');
    const late = join(root, PROJECT, 'feedback', '2026', '12', '01', '07');
    const earlyFile = join(early, readdirSync(early)[0] ?? '');
    const lateFile = join(late, readdirSync(late)[0] ?? '');
    const first = JSON.parse(readFileSync(earlyFile, 'utf8').split('\n')[0] ?? '') as { prediction_id: string; actual: number };
    const lines = readFileSync(lateFile, 'utf8').trimEnd().split('\n').length;
    appendFileSync(lateFile, `${JSON.stringify({ ...first, actual: first.actual + 1 })}\n`);
    await expect(monitor(inputs(root))).rejects.toThrow(
      `${lateFile}:${lines + 1}: prediction_id ${first.prediction_id}: actual ${first.actual + 1}, but ${earlyFile}:1 recorded ${first.actual}; the server accepts one actual per prediction, so the records were changed by hand`,
    );
  });

  it('refuses a bundle of another project', async () => {
    await expect(monitor(inputs(records('other'), { project: 'abalone' }))).rejects.toThrow(
      /is a bundle of project "house-prices", not "abalone"/,
    );
  });
});
