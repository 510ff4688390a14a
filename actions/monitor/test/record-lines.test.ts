// The hand-written line checks against the schemas they stand for: on valid and invalid records
// (each a small change to a valid one), ajv with the schema and the fast check must agree.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { repoRoot } from '../../test-support/paths.js';
import { checkFeedback, checkPrediction, RecordLineError } from '../src/record-lines.js';

const ajv = new Ajv2020({
  allErrors: true,
  strict: false,
  formats: { 'date-time': /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/ },
});
const schema = (name: string): object => JSON.parse(readFileSync(join(repoRoot, 'schemas', name), 'utf8')) as object;
const predictionSchema = ajv.compile(schema('prediction-record.schema.json'));
const feedbackSchema = ajv.compile(schema('feedback-record.schema.json'));

const ID = '0123456789abcdef0123456789abcdef';
const prediction = (): Record<string, unknown> => ({
  id: ID,
  time: '2026-12-01T10:20:30.123Z',
  project: 'house-prices',
  model_version: 'house-prices-0123456789ab',
  inputs: { sqft: 1800, location: 'Urban', garage: true, pool: null },
  prediction: 312_000.5,
  interval: { lower: 280_000, upper: 344_000, coverage: 0.9 },
});
const feedback = (): Record<string, unknown> => ({
  prediction_id: ID,
  time: '2026-12-01T11:00:00.000Z',
  project: 'house-prices',
  actual: 305_000,
});

type Change = [string, (r: Record<string, unknown>) => void];
const predictionChanges: Change[] = [
  ['as written', () => undefined],
  ['no interval', (r) => (r.interval = null)],
  ['out_of_profile listed', (r) => (r.out_of_profile = ['sqft'])],
  ['a time without milliseconds', (r) => (r.time = '2026-12-01T10:20:30Z')],
  ['a time with an offset', (r) => (r.time = '2026-12-01T10:20:30.5+02:00')],
  ['the next second in the same minute', (r) => (r.time = '2026-12-01T10:20:31.000Z')],
  ['an unknown field', (r) => (r.extra = 1)],
  ['no id', (r) => delete r.id],
  ['an uppercase id', (r) => (r.id = ID.toUpperCase())],
  ['a short id', (r) => (r.id = ID.slice(1))],
  ['a numeric id', (r) => (r.id = 12)],
  ['no time', (r) => delete r.time],
  ['a time as a number', (r) => (r.time = 1_764_584_430_123)],
  ['a date only', (r) => (r.time = '2026-12-01')],
  ['a time without a zone', (r) => (r.time = '2026-12-01T10:20:30.123')],
  ['no project', (r) => delete r.project],
  ['a project name in capitals', (r) => (r.project = 'House')],
  ['no model_version', (r) => delete r.model_version],
  ['a numeric model_version', (r) => (r.model_version = 3)],
  ['no inputs', (r) => delete r.inputs],
  ['inputs as a list', (r) => (r.inputs = [1, 2])],
  ['an input as an object', (r) => (r.inputs = { sqft: { value: 1 } })],
  ['an input as a list', (r) => (r.inputs = { sqft: [1] })],
  ['no prediction', (r) => delete r.prediction],
  ['a prediction as text', (r) => (r.prediction = '312000')],
  ['no interval field', (r) => delete r.interval],
  ['an interval without coverage', (r) => (r.interval = { lower: 1, upper: 2 })],
  ['an interval with an extra field', (r) => (r.interval = { lower: 1, upper: 2, coverage: 0.9, width: 1 })],
  ['an interval coverage of 1', (r) => (r.interval = { lower: 1, upper: 2, coverage: 1 })],
  ['an interval bound as text', (r) => (r.interval = { lower: '1', upper: 2, coverage: 0.9 })],
  ['out_of_profile as text', (r) => (r.out_of_profile = 'sqft')],
  ['out_of_profile with a number', (r) => (r.out_of_profile = [1])],
  ['a list', (r) => Object.assign(r, { __list: true })],
];
const feedbackChanges: Change[] = [
  ['as written', () => undefined],
  ['with model_version', (r) => (r.model_version = 'house-prices-0123456789ab')],
  ['an unknown field', (r) => (r.extra = 1)],
  ['no prediction_id', (r) => delete r.prediction_id],
  ['a prediction_id with a dash', (r) => (r.prediction_id = `${ID.slice(0, 31)}-`)],
  ['no time', (r) => delete r.time],
  ['a bad time', (r) => (r.time = 'yesterday')],
  ['another project', (r) => (r.project = 'a b')],
  ['no actual', (r) => delete r.actual],
  ['an actual as text', (r) => (r.actual = '305000')],
  ['a numeric model_version', (r) => (r.model_version = 1)],
];

/** The record as its JSON line gives it (a "list" change makes it an array). */
const asParsed = (r: Record<string, unknown>): unknown => (r.__list === true ? [r.id] : (JSON.parse(JSON.stringify(r)) as unknown));

function accepts(check: () => void): boolean {
  try {
    check();
    return true;
  } catch (error) {
    if (!(error instanceof RecordLineError)) throw error;
    expect(error.message).toMatch(/^f\.jsonl:7: /);
    return false;
  }
}

describe('record line checks agree with the schemas', () => {
  it.each(predictionChanges)('prediction record: %s', (_, change) => {
    const record = prediction();
    change(record);
    const value = asParsed(record);
    const key = new Uint32Array(4);
    expect(accepts(() => checkPrediction(value, 'house-prices', { file: 'f.jsonl', line: 7 }, key))).toBe(predictionSchema(value));
  });

  it.each(feedbackChanges)('feedback record: %s', (_, change) => {
    const record = feedback();
    change(record);
    const value = asParsed(record);
    expect(
      accepts(() => {
        checkFeedback(value, 'house-prices', { file: 'f.jsonl', line: 7 }, new Uint32Array(4));
      }),
    ).toBe(feedbackSchema(value));
  });

  it('leaves the id as its 16 bytes for the label table', () => {
    const key = new Uint32Array(4);
    checkPrediction(prediction(), 'house-prices', { file: 'f.jsonl', line: 1 }, key);
    expect(Array.from(key)).toEqual([0x01234567, 0x89abcdef, 0x01234567, 0x89abcdef]);
  });
});
