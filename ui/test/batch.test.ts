import { describe, expect, it } from 'vitest';
import { ApiClient } from '../src/lib/api';
import { predictLines, predictionsCsv, readBatchCsv } from '../src/lib/batch';
import { features, json, scriptedFetch, sentRows } from './fixtures';

const header = 'sqft,bedrooms,bathrooms,location,condition,year_built,price';
const good = (sqft: number) => `${sqft},3,2,Suburb,Good,1995,300000`;
const interval = (value: number) => ({ lower: value - 10, upper: value + 10, coverage: 0.9 });

describe('readBatchCsv', () => {
  it('reads good rows with their line and reports bad rows by line', () => {
    const text = [header, good(1800), '50,3,2,Moon,Good,1995,1', '1200,3', good(2400)].join('\n');
    const file = readBatchCsv('houses.csv', text, features());
    expect(file).toEqual({
      ok: true,
      rows: [
        { line: 2, values: { sqft: 1800, bedrooms: 3, bathrooms: 2, location: 'Suburb', condition: 'Good', year_built: 1995 } },
        { line: 5, values: { sqft: 2400, bedrooms: 3, bathrooms: 2, location: 'Suburb', condition: 'Good', year_built: 1995 } },
      ],
      bad: [
        {
          line: 3,
          messages: [
            'sqft must be between 400 and 10000; got 50',
            'location must be one of Downtown, Urban, Suburb, Rural, Waterfront, Mountain; got "Moon"',
          ],
        },
        { line: 4, messages: ['has 2 fields; the header has 7'] },
      ],
      ignoredColumns: ['price'],
    });
  });

  it('refuses a header without every feature, naming the missing columns', () => {
    expect(readBatchCsv('x.csv', 'sqft,bedrooms\n1,2', features())).toEqual({
      ok: false,
      message: 'x.csv: line 1: the header lacks bathrooms, location, condition, year_built; add these columns',
    });
  });

  it('refuses an empty file, a header alone and a broken quote', () => {
    expect(readBatchCsv('e.csv', '', features())).toEqual({
      ok: false,
      message: 'e.csv: the file is empty; upload a CSV with a header row and at least one row',
    });
    expect(readBatchCsv('h.csv', header, features())).toEqual({
      ok: false,
      message: 'h.csv: no rows after the header; add at least one row',
    });
    expect(readBatchCsv('q.csv', `${header}\n"1800,3`, features())).toEqual({
      ok: false,
      message: 'q.csv: line 2: a quoted field is never closed; add the closing double quote',
    });
  });
});

describe('predictLines', () => {
  const rows = [1800, 2000, 2200].map((sqft, i) => ({ line: i + 2, values: { sqft } }));

  it('sends rows in chunks of the batch limit and keeps their order', async () => {
    const { fetcher, requests } = scriptedFetch([
      json(200, {
        predictions: [
          { prediction: 1, interval: interval(1) },
          { prediction: 2, interval: interval(2) },
        ],
        model_version: 'v1',
      }),
      json(200, { predictions: [{ prediction: 3, interval: interval(3) }], model_version: 'v1' }),
    ]);
    const outcome = await predictLines(new ApiClient('', fetcher), rows, 2);
    expect(requests.map((request) => sentRows(request).length)).toEqual([2, 1]);
    expect(outcome).toEqual({
      kind: 'ok',
      modelVersion: 'v1',
      bad: [],
      predicted: rows.map((row, i) => ({ ...row, prediction: i + 1, interval: interval(i + 1) })),
    });
  });

  it("turns the API's 422 for a row into a bad line and resends the rest", async () => {
    const { fetcher, requests } = scriptedFetch([
      json(422, {
        detail: '1 invalid field',
        errors: [{ row: 1, field: 'sqft', message: 'sqft must be between 400 and 10000; got 2000' }],
      }),
      json(200, {
        predictions: [
          { prediction: 1, interval: interval(1) },
          { prediction: 3, interval: interval(3) },
        ],
        model_version: 'v1',
      }),
    ]);
    const outcome = await predictLines(new ApiClient('', fetcher), rows, 10);
    expect(sentRows(requests[1])).toEqual([{ sqft: 1800 }, { sqft: 2200 }]);
    expect(outcome).toMatchObject({
      kind: 'ok',
      bad: [{ line: 3, messages: ['sqft must be between 400 and 10000; got 2000'] }],
      predicted: [
        { line: 2, prediction: 1 },
        { line: 4, prediction: 3 },
      ],
    });
  });

  it('stops with the failure when the API cannot answer', async () => {
    const { fetcher } = scriptedFetch([json(503, { detail: 'no model loaded', errors: [] })]);
    expect(await predictLines(new ApiClient('', fetcher), rows, 10)).toEqual({ kind: 'not-ready', detail: 'no model loaded' });
  });
});

describe('predictionsCsv', () => {
  it('writes line, features, prediction and interval', () => {
    const predicted = [
      {
        line: 2,
        values: { sqft: 1800, bedrooms: 3, bathrooms: 2, location: 'Suburb', condition: 'Good', year_built: 1995 },
        prediction: 312345.6,
        interval: interval(312345.6),
      },
    ];
    expect(predictionsCsv(features(), predicted, 'price')).toBe(
      'line,sqft,bedrooms,bathrooms,location,condition,year_built,price,lower,upper,coverage\r\n2,1800,3,2,Suburb,Good,1995,312345.6,312335.6,312355.6,0.9\r\n',
    );
  });
});
