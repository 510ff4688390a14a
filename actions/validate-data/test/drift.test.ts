// Drift against a reference profile written by an earlier run: generated data against itself,
// a shifted population (generate.py --drift), a new category, the contract's thresholds, and
// reference files that cannot be used.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDatasetContract, type DatasetContract } from '@slipway/shared';
import { CheckSettings } from '../src/checks/checks-config.js';
import { addDrift, type CheckedResult } from '../src/checks/drift-check.js';
import { profileDocument, readReferenceProfile, type ProfileDocument } from '../src/statistics/profile-file.js';
import { validateFile } from '../src/validate.js';
import { repoRoot, venvPython } from '../../test-support/paths.js';
import { scratch } from '../../test-support/temp.js';

const tmp = scratch('drift');
afterAll(() => {
  tmp.cleanup();
});

const house = loadDatasetContract(join(repoRoot, 'data', 'house-prices', 'contract.yaml'));

function generate(name: string, args: string[]): string {
  const out = join(tmp.dir, name);
  execFileSync(venvPython, [join(repoRoot, 'data', 'house-prices', 'generate.py'), '--out', out, '--rows', '2000', ...args]);
  return out;
}

/** Validates a file and writes its profile document the way the action does, then reads it back. */
async function profileOf(file: string, contract: DatasetContract = house): Promise<ProfileDocument> {
  const result = await validateFile(file, contract);
  const path = `${file}.profile.json`;
  writeFileSync(path, JSON.stringify(profileDocument(contract.dataset, result)));
  return readReferenceProfile(path, contract);
}

async function driftOf(file: string, reference: ProfileDocument, contract: DatasetContract = house): Promise<CheckedResult> {
  return addDrift(await validateFile(file, contract), reference, CheckSettings.of(contract));
}

const findingsOf = (r: CheckedResult, id: string): [string | undefined, string, string][] =>
  r.findings.filter((f) => f.id === id).map((f) => [f.column, f.severity, f.message]);

let baseline: string;
let reference: ProfileDocument;
beforeAll(async () => {
  baseline = generate('baseline.csv', ['--seed', '42']);
  reference = await profileOf(baseline);
});

describe('drift verdicts', () => {
  it('generated data against its own profile: every column compared, no drift', async () => {
    const result = await driftOf(baseline, reference);
    expect(result.drift?.map((r) => [r.column, r.test, r.psi, r.statistic, r.p_value, r.verdict])).toEqual([
      ['sqft', 'KS', 0, 0, 1, 'ok'],
      ['bedrooms', 'KS', 0, 0, 1, 'ok'],
      ['bathrooms', 'KS', 0, 0, 1, 'ok'],
      ['location', 'chi-square', 0, 0, 1, 'ok'],
      ['condition', 'chi-square', 0, 0, 1, 'ok'],
      ['year_built', 'KS', 0, 0, 1, 'ok'],
      ['price', 'KS', 0, 0, 1, 'ok'],
    ]);
    expect(result.findings).toEqual([]);
    expect(result.passed).toBe(true);
  });

  it('another sample of the same population (seed 7): no drift', async () => {
    const result = await driftOf(generate('same-population.csv', ['--seed', '7']), reference);
    expect(result.drift?.filter((r) => r.verdict !== 'ok')).toEqual([]);
    expect(result.drift?.every((r) => r.psi < 0.05)).toBe(true);
  });

  // The generator makes bigger houses (so more bedrooms and bathrooms) in a pricier market.
  const drifted = (): string => generate('drifted.csv', ['--seed', '7', '--drift', '0.3']);
  const hint = 'check the source or retrain on recent data';

  it('a shifted population (--drift 0.3) drifts on size, rooms and price, with the exact messages', async () => {
    const result = await driftOf(drifted(), reference);
    expect(findingsOf(result, 'drift')).toEqual([
      ['sqft', 'error', `column "sqft" drifted from the reference: PSI 0.755 (≥ 0.25), KS D 0.374, p 1.4e-121; ${hint}`],
      ['bedrooms', 'error', `column "bedrooms" drifted from the reference: PSI 0.453 (≥ 0.25), KS D 0.313, p 3.0e-85; ${hint}`],
      ['bathrooms', 'error', `column "bathrooms" drifted from the reference: PSI 0.369 (≥ 0.25), KS D 0.244, p 2.4e-52; ${hint}`],
      ['price', 'error', `column "price" drifted from the reference: PSI 1.352 (≥ 0.25), KS D 0.480, p 3.9e-200; ${hint}`],
    ]);
    expect(result.drift?.filter((r) => r.verdict === 'ok').map((r) => r.column)).toEqual(['location', 'condition', 'year_built']);
    expect(result.passed).toBe(false);
  });

  it('its KS and chi-square figures agree with scipy on the same profiles', async () => {
    const current = await profileOf(drifted());
    const result = addDrift(await validateFile(drifted(), house), reference, CheckSettings.of(house));
    const pick = (doc: ProfileDocument, name: string): ProfileDocument['columns'][number] | undefined =>
      doc.columns.find((c) => c.name === name);
    const location = Object.keys(pick(reference, 'location')?.categories ?? {});
    const script = [
      'import json, sys',
      'import numpy as np',
      'from scipy import stats',
      'q = json.load(sys.stdin)',
      'ks = stats.ks_2samp(q["ref"], q["cur"], method="asymp")',
      'en = len(q["ref"]) * len(q["cur"]) / (len(q["ref"]) + len(q["cur"]))',
      'chi = stats.chi2_contingency(np.array([q["ref_counts"], q["cur_counts"]]), correction=False)',
      'print(json.dumps([ks.statistic, stats.kstwobign.sf(np.sqrt(en) * ks.statistic), chi.statistic, chi.pvalue]))',
    ].join('\n');
    const input = {
      ref: pick(reference, 'year_built')?.sample,
      cur: pick(current, 'year_built')?.sample,
      ref_counts: location.map((v) => pick(reference, 'location')?.categories?.[v] ?? 0),
      cur_counts: location.map((v) => pick(current, 'location')?.categories?.[v] ?? 0),
    };
    const [d, p, chi2, chiP] = JSON.parse(
      execFileSync(venvPython, ['-c', script], { input: JSON.stringify(input) }).toString(),
    ) as number[];
    const year = result.drift?.find((r) => r.column === 'year_built');
    expect(year?.statistic).toBeCloseTo(d ?? Number.NaN, 12);
    expect(year?.p_value).toBeCloseTo(p ?? Number.NaN, 10);
    const loc = result.drift?.find((r) => r.column === 'location');
    expect(loc?.statistic).toBeCloseTo(chi2 ?? Number.NaN, 10);
    expect(loc?.p_value).toBeCloseTo(chiP ?? Number.NaN, 10);
  });

  it('the contract thresholds decide: psi_error 2 turns the errors into warnings; severity off skips drift', async () => {
    const file = drifted();
    const lenient = await driftOf(file, reference, { ...house, checks: { drift: { psi_warning: 0.5, psi_error: 2 } } });
    expect(findingsOf(lenient, 'drift').map(([c, s]) => [c, s])).toEqual([
      ['sqft', 'warning'],
      ['bedrooms', 'warning'],
      ['bathrooms', 'warning'],
      ['price', 'warning'],
    ]);
    expect(findingsOf(lenient, 'drift')[1]?.[2]).toBe(
      `column "bedrooms" drifted from the reference: PSI 0.453 (< 0.5), KS D 0.313, p 3.0e-85 (p below 0.001); ${hint}`,
    );
    expect(lenient.passed).toBe(true);
    const off = await driftOf(file, reference, { ...house, checks: { drift: { severity: 'off' } } });
    expect(off.drift).toBeNull();
    expect(off.passed).toBe(true);
  });
});

describe('new categories', () => {
  it('a category absent from the reference is drift, listed with its count', async () => {
    const lines = readFileSync(baseline, 'utf8').trimEnd().split('\n');
    const withoutMountain = join(tmp.dir, 'no-mountain.csv');
    writeFileSync(withoutMountain, `${lines.filter((l) => !l.includes(',Mountain,')).join('\n')}\n`);
    const mountains = lines.filter((l) => l.includes(',Mountain,')).length;
    expect(mountains).toBeGreaterThan(0);
    const result = await driftOf(baseline, await profileOf(withoutMountain));
    expect(findingsOf(result, 'drift-new-category')).toEqual([
      [
        'location',
        'error',
        `column "location": category "Mountain" (${mountains}) not in the reference profile; the reference model never saw it — retrain with such rows or check the source`,
      ],
    ]);
    expect(result.drift?.find((r) => r.column === 'location')?.new_categories).toEqual({ Mountain: mountains });
    expect(result.passed).toBe(false);
  });
});

describe('reference profiles that cannot be used', () => {
  const write = (name: string, doc: unknown): string => {
    const path = join(tmp.dir, name);
    writeFileSync(path, typeof doc === 'string' ? doc : JSON.stringify(doc));
    return path;
  };
  const fix = 'give a profile-file written by validate-data (format version 2)';

  it('not JSON', () => {
    const file = write('broken.json', '{"format": ');
    expect(() => readReferenceProfile(file, house)).toThrow(`input reference-profile: ${file}: not a readable JSON file (`);
  });

  it('a profile of the first format (no version)', () => {
    const file = write('v1.json', { dataset: 'house-prices', rows: 3, columns: [] });
    expect(() => readReferenceProfile(file, house)).toThrow(
      `input reference-profile: ${file}: format: expected "slipway-data-profile", found undefined; ${fix}`,
    );
  });

  it('another version, another dataset, a missing column, a changed type, bad bins', () => {
    const edit = (name: string, change: (doc: ProfileDocument) => void): string => {
      const doc = structuredClone(reference);
      change(doc);
      return write(name, doc);
    };
    const version = edit('version.json', (d) => Object.assign(d, { version: 3 }));
    expect(() => readReferenceProfile(version, house)).toThrow(
      `input reference-profile: ${version}: version: expected 2, found 3; regenerate the reference with this validate-data`,
    );
    const dataset = edit('dataset.json', (d) => Object.assign(d, { dataset: 'abalone' }));
    expect(() => readReferenceProfile(dataset, house)).toThrow(
      `input reference-profile: ${dataset}: dataset: the profile is of dataset "abalone", the contract of "house-prices"; give a profile of the same dataset`,
    );
    const missing = edit('missing.json', (d) => d.columns.splice(2, 1));
    expect(() => readReferenceProfile(missing, house)).toThrow(
      `input reference-profile: ${missing}: columns: no profile for contract column "bathrooms"; regenerate the reference with the current contract`,
    );
    const type = edit('type.json', (d) => Object.assign(d.columns[1] ?? {}, { type: 'number' }));
    expect(() => readReferenceProfile(type, house)).toThrow(
      `input reference-profile: ${type}: columns[1].type: "bedrooms" is number in the profile but integer in the contract; regenerate the reference`,
    );
    const bins = edit('bins.json', (d) => d.columns[0]?.histogram?.counts.pop());
    expect(() => readReferenceProfile(bins, house)).toThrow(
      `input reference-profile: ${bins}: columns[0].histogram.counts: expected one count per bin (10); ${fix}`,
    );
  });
});
