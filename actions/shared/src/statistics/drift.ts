// Drift of one column against a reference profile column: PSI over the reference's bins
// (numeric) or categories, plus a distribution test (two-sample KS on the reference sample;
// chi-square homogeneity on the category counts). One definition for validate-data (a new data
// file against the training profile) and the monitor (live inputs against it); the Python live
// summary reproduces it from the shared vectors in schemas/vectors/drift/.
import { chiSquareHomogeneity, ksTwoSample, psi, type TestResult } from './distribution.js';

export interface ColumnDrift {
  psi: number;
  test: 'KS' | 'chi-square';
  statistic: number;
  p_value: number;
  /** Category values with rows here but none in the reference. */
  new_categories: Record<string, number>;
}

const named = (r: TestResult): { statistic: number; p_value: number } => ({ statistic: r.statistic, p_value: r.pValue });

/**
 * reference: the profile's bin counts and its sorted sample; liveCounts: every live value counted
 * in the reference bins (countInBins); liveSorted: the live values (or a uniform sample of them),
 * ascending.
 */
export function numericDrift(
  reference: { counts: number[]; sample: ArrayLike<number> },
  liveCounts: number[],
  liveSorted: ArrayLike<number>,
): ColumnDrift {
  return {
    psi: psi(reference.counts, liveCounts),
    test: 'KS',
    ...named(ksTwoSample(reference.sample, liveSorted)),
    new_categories: {},
  };
}

/** Counts per category; the reference's categories first, then new ones in the live order. */
export function categoryDrift(before: Record<string, number>, now: Record<string, number>): ColumnDrift {
  const values = [...new Set([...Object.keys(before), ...Object.keys(now)])];
  const reference = values.map((v) => before[v] ?? 0);
  const actual = values.map((v) => now[v] ?? 0);
  const fresh = Object.fromEntries(values.filter((v) => (before[v] ?? 0) === 0 && (now[v] ?? 0) > 0).map((v) => [v, now[v] ?? 0]));
  return { psi: psi(reference, actual), test: 'chi-square', ...named(chiSquareHomogeneity(reference, actual)), new_categories: fresh };
}
