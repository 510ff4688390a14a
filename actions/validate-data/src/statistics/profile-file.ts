// The profile JSON document (format described in README.md "Profile"): written by every run,
// read back as the drift reference of a later run. A reference is checked field by field so a
// wrong or stale file is an input error that names the file, the field and the fix.
import type { DataProfile, DatasetContract } from '@slipway/shared';
import { readText } from '@slipway/shared';
import type { ColumnProfile } from './profile.js';
import { SAMPLE_ROWS } from '@slipway/shared/sample';

const PROFILE_FORMAT = 'slipway-data-profile';
const PROFILE_VERSION = 2;

/** The profile document: its type is generated from schemas/data-profile.schema.json. */
export type ProfileDocument = DataProfile;

export function profileDocument(dataset: string, result: { rows: number; sha256: string; profile: ColumnProfile[] }): ProfileDocument {
  return {
    format: PROFILE_FORMAT,
    version: PROFILE_VERSION,
    dataset,
    rows: result.rows,
    sha256: result.sha256,
    sample_rows: SAMPLE_ROWS,
    columns: result.profile,
  };
}

class ProfileProblem extends Error {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(problem);
  }
}

const FIX = 'give a profile-file written by validate-data (format version 2)';

/** Reads and checks a reference profile against the contract; throws naming the file and the field. */
export function readReferenceProfile(file: string, contract: DatasetContract): ProfileDocument {
  const where = `input reference-profile: ${file}`;
  let doc: unknown;
  try {
    doc = JSON.parse(readText(file, 'reference profile'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${where}: not a readable JSON file (${reason}); ${FIX}`);
  }
  try {
    const profile = checkDocument(doc);
    checkCompatible(profile, contract);
    return profile;
  } catch (error) {
    if (!(error instanceof ProfileProblem)) throw error;
    throw new Error(`${where}: ${error.field}: ${error.problem}`);
  }
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumberList = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => typeof x === 'number' && Number.isFinite(x));
const ascending = (v: number[]): boolean => v.every((x, i) => i === 0 || x >= (v[i - 1] ?? x));

function checkDocument(doc: unknown): ProfileDocument {
  if (!isObject(doc)) throw new ProfileProblem('(root)', `expected a JSON object; ${FIX}`);
  if (doc.format !== PROFILE_FORMAT)
    throw new ProfileProblem('format', `expected "${PROFILE_FORMAT}", found ${JSON.stringify(doc.format)}; ${FIX}`);
  if (doc.version !== PROFILE_VERSION) {
    throw new ProfileProblem(
      'version',
      `expected ${PROFILE_VERSION}, found ${JSON.stringify(doc.version)}; regenerate the reference with this validate-data`,
    );
  }
  if (typeof doc.dataset !== 'string') throw new ProfileProblem('dataset', `expected the dataset name; ${FIX}`);
  if (!Array.isArray(doc.columns)) throw new ProfileProblem('columns', `expected a list of column profiles; ${FIX}`);
  doc.columns.forEach((column, i) => {
    checkColumn(column, `columns[${i}]`);
  });
  return doc as unknown as ProfileDocument;
}

function checkColumn(column: unknown, path: string): void {
  if (!isObject(column) || typeof column.name !== 'string') throw new ProfileProblem(`${path}.name`, `expected a column name; ${FIX}`);
  const numeric = column.type === 'integer' || column.type === 'number';
  if (numeric) {
    const h = column.histogram;
    if (h !== null) {
      if (!isObject(h) || !isNumberList(h.edges) || h.edges.length < 2 || !ascending(h.edges)) {
        throw new ProfileProblem(`${path}.histogram.edges`, `expected at least 2 ascending numbers; ${FIX}`);
      }
      if (!isNumberList(h.counts) || h.counts.length !== h.edges.length - 1) {
        throw new ProfileProblem(`${path}.histogram.counts`, `expected one count per bin (${h.edges.length - 1}); ${FIX}`);
      }
    }
    if (column.sample !== null && !(isNumberList(column.sample) && ascending(column.sample))) {
      throw new ProfileProblem(`${path}.sample`, `expected an ascending list of numbers; ${FIX}`);
    }
  }
  if (column.type === 'category' && column.categories !== null) {
    const c = column.categories;
    if (!isObject(c) || !Object.values(c).every((n) => typeof n === 'number' && n >= 0)) {
      throw new ProfileProblem(`${path}.categories`, `expected counts per category; ${FIX}`);
    }
  }
}

function checkCompatible(profile: ProfileDocument, contract: DatasetContract): void {
  if (profile.dataset !== contract.dataset) {
    throw new ProfileProblem(
      'dataset',
      `the profile is of dataset "${profile.dataset}", the contract of "${contract.dataset}"; give a profile of the same dataset`,
    );
  }
  for (const column of contract.columns) {
    const index = profile.columns.findIndex((c) => c.name === column.name);
    if (index < 0) {
      throw new ProfileProblem(
        'columns',
        `no profile for contract column "${column.name}"; regenerate the reference with the current contract`,
      );
    }
    const found = profile.columns[index]?.type;
    if (found !== column.type) {
      throw new ProfileProblem(
        `columns[${index}].type`,
        `"${column.name}" is ${String(found)} in the profile but ${column.type} in the contract; regenerate the reference`,
      );
    }
  }
}
