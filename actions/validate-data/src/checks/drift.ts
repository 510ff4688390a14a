// Drift of this data against a reference profile, per column: PSI over the reference's bins
// (numeric) or categories, plus a distribution test (two-sample KS on the profiles' samples;
// chi-square homogeneity on the category counts). Verdicts use the contract's thresholds.
import type { DriftRow } from '@slipway/shared';
import type { DriftSettings } from './checks-config.js';
import { categoryDrift, countInBins, numericDrift } from '@slipway/shared';
import type { Severity } from './findings.js';
import type { ColumnProfile } from '../statistics/profile.js';
import type { ProfileDocument } from '../statistics/profile-file.js';

/** One row of the report's drift table: schemas/validation-report.schema.json. */
export type { DriftRow };

export interface DriftFinding {
  id: 'drift' | 'drift-new-category';
  severity: Severity;
  column: string;
  message: string;
}

export function compareProfiles(reference: ProfileDocument, current: ColumnProfile[], settings: DriftSettings): DriftRow[] {
  const rows: DriftRow[] = [];
  for (const now of current) {
    const before = reference.columns.find((c) => c.name === now.name);
    const row = before === undefined ? null : compareColumn(before, now);
    if (row === null) continue;
    const drift = { ...row, verdict: verdictOf(row.psi, row.p_value, settings) };
    rows.push(drift);
  }
  return rows;
}

type Compared = Omit<DriftRow, 'verdict'>;

function compareColumn(before: ColumnProfile, now: ColumnProfile): Compared | null {
  if (now.type === 'category') {
    return before.categories === null || now.categories === null
      ? null
      : { column: now.name, ...categoryDrift(before.categories, now.categories) };
  }
  if (now.type !== 'integer' && now.type !== 'number') return null;
  const edges = before.histogram?.edges;
  const reference = before.sample;
  if (!edges || !before.histogram || !reference || reference.length === 0 || !now.sample || now.sample.length === 0) return null;
  const drift = numericDrift({ counts: before.histogram.counts, sample: reference }, countInBins(edges, now.sample), now.sample);
  return { column: now.name, ...drift };
}

function verdictOf(value: number, pValue: number, s: DriftSettings): DriftRow['verdict'] {
  if (value >= s.psiError) return 'error';
  if (value >= s.psiWarning || pValue < s.pValue) return 'warning';
  return 'ok';
}

/** One finding per drifted column, one per column with new categories. */
export function driftFindings(rows: DriftRow[], s: DriftSettings): DriftFinding[] {
  const findings: DriftFinding[] = [];
  for (const row of rows) {
    if (row.verdict !== 'ok') {
      findings.push({ id: 'drift', severity: row.verdict, column: row.column, message: driftMessage(row, s) });
    }
    const fresh = Object.entries(row.new_categories);
    if (fresh.length > 0) {
      const listed = fresh.map(([v, n]) => `"${v}" (${n})`).join(', ');
      findings.push({
        id: 'drift-new-category',
        severity: 'error',
        column: row.column,
        message: `column "${row.column}": ${fresh.length === 1 ? 'category' : 'categories'} ${listed} not in the reference profile; the reference model never saw ${fresh.length === 1 ? 'it' : 'them'} — retrain with such rows or check the source`,
      });
    }
  }
  return findings;
}

function driftMessage(row: DriftRow, s: DriftSettings): string {
  const limit = row.psi >= s.psiError ? `≥ ${s.psiError}` : row.psi >= s.psiWarning ? `≥ ${s.psiWarning}` : `< ${s.psiWarning}`;
  const test = `${row.test} ${row.test === 'KS' ? 'D' : 'χ²'} ${formatStat(row.statistic)}, p ${formatP(row.p_value)}`;
  const why = row.psi >= s.psiWarning ? '' : ` (p below ${s.pValue})`;
  return `column "${row.column}" drifted from the reference: PSI ${row.psi.toFixed(3)} (${limit}), ${test}${why}; check the source or retrain on recent data`;
}

export const formatStat = (x: number): string => (Math.abs(x) >= 100 ? x.toFixed(1) : x.toPrecision(3));
export const formatP = (p: number): string => (p === 0 ? '0' : p < 1e-3 ? p.toExponential(1) : p.toPrecision(2));
