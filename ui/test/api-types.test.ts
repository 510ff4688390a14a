// The UI's API types are the OpenAPI document's: the committed generated files must be what the
// server's app generates now (else: `npm run api-types -w ui`), and the client's answers must
// resolve to the document's models (not to `never`, which would make every check vacuous).
// @vitest-environment node
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ApiClient, ApiResult } from '../src/lib/api';
import type { components } from '../src/lib/generated/api';
import { REGENERATE, staleFiles } from '../scripts/api-types';

type Schemas = components['schemas'];
type Ok<T> = Extract<Awaited<T>, { kind: 'ok' }> extends { data: infer D } ? D : never;

describe('generated API types', () => {
  it('are up to date with the server app', async () => {
    const stale = await staleFiles();
    expect(stale, `stale generated files: run \`${REGENERATE}\` and commit them`).toEqual([]);
  }, 60_000);

  it('type each client call with the answer the document declares', () => {
    expectTypeOf<Ok<ReturnType<ApiClient['model']>>>().toEqualTypeOf<Schemas['ModelAnswer']>();
    expectTypeOf<Ok<ReturnType<ApiClient['predict']>>>().toEqualTypeOf<Schemas['PredictAnswer']>();
    expectTypeOf<Ok<ReturnType<ApiClient['predictBatch']>>>().toEqualTypeOf<Schemas['BatchAnswer']>();
    expectTypeOf<Schemas['ModelAnswer']>().not.toBeNever();
    expectTypeOf<Parameters<ApiClient['predict']>[0]>().toEqualTypeOf<Schemas['Features']>();
    expectTypeOf<ApiResult<Schemas['ModelAnswer']>>().not.toBeNever();
  });
});
