// The data-arrived payload check the training job runs before trusting a repository_dispatch:
// pure cases, and the CLI as the workflow runs it (Node 24 type stripping, GITHUB_OUTPUT).
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { node24Path } from '../src/action-process.js';
import { checkPayload, dataVersion, knownProjects } from '../src/data-arrival-payload.js';
import { repoRoot } from '../src/paths.js';

const BUCKET = 'slipway-data-123456789012';
const SHA = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
const good = {
  project: 'abalone',
  uri: `s3://${BUCKET}/incoming/abalone/abalone-2026-12.csv`,
  version_id: 'IYV3p45BT0ac8hjHg1houSdS1a.Mro8e',
  sha256: SHA,
};
const PROJECTS = ['abalone', 'house-prices'];
const check = (payload: unknown, project = 'abalone') => checkPayload(JSON.stringify(payload), BUCKET, project, PROJECTS);

describe('checkPayload', () => {
  it('accepts a payload the data-arrived Lambda sends', () => {
    const arrival = check({ ...good, manifest: { size: 3 } });
    expect(arrival).toEqual({ project: 'abalone', uri: good.uri, versionId: good.version_id, sha256: SHA });
    expect(dataVersion(arrival)).toBe(`${good.uri} (version ${good.version_id}, sha256 ${SHA})`);
  });

  it.each([
    [{ ...good, project: 'billing' }, 'client_payload.project "billing" is not one of the projects abalone, house-prices'],
    [{ ...good, project: '../abalone' }, 'client_payload.project "../abalone" is not one of the projects'],
    [
      { ...good, uri: 's3://attacker-bucket/incoming/abalone/a.csv' },
      'is not an object s3://slipway-data-123456789012/incoming/abalone/<file>',
    ],
    [{ ...good, uri: `s3://${BUCKET}/incoming/house-prices/a.csv` }, 'client_payload.uri'],
    [{ ...good, uri: `s3://${BUCKET}/incoming/abalone/../secrets.csv` }, 'client_payload.uri'],
    [{ ...good, uri: `s3://${BUCKET}/incoming/abalone/$(curl evil).csv` }, 'client_payload.uri'],
    [{ ...good, uri: `https://${BUCKET}.s3.amazonaws.com/incoming/abalone/a.csv` }, 'client_payload.uri'],
    [{ ...good, sha256: SHA.toUpperCase() }, 'client_payload.sha256'],
    [{ ...good, sha256: undefined }, 'client_payload.sha256 undefined is not 64 lowercase hex digits'],
    [{ ...good, version_id: 'v1; rm -rf /' }, 'client_payload.version_id "v1; rm -rf /" is not an S3 version id'],
    [['not', 'an', 'object'], 'client_payload is not an object'],
  ])('refuses %j', (payload, message) => {
    expect(() => check(payload)).toThrow(message);
  });

  it("refuses another project's payload in this project's job, and a bad DATA_BUCKET", () => {
    expect(() => check(good, 'house-prices')).toThrow('client_payload.project "abalone" is not this job\'s project "house-prices"');
    expect(() => checkPayload(JSON.stringify(good), '', 'abalone', PROJECTS)).toThrow('set the repository variable DATA_BUCKET');
  });

  it('accepts a payload without a version id (an unversioned bucket)', () => {
    expect(check({ ...good, version_id: null }).versionId).toBeNull();
  });

  it("lists the repository's projects", () => {
    expect(knownProjects(repoRoot())).toEqual(expect.arrayContaining(['abalone', 'house-prices']));
  });
});

describe('node runner/src/data-arrival-payload.ts (as the workflow runs it)', () => {
  const run = (payload: unknown) => {
    const dir = mkdtempSync(join(tmpdir(), 'slipway-payload-'));
    const output = join(dir, 'output');
    const summary = join(dir, 'summary');
    const done = spawnSync(node24Path(), ['runner/src/data-arrival-payload.ts'], {
      cwd: repoRoot(),
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        PAYLOAD: JSON.stringify(payload),
        DATA_BUCKET: BUCKET,
        PROJECT: 'abalone',
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: summary,
      },
    });
    const read = (file: string) => {
      try {
        return readFileSync(file, 'utf8');
      } catch {
        return '';
      }
    };
    return { status: done.status, stdout: done.stdout, output: read(output), summary: read(summary) };
  };

  it('writes the checked values as step outputs and names the data version in the summary', () => {
    const result = run(good);
    expect(result.status).toBe(0);
    expect(result.output).toBe(
      `uri=${good.uri}\nversion-id=${good.version_id}\nsha256=${SHA}\ndata-version=${good.uri} (version ${good.version_id}, sha256 ${SHA})\n`,
    );
    expect(result.summary).toContain(`version ${good.version_id}, sha256 ${SHA}`);
  });

  it('fails with ::error:: and writes no output for a tampered payload', () => {
    const result = run({ ...good, uri: 's3://elsewhere/incoming/abalone/a.csv' });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^::error::data-arrived payload refused, nothing was trained: client_payload.uri/);
    expect(result.output).toBe('');
  });
});
