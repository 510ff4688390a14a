import { describe, expect, it } from 'vitest';
import { ApiClient } from '../src/lib/api';
import { json, modelInfo, scriptedFetch } from './fixtures';

describe('ApiClient', () => {
  it('returns the model metadata as ok', async () => {
    const { fetcher, requests } = scriptedFetch([json(200, modelInfo())]);
    const result = await new ApiClient('', fetcher).model();
    expect(result).toEqual({ kind: 'ok', data: modelInfo() });
    expect(requests[0]?.url).toBe('/api/v1/model');
  });

  it('posts the features as JSON for one prediction', async () => {
    const answer = { prediction: 1, interval: { lower: 0, upper: 2, coverage: 0.9 }, model_version: 'v', unit: 'USD' };
    const { fetcher, requests } = scriptedFetch([json(200, answer)]);
    const result = await new ApiClient('http://api', fetcher).predict({ sqft: 1800, location: 'Suburb' });
    expect(result).toEqual({ kind: 'ok', data: answer });
    expect(requests[0]?.url).toBe('http://api/api/v1/predict');
    expect(requests[0]?.init?.method).toBe('POST');
    expect(requests[0]?.body).toEqual({ features: { sqft: 1800, location: 'Suburb' } });
    expect(requests[0]?.init?.headers).toMatchObject({ 'Content-Type': 'application/json' });
  });

  it('reports a network failure as unreachable, naming the URL', async () => {
    const { fetcher } = scriptedFetch([new TypeError('Failed to fetch')]);
    const result = await new ApiClient('', fetcher).model();
    expect(result).toEqual({ kind: 'unreachable', detail: 'No answer from /api/v1/model: Failed to fetch' });
  });

  it("reports the proxy's 502 as unreachable with its detail", async () => {
    const { fetcher } = scriptedFetch([json(502, { detail: 'API unreachable at http://127.0.0.1:8000: ECONNREFUSED', errors: [] })]);
    expect(await new ApiClient('', fetcher).model()).toEqual({
      kind: 'unreachable',
      detail: 'API unreachable at http://127.0.0.1:8000: ECONNREFUSED',
    });
  });

  it('reports 503 as not ready with the reason', async () => {
    const { fetcher } = scriptedFetch([json(503, { detail: 'no model loaded: bundle /b lacks model.joblib', errors: [] })]);
    expect(await new ApiClient('', fetcher).predict({})).toEqual({
      kind: 'not-ready',
      detail: 'no model loaded: bundle /b lacks model.joblib',
    });
  });

  it('keeps every field error of a 422', async () => {
    const errors = [
      { row: null, field: 'sqft', message: 'sqft must be between 400 and 10000; got 50' },
      { row: 2, field: 'location', message: 'location must be one of A, B; got "Moon"' },
      { nonsense: true },
    ];
    const { fetcher } = scriptedFetch([json(422, { detail: '2 invalid fields', errors })]);
    expect(await new ApiClient('', fetcher).predict({})).toEqual({
      kind: 'invalid',
      detail: '2 invalid fields',
      errors: errors.slice(0, 2),
    });
  });

  it('passes other errors on with their status and detail', async () => {
    const { fetcher } = scriptedFetch([json(413, { detail: '1001 rows; the limit is 1000', errors: [] })]);
    expect(await new ApiClient('', fetcher).predictBatch([])).toEqual({
      kind: 'error',
      status: 413,
      detail: '1001 rows; the limit is 1000',
    });
  });

  it('says so when the answer is not JSON', async () => {
    const { fetcher } = scriptedFetch([new Response('<html>oops</html>', { status: 500 })]);
    expect(await new ApiClient('', fetcher).model()).toEqual({
      kind: 'error',
      status: 500,
      detail: '/api/v1/model answered 500 with a body that is not JSON',
    });
  });
});
