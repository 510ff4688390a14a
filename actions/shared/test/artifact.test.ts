// uploadFileArtifact against the artifact service as a runner sees it, intercepted by nock:
// the results service's Twirp API (CreateArtifact, FinalizeArtifact; JSON bodies as
// actions/upload-artifact v4 receives them) and the zip's PUTs to the signed Azure blob URL.
// The service has no local stand-in, so the calls are asserted one by one.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import nock from 'nock';
import { useRecordedGitHub } from '../../test-support/nock-isolation.js';
import { scratch } from '../../test-support/temp.js';
import { artifactUrl, uploadFileArtifact } from '../src/artifact.js';

useRecordedGitHub();

const RESULTS = 'https://results-receiver.actions.githubusercontent.com';
const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService';
const BLOB = 'https://productionresultssa3.blob.core.windows.net';
const blobPath =
  '/actions-results/6c2e1f6a-4f0b-4d8e-9a5c-2b7e0d1c9f34/workflow-job-run-0a9b8c7d-6e5f-5a4b-3c2d-1e0f9a8b7c6d/artifacts/b7d1f0c3e2a94d5f.zip';
const runBackend = 'ce7f54c7-61c7-4aae-887f-30da475f5f1a';
const jobBackend = 'ca395085-040a-526b-2ce8-bdc85f692774';
// The runner's ACTIONS_RUNTIME_TOKEN is a JWT whose scp names the run and job backend ids.
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const runtimeToken = `${b64({ typ: 'JWT', alg: 'RS256' })}.${b64({ scp: `Actions.GenericRead:9 Actions.Results:${runBackend}:${jobBackend}`, iss: 'vstoken.actions.githubusercontent.com' })}.c2lnbmF0dXJl`;

const tmp = scratch('artifact');
const saved = { ...process.env };
beforeEach(() => {
  Object.assign(process.env, { ACTIONS_RUNTIME_TOKEN: runtimeToken, ACTIONS_RESULTS_URL: `${RESULTS}/` });
});
afterEach(() => {
  process.env = { ...saved };
});

describe('uploadFileArtifact', () => {
  it('creates the artifact, PUTs the zip to the signed URL, finalizes it, and returns its id and page', async () => {
    const file = tmp.write('bundles/house-prices-83a4aa653ee8.tar.gz', 'a model bundle tarball stands here\n'.repeat(40));
    const twirp: { method: string; body: Record<string, unknown> }[] = [];
    nock(RESULTS)
      .post(`${TWIRP}/CreateArtifact`, (body: Record<string, unknown>) => {
        twirp.push({ method: 'CreateArtifact', body });
        return true;
      })
      .reply(200, {
        ok: true,
        signed_upload_url: `${BLOB}${blobPath}?sv=2023-11-03&se=2026-12-06T18%3A30%3A00Z&sr=b&sp=cw&sig=c2lnbmF0dXJl`,
      });
    const puts: { query: string; data: Buffer }[] = [];
    nock(BLOB)
      .persist()
      .put(blobPath)
      .query(true)
      .reply(function (uri, body) {
        // nock hands a binary body over as hex.
        const text = body as string;
        const data = /^(?:[0-9a-f]{2})+$/.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text);
        puts.push({ query: new URL(uri, BLOB).searchParams.get('comp') ?? '', data });
        return [201, '', { 'x-ms-request-id': 'f1e2d3c4-0000-0000-0000-000000000000', 'x-ms-version': '2025-05-05', 'content-md5': '' }];
      });
    nock(RESULTS)
      .post(`${TWIRP}/FinalizeArtifact`, (body: Record<string, unknown>) => {
        twirp.push({ method: 'FinalizeArtifact', body });
        return true;
      })
      .reply(200, { ok: true, artifact_id: '2233445566' });

    const uploaded = await uploadFileArtifact({
      name: 'model-bundle-house-prices',
      file,
      retentionDays: 30,
      env: { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'slipway-demo/slipway', GITHUB_RUN_ID: '19602233145' },
    });

    expect(uploaded).toMatchObject({
      id: 2233445566,
      name: 'model-bundle-house-prices',
      url: 'https://github.com/slipway-demo/slipway/actions/runs/19602233145/artifacts/2233445566',
    });
    expect(twirp.map((t) => t.method)).toEqual(['CreateArtifact', 'FinalizeArtifact']);
    expect(twirp[0]?.body).toMatchObject({
      workflow_run_backend_id: runBackend,
      workflow_job_run_backend_id: jobBackend,
      name: 'model-bundle-house-prices',
      version: 7,
    });
    expect(typeof twirp[0]?.body.expires_at).toBe('string');
    expect(twirp[1]?.body).toMatchObject({ name: 'model-bundle-house-prices', size: String(uploaded.size) });
    expect(String(twirp[1]?.body.hash)).toMatch(/^sha256:[0-9a-f]{64}$/);
    // The zip goes up as staged blocks, then the block list commits them.
    expect(puts.at(-1)?.query).toBe('blocklist');
    expect(puts.slice(0, -1).every((p) => p.query === 'block')).toBe(true);
    const zip = Buffer.concat(puts.filter((p) => p.query === 'block').map((p) => p.data));
    expect(zip.length).toBe(uploaded.size);
    expect(zip.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04])); // a zip's local file header
    expect(zip.includes(Buffer.from('house-prices-83a4aa653ee8.tar.gz'))).toBe(true);
    expect(puts.at(-1)?.data.toString()).toContain('<BlockList>');
  });

  it('fails when the service refuses to create the artifact (a name already used in the run)', async () => {
    const file = tmp.write('report.json', '{}');
    nock(RESULTS)
      .post(`${TWIRP}/CreateArtifact`)
      .reply(409, { code: 'already_exists', msg: 'an artifact with this name already exists on the workflow run' });
    await expect(uploadFileArtifact({ name: 'pr-report-house-prices', file })).rejects.toThrow(
      'Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run',
    );
  });

  it('builds the artifact page only when the run is known', () => {
    expect(artifactUrl({ GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '7' }, 9)).toBe('https://github.com/o/r/actions/runs/7/artifacts/9');
    expect(artifactUrl({}, 9)).toBeUndefined();
  });
});
