// Checks each JSON line of a records file against its schema (schemas/prediction-record.schema.json,
// schemas/feedback-record.schema.json), field by field, so a bad line is an error naming
// file:line, the field and what was expected. Written by hand rather than with a validator:
// a million lines must read in seconds (docs/benchmarks-monitor.md). test/record-lines.test.ts
// checks that these checks and the schemas (through ajv) accept and refuse the same lines.
import type { FeedbackRecord, PredictionRecord } from '@slipway/shared';
import { idWords } from './label-table.js';

/** A prediction line once checked: the parsed object itself (the schema's type), no copy. */
export type PredictionLine = PredictionRecord;
export type FeedbackLine = FeedbackRecord;
export type Interval = NonNullable<PredictionRecord['interval']>;

export class RecordLineError extends Error {}

/**
 * The line being read: one object per part of a file, updated per line, so no text is built
 * unless a line is bad. A part that starts inside its file counts the lines before it then.
 */
export interface Where {
  file: string;
  line: number;
  linesBefore?: () => number;
}

export const whereText = (at: Where): string => `${at.file}:${at.line + (at.linesBefore?.() ?? 0)}`;

const PROJECT = /^[a-z][a-z0-9-]{0,30}$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;
const PREDICTION_KEYS = new Set(['id', 'time', 'project', 'model_version', 'inputs', 'prediction', 'interval', 'out_of_profile']);
const FEEDBACK_KEYS = new Set(['prediction_id', 'time', 'project', 'model_version', 'actual']);
const INTERVAL_KEYS = new Set(['lower', 'upper', 'coverage']);
const SCHEMA = { predictions: 'schemas/prediction-record.schema.json', feedback: 'schemas/feedback-record.schema.json' };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** One line's JSON; an error naming file:line when it is not JSON. */
export function parseLine(line: string, where: Where): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch (error) {
    throw new RecordLineError(`${whereText(where)}: not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

function fail(where: Where, field: string, problem: string, kind: keyof typeof SCHEMA): never {
  throw new RecordLineError(`${whereText(where)}: ${field}: ${problem} (see ${SCHEMA[kind]})`);
}

function checkKeys(value: Json, allowed: Set<string>, required: string[], where: Where, kind: keyof typeof SCHEMA): void {
  for (const key in value) if (!allowed.has(key)) fail(where, key, 'unknown field', kind);
  for (const key of required) if (value[key] === undefined) fail(where, key, 'missing', kind);
}

/** The prediction record's fields, as a switch on the key (cheaper per line than a Set). */
function isPredictionKey(key: string): boolean {
  switch (key) {
    case 'id':
    case 'time':
    case 'project':
    case 'model_version':
    case 'inputs':
    case 'prediction':
    case 'interval':
    case 'out_of_profile':
      return true;
    default:
      return false;
  }
}

/** The last minute parsed: records come in time order, so most share it with the one before. */
let lastMinute = '';
let lastMinuteMs = Number.NaN;

const digit = (s: string, i: number): number => s.charCodeAt(i) - 48;

const isDigit = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/**
 * The writer's own form YYYY-MM-DDTHH:MM:SS.sssZ in the minute parsed last: checked character by
 * character (the minute was checked in full when it was first seen). NaN: not that case.
 */
function sameMinuteTime(value: string): number {
  if (value.length !== 24 || value.charCodeAt(19) !== 46 || value.charCodeAt(23) !== 90 || value.charCodeAt(16) !== 58) return Number.NaN;
  if (lastMinute.length !== 16 || !value.startsWith(lastMinute)) return Number.NaN;
  if (!isDigit(value, 17) || !isDigit(value, 18) || !isDigit(value, 20) || !isDigit(value, 21) || !isDigit(value, 22)) return Number.NaN;
  const seconds = digit(value, 17) * 10 + digit(value, 18);
  const millis = digit(value, 20) * 100 + digit(value, 21) * 10 + digit(value, 22);
  return seconds < 60 ? lastMinuteMs + seconds * 1000 + millis : Number.NaN;
}

/** Date.parse of a time the RFC 3339 pattern accepted, remembering the writer's form's minute. */
function timeOf(value: string): number {
  if (value.length !== 24 || value[19] !== '.' || value[23] !== 'Z') return Date.parse(value);
  const minuteMs = Date.parse(`${value.slice(0, 16)}:00Z`);
  if (Number.isFinite(minuteMs)) {
    lastMinute = value.slice(0, 16);
    lastMinuteMs = minuteMs;
  }
  return sameMinuteTime(value);
}

function parseTime(value: unknown, where: Where, kind: keyof typeof SCHEMA): number {
  const fast = typeof value === 'string' ? sameMinuteTime(value) : Number.NaN;
  if (!Number.isNaN(fast)) return fast;
  const time = typeof value === 'string' && RFC3339.test(value) ? timeOf(value) : Number.NaN;
  if (!Number.isFinite(time)) fail(where, 'time', `expected an RFC 3339 time, found ${JSON.stringify(value)}`, kind);
  return time;
}

function checkProject(value: unknown, project: string, where: Where, kind: keyof typeof SCHEMA): void {
  if (value === project) return;
  if (typeof value !== 'string' || !PROJECT.test(value))
    fail(where, 'project', `expected a project name, found ${JSON.stringify(value)}`, kind);
  if (value !== project) fail(where, 'project', `"${value}" in the records of project "${project}"; the file is in the wrong folder`, kind);
}

function checkInterval(value: unknown, where: Where): void {
  if (value === null) return;
  if (!isObject(value)) fail(where, 'interval', 'expected null or {lower, upper, coverage}', 'predictions');
  checkKeys(value, INTERVAL_KEYS, ['lower', 'upper', 'coverage'], where, 'predictions');
  const { lower, upper, coverage } = value;
  if (!isNumber(lower) || !isNumber(upper)) fail(where, 'interval', 'lower and upper must be numbers', 'predictions');
  if (!isNumber(coverage) || coverage <= 0 || coverage >= 1)
    fail(where, 'interval.coverage', 'expected a number between 0 and 1', 'predictions');
}

function checkInputs(value: unknown, where: Where): asserts value is PredictionLine['inputs'] {
  if (!isObject(value)) fail(where, 'inputs', 'expected an object of feature values', 'predictions');
  for (const key in value) {
    const v = value[key];
    if (v !== null && typeof v !== 'string' && typeof v !== 'boolean' && !isNumber(v)) {
      fail(where, `inputs.${key}`, `expected a number, string, boolean or null, found ${JSON.stringify(v)}`, 'predictions');
    }
  }
}

/**
 * Checks a prediction line's object against the schema and returns its time (ms); after it the
 * object is a PredictionLine. The id's 16 bytes are left in `key` (the label table's key).
 */
export function checkPrediction(value: unknown, project: string, where: Where, key: Uint32Array): number {
  if (!isObject(value)) fail(where, '(root)', 'expected a JSON object', 'predictions');
  for (const field in value) if (!isPredictionKey(field)) fail(where, field, 'unknown field', 'predictions');
  const { id, model_version, inputs, prediction, out_of_profile, interval } = value;
  if (
    id === undefined ||
    value.time === undefined ||
    value.project === undefined ||
    model_version === undefined ||
    inputs === undefined ||
    prediction === undefined ||
    interval === undefined
  )
    checkKeys(value, PREDICTION_KEYS, ['id', 'time', 'project', 'model_version', 'inputs', 'prediction', 'interval'], where, 'predictions');
  if (typeof id !== 'string' || !idWords(id, key))
    fail(where, 'id', `expected 32 lowercase hex digits, found ${JSON.stringify(id)}`, 'predictions');
  const time = parseTime(value.time, where, 'predictions');
  checkProject(value.project, project, where, 'predictions');
  if (typeof model_version !== 'string') fail(where, 'model_version', 'expected a string', 'predictions');
  checkInputs(inputs, where);
  if (!isNumber(prediction)) fail(where, 'prediction', `expected a number, found ${JSON.stringify(prediction)}`, 'predictions');
  if (out_of_profile !== undefined && !(Array.isArray(out_of_profile) && out_of_profile.every((x) => typeof x === 'string'))) {
    fail(where, 'out_of_profile', 'expected a list of feature names', 'predictions');
  }
  checkInterval(interval, where);
  return time;
}

/** Checks a feedback line's object; after it the object is a FeedbackLine, the id's 16 bytes in `key`. */
export function checkFeedback(value: unknown, project: string, where: Where, key: Uint32Array): asserts value is FeedbackLine {
  if (!isObject(value)) fail(where, '(root)', 'expected a JSON object', 'feedback');
  checkKeys(value, FEEDBACK_KEYS, ['prediction_id', 'time', 'project', 'actual'], where, 'feedback');
  const { prediction_id, actual, model_version } = value;
  if (typeof prediction_id !== 'string' || !idWords(prediction_id, key)) {
    fail(where, 'prediction_id', `expected 32 lowercase hex digits, found ${JSON.stringify(prediction_id)}`, 'feedback');
  }
  parseTime(value.time, where, 'feedback');
  checkProject(value.project, project, where, 'feedback');
  if (model_version !== undefined && typeof model_version !== 'string') fail(where, 'model_version', 'expected a string', 'feedback');
  if (!isNumber(actual)) fail(where, 'actual', `expected a number, found ${JSON.stringify(actual)}`, 'feedback');
}
