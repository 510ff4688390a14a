// The profile kept in the production record: thinned only as far as the payload budget needs.
import { describe, expect, it } from '@jest/globals';
import { compactProfile, PAYLOAD_BUDGET_BYTES, parseDataProfileRef, thinSorted } from '../src/data-profile.js';

const ascending = (n: number, scale = 1): number[] => Array.from({ length: n }, (_, i) => Math.round(i * scale * 1000.123) / 1000);
// A column profile as validate-data writes it: every field, null where it does not apply.
const column = (fields: object) => ({
  count: 5000,
  nulls: 0,
  min: null,
  max: null,
  mean: null,
  std: null,
  histogram: null,
  categories: null,
  distinct: 0,
  sample: null,
  ...fields,
});
const profileOf = (columns: object[]) =>
  JSON.stringify({
    format: 'slipway-data-profile',
    version: 2,
    dataset: 'house-prices',
    rows: 5000,
    sha256: 'f'.repeat(64),
    sample_rows: 50000,
    columns: columns.map(column),
  });

describe('thinSorted', () => {
  it('keeps evenly spaced order statistics, the first and last included', () => {
    expect(thinSorted([1, 2, 3, 4, 5, 6, 7, 8, 9], 3)).toEqual([1, 5, 9]);
    expect(thinSorted([1, 2], 5)).toEqual([1, 2]);
  });
});

describe('compactProfile', () => {
  it('keeps a small profile whole', () => {
    const text = profileOf([{ name: 'sqft', type: 'number', sample: ascending(100) }]);
    const ref = compactProfile(text, 'p.json', { project: 'house-prices' });
    expect(ref?.sample_limit).toBeNull();
    expect(ref?.profile).toEqual(JSON.parse(text));
  });

  it('thins every numeric sample to the largest size that fits the budget', () => {
    const columns = ['sqft', 'bedrooms', 'bathrooms', 'year_built', 'price'].map((name) => ({
      name,
      type: 'number',
      sample: ascending(5000, 7),
    }));
    const ref = compactProfile(
      profileOf([...columns, { name: 'location', type: 'category', categories: { Urban: 3 }, sample: null }]),
      'p.json',
      {},
    );
    expect(ref?.sample_limit).toBe(1000);
    expect(Buffer.byteLength(JSON.stringify({ data_profile: ref }))).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
    const sqft = (ref?.profile.columns as { sample: number[] }[])[0]?.sample ?? [];
    expect([sqft.length, sqft[0], sqft.at(-1)]).toEqual([1000, 0, ascending(5000, 7).at(-1)]);
  });

  it('gives up (undefined) when even the thinnest samples do not fit', () => {
    const categories = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`category-value-${i}`, i]));
    expect(compactProfile(profileOf([{ name: 'street', type: 'category', categories }]), 'p.json', {})).toBeUndefined();
  });

  it('rejects a file of another version, naming it', () => {
    expect(() => compactProfile(JSON.stringify({ format: 'slipway-data-profile', version: 1 }), 'input profile-file: p.json', {})).toThrow(
      'input profile-file: p.json: version: expected 2, found 1; regenerate it with this validate-data',
    );
    expect(() => compactProfile(profileOf([{ name: 'sqft', type: 'number', sample: 'none' }]), 'p.json', {})).toThrow(
      'p.json: columns[0].sample: must be array,null',
    );
  });

  it('reads a record back only with a well-formed reference', () => {
    expect(() => parseDataProfileRef({ sha256: 'x', sample_limit: null, profile: {} }, 'deployment 1 payload.data_profile')).toThrow(
      'deployment 1 payload.data_profile.sha256: expected 64 hex digits',
    );
  });
});
