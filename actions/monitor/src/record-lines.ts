// Checks each JSON line of a records file against its schema (schemas/prediction-record.schema.json,
// schemas/feedback-record.schema.json), field by field, so a bad line is an error naming
// file:line, the field and what was expected. Written by hand rather than with a validator:
// a million lines must read in seconds (docs/benchmarks-monitor.md).

import type { FeedbackRecord as FeedbackLine, PredictionRecord as PredictionLine } from '@slipway/shared';

export type Interval = NonNullable<PredictionLine['interval']>;
/** A line of schemas/prediction-record.schema.json as read: `time` in milliseconds since the epoch. */
export type PredictionRecord = Omit<PredictionLine, 'time' | 'out_of_profile'> & { time: number };
/** A line of schemas/feedback-record.schema.json as read: `time` in milliseconds since the epoch. */
export type FeedbackRecord = Omit<FeedbackLine, 'time' | 'model_version'> & { time: number };

export class RecordLineError extends Error {}

/** The line being read: one object per file, updated per line, so no text is built unless a line is bad. */
export interface Where {
  file: string;
  line: number;
}

export const whereText = (at: Where): string => `${at.file}:${at.line}`;

const ID = /^[0-9a-f]{32}$/;
const PROJECT = /^[a-z][a-z0-9-]{0,30}$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;
const PREDICTION_KEYS = new Set(['id', 'time', 'project', 'model_version', 'inputs', 'prediction', 'interval', 'out_of_profile']);
const FEEDBACK_KEYS = new Set(['prediction_id', 'time', 'project', 'model_version', 'actual']);
const INTERVAL_KEYS = new Set(['lower', 'upper', 'coverage']);
const SCHEMA = { predictions: 'schemas/prediction-record.schema.json', feedback: 'schemas/feedback-record.schema.json' };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Calls back with each line's parsed object and its 1-based number; a blank line only at the end. */
export function forEachLine(text: string, where: string, each: (value: unknown, line: number) => void): void {
  let start = 0;
  let line = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    line += 1;
    const raw = text.slice(start, end);
    start = end + 1;
    if (raw.trim() === '') {
      if (text.slice(start).trim() === '') return;
      throw new RecordLineError(`${where}:${line}: empty line inside the file; every line is one JSON record`);
    }
    let value: unknown;
    try {
      value = JSON.parse(raw) as unknown;
    } catch (error) {
      throw new RecordLineError(`${where}:${line}: not JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    each(value, line);
  }
}

function fail(where: Where, field: string, problem: string, kind: keyof typeof SCHEMA): never {
  throw new RecordLineError(`${whereText(where)}: ${field}: ${problem} (see ${SCHEMA[kind]})`);
}

function checkKeys(value: Json, allowed: Set<string>, required: string[], where: Where, kind: keyof typeof SCHEMA): void {
  for (const key in value) if (!allowed.has(key)) fail(where, key, 'unknown field', kind);
  for (const key of required) if (!(key in value)) fail(where, key, 'missing', kind);
}

/** The last minute parsed: records come in time order, so most share it with the one before. */
let lastMinute = '';
let lastMinuteMs = Number.NaN;

const digit = (s: string, i: number): number => s.charCodeAt(i) - 48;

/** Date.parse, with a fast path for the writer's own form YYYY-MM-DDTHH:MM:SS.sssZ. */
function timeOf(value: string): number {
  if (value.length !== 24 || value[19] !== '.' || value[23] !== 'Z') return Date.parse(value);
  const minute = value.slice(0, 16);
  if (minute !== lastMinute) {
    lastMinute = minute;
    lastMinuteMs = Date.parse(`${minute}:00Z`);
  }
  const seconds = digit(value, 17) * 10 + digit(value, 18);
  const millis = digit(value, 20) * 100 + digit(value, 21) * 10 + digit(value, 22);
  return seconds < 60 ? lastMinuteMs + seconds * 1000 + millis : Number.NaN;
}

function parseTime(value: unknown, where: Where, kind: keyof typeof SCHEMA): number {
  const time = typeof value === 'string' && RFC3339.test(value) ? timeOf(value) : Number.NaN;
  if (!Number.isFinite(time)) fail(where, 'time', `expected an RFC 3339 time, found ${JSON.stringify(value)}`, kind);
  return time;
}

function checkProject(value: unknown, project: string, where: Where, kind: keyof typeof SCHEMA): void {
  if (typeof value !== 'string' || !PROJECT.test(value))
    fail(where, 'project', `expected a project name, found ${JSON.stringify(value)}`, kind);
  if (value !== project) fail(where, 'project', `"${value}" in the records of project "${project}"; the file is in the wrong folder`, kind);
}

function parseInterval(value: unknown, where: Where): Interval | null {
  if (value === null) return null;
  if (!isObject(value)) fail(where, 'interval', 'expected null or {lower, upper, coverage}', 'predictions');
  checkKeys(value, INTERVAL_KEYS, ['lower', 'upper', 'coverage'], where, 'predictions');
  const { lower, upper, coverage } = value;
  if (!isNumber(lower) || !isNumber(upper)) fail(where, 'interval', 'lower and upper must be numbers', 'predictions');
  if (!isNumber(coverage) || coverage <= 0 || coverage >= 1)
    fail(where, 'interval.coverage', 'expected a number between 0 and 1', 'predictions');
  return { lower, upper, coverage };
}

function checkInputs(value: unknown, where: Where): asserts value is PredictionRecord['inputs'] {
  if (!isObject(value)) fail(where, 'inputs', 'expected an object of feature values', 'predictions');
  for (const key in value) {
    const v = value[key];
    if (v !== null && typeof v !== 'string' && typeof v !== 'boolean' && !isNumber(v)) {
      fail(where, `inputs.${key}`, `expected a number, string, boolean or null, found ${JSON.stringify(v)}`, 'predictions');
    }
  }
}

export function parsePrediction(value: unknown, project: string, where: Where): PredictionRecord {
  if (!isObject(value)) fail(where, '(root)', 'expected a JSON object', 'predictions');
  checkKeys(value, PREDICTION_KEYS, ['id', 'time', 'project', 'model_version', 'inputs', 'prediction', 'interval'], where, 'predictions');
  const { id, model_version, inputs, prediction, out_of_profile } = value;
  if (typeof id !== 'string' || !ID.test(id))
    fail(where, 'id', `expected 32 lowercase hex digits, found ${JSON.stringify(id)}`, 'predictions');
  const time = parseTime(value.time, where, 'predictions');
  checkProject(value.project, project, where, 'predictions');
  if (typeof model_version !== 'string') fail(where, 'model_version', 'expected a string', 'predictions');
  checkInputs(inputs, where);
  if (!isNumber(prediction)) fail(where, 'prediction', `expected a number, found ${JSON.stringify(prediction)}`, 'predictions');
  if (out_of_profile !== undefined && !(Array.isArray(out_of_profile) && out_of_profile.every((x) => typeof x === 'string'))) {
    fail(where, 'out_of_profile', 'expected a list of feature names', 'predictions');
  }
  return { id, time, project, model_version, inputs, prediction, interval: parseInterval(value.interval, where) };
}

export function parseFeedback(value: unknown, project: string, where: Where): FeedbackRecord {
  if (!isObject(value)) fail(where, '(root)', 'expected a JSON object', 'feedback');
  checkKeys(value, FEEDBACK_KEYS, ['prediction_id', 'time', 'project', 'actual'], where, 'feedback');
  const { prediction_id, actual, model_version } = value;
  if (typeof prediction_id !== 'string' || !ID.test(prediction_id)) {
    fail(where, 'prediction_id', `expected 32 lowercase hex digits, found ${JSON.stringify(prediction_id)}`, 'feedback');
  }
  const time = parseTime(value.time, where, 'feedback');
  checkProject(value.project, project, where, 'feedback');
  if (model_version !== undefined && typeof model_version !== 'string') fail(where, 'model_version', 'expected a string', 'feedback');
  if (!isNumber(actual)) fail(where, 'actual', `expected a number, found ${JSON.stringify(actual)}`, 'feedback');
  return { prediction_id, time, project, actual };
}
