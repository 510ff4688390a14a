// record-images.sh: digests checked, outputs written, and the job summary listing every tag.
import { describe, expect, it } from '@jest/globals';
import { MODEL_VERSION, SHA } from './fixtures.js';
import { runScript } from './script-runner.js';

const REGISTRY = '123456789012.dkr.ecr.eu-west-1.amazonaws.com';
const API = `${REGISTRY}/slipway/inference-api`;
const UI = `${REGISTRY}/slipway/ui`;
const MODEL_TAG = `${MODEL_VERSION}-3f78685`;
// Digests of two different images, shaped as docker/build-push-action reports them.
const API_DIGEST = 'sha256:9b2a1c0d8e7f60514233a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9';
const UI_DIGEST = 'sha256:0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0';

function record(env: Record<string, string> = {}) {
  return runScript('record-images.sh', {
    API_NAME: API,
    UI_NAME: UI,
    API_IMAGE: `${API}:${MODEL_TAG}`,
    UI_IMAGE: `${UI}:${SHA}`,
    API_TAGS: `${API}:${MODEL_TAG}\n${API}:${SHA}`,
    UI_TAGS: `${UI}:${SHA}`,
    API_DIGEST,
    UI_DIGEST,
    MODEL_VERSION,
    GIT_SHA: SHA,
    ATTEST: 'true',
    ...env,
  });
}

describe('record-images.sh', () => {
  it('writes the images, digests and digest-pinned references', () => {
    const result = record();
    expect(result.status).toBe(0);
    expect(result.outputs).toEqual({
      'api-image': `${API}:${MODEL_TAG}`,
      'ui-image': `${UI}:${SHA}`,
      'api-digest': API_DIGEST,
      'ui-digest': UI_DIGEST,
      'api-image-ref': `${API}@${API_DIGEST}`,
      'ui-image-ref': `${UI}@${UI_DIGEST}`,
    });
  });

  it('summarises every tag with its digest and the provenance step', () => {
    expect(record().summary).toBe(
      [
        '## build-push: images pushed',
        '',
        `Model \`${MODEL_VERSION}\`, commit \`${SHA}\`. Build provenance: attested next (actions/attest-build-provenance, pushed to the registry).`,
        '',
        '| image | tag | digest |',
        '| --- | --- | --- |',
        `| API | \`${API}:${MODEL_TAG}\` | \`${API_DIGEST}\` |`,
        `| API | \`${API}:${SHA}\` | \`${API_DIGEST}\` |`,
        `| UI | \`${UI}:${SHA}\` | \`${UI_DIGEST}\` |`,
        '',
        `Deploy by digest: \`${API}@${API_DIGEST}\` and \`${UI}@${UI_DIGEST}\`.`,
        '',
      ].join('\n'),
    );
  });

  it('says when provenance is not attested', () => {
    expect(record({ ATTEST: 'false' }).summary).toContain('Build provenance: not attested (input attest is false).');
  });

  it.each([
    ['empty (the push did not happen)', ''],
    ['without the algorithm', API_DIGEST.slice('sha256:'.length)],
    ['truncated', API_DIGEST.slice(0, 20)],
  ])('refuses an API digest that is %s, writing nothing', (_label, digest) => {
    const result = record({ API_DIGEST: digest });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `error: the build of ${API}:${MODEL_TAG} reported digest "${digest}", not sha256:<64 hex> — the push did not complete; see the build step's log\n`,
    );
    expect(result.outputs).toEqual({});
    expect(result.summary).toBe('');
  });

  it('refuses to run when an earlier step handed over nothing', () => {
    expect(record({ UI_TAGS: '' }).stderr).toBe(
      'error: UI_TAGS is empty — the earlier build-push steps did not hand it over; rerun the job\n',
    );
  });
});
