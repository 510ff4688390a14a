// Adds the drift table and its findings to a validation result when a reference profile is given.
import type { CheckSettings } from './checks-config.js';
import { compareProfiles, driftFindings, type DriftRow } from './drift.js';
import type { Finding } from './findings.js';
import type { ProfileDocument } from '../statistics/profile-file.js';
import type { ValidationResult } from '../validate.js';

export interface CheckedResult extends ValidationResult {
  /** Per-column drift against the reference profile; null without a reference or with drift off. */
  drift: DriftRow[] | null;
}

export function addDrift(result: ValidationResult, reference: ProfileDocument | undefined, settings: CheckSettings): CheckedResult {
  if (reference === undefined || !settings.enabled('drift')) return { ...result, drift: null };
  const rows = compareProfiles(reference, result.profile, settings.drift).map((row) => {
    const verdict = row.verdict === 'ok' ? 'ok' : settings.severity('drift', row.verdict);
    return { ...row, verdict: verdict === 'off' ? ('ok' as const) : verdict };
  });
  const added: Finding[] = [];
  for (const f of driftFindings(rows, settings.drift)) {
    const severity = settings.severity(f.id, f.severity);
    if (severity !== 'off') added.push({ ...f, severity, count: 1, examples: [] });
  }
  const findings = [...result.findings, ...added];
  return { ...result, findings, passed: !findings.some((f) => f.severity === 'error'), drift: rows };
}
