// Plain statistics on numeric arrays; pure functions, checked against scipy (test/stats.test.ts).

/** Element i, NaN when out of range (indexes here are always in range; this keeps types honest). */
export const at = (values: ArrayLike<number>, i: number): number => values[i] ?? Number.NaN;

/** Pearson correlation; NaN when either side is constant. */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += at(x, i);
    my += at(y, i);
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = at(x, i) - mx;
    const dy = at(y, i) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? Number.NaN : sxy / Math.sqrt(sxx * syy);
}

/**
 * Values coded by their place among the distinct values: codes[i] indexes distinct (ascending)
 * and averageRank, the 1-based rank that value's ties share (as scipy.stats.rankdata).
 */
export interface RankCodes {
  codes: Int32Array;
  distinct: Float64Array;
  averageRank: Float64Array;
}

/**
 * x's rank codes from its values sorted ascending (given when the caller has them): one binary
 * search per value among the distinct values, no comparator sort. x holds no NaN.
 */
export function rankCodes(x: ArrayLike<number>, sorted: Float64Array = Float64Array.from(x).sort()): RankCodes {
  const distinct = new Float64Array(sorted.length);
  const averageRank = new Float64Array(sorted.length);
  let k = 0;
  for (let start = 0; start < sorted.length; k++) {
    const value = at(sorted, start);
    let end = start + 1;
    while (end < sorted.length && at(sorted, end) === value) end += 1;
    distinct[k] = value;
    averageRank[k] = (start + end + 1) / 2;
    start = end;
  }
  const codes = new Int32Array(x.length);
  for (let i = 0; i < x.length; i++) codes[i] = firstAtLeast(distinct, k, at(x, i));
  return { codes, distinct: distinct.subarray(0, k), averageRank: averageRank.subarray(0, k) };
}

/** Ranks 1..n, ties sharing their average rank (as scipy.stats.rankdata). */
export function ranks(x: ArrayLike<number>, sorted?: Float64Array): Float64Array {
  return ranksOf(rankCodes(x, sorted));
}

export function ranksOf({ codes, averageRank }: RankCodes): Float64Array {
  const out = new Float64Array(codes.length);
  for (let i = 0; i < codes.length; i++) out[i] = at(averageRank, codes[i] ?? 0);
  return out;
}

/** First index below `length` whose value is ≥ v, in ascending values. */
function firstAtLeast(sorted: Float64Array, length: number, v: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(sorted, mid) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const spearman = (x: ArrayLike<number>, y: ArrayLike<number>): number => pearson(ranks(x), ranks(y));

/**
 * Adjusted correlation ratio of y given groups: 1 − (SS_within/(n−k)) / (SS_total/(n−1)), the
 * share of y's variance the groups explain, penalised for the number of groups (so many tiny
 * groups do not look deterministic).
 */
export function correlationRatio(groups: ArrayLike<number>, y: ArrayLike<number>): number {
  const seen = new Map<number, number>();
  const codes = new Int32Array(groups.length);
  for (let i = 0; i < groups.length; i++) {
    const group = at(groups, i);
    let code = seen.get(group);
    if (code === undefined) {
      code = seen.size;
      seen.set(group, code);
    }
    codes[i] = code;
  }
  return codedCorrelationRatio(codes, seen.size, y);
}

/** correlationRatio for groups coded 0 .. groups − 1 (a code no value has is no group). */
export function codedCorrelationRatio(codes: Int32Array, groups: number, y: ArrayLike<number>): number {
  const n = y.length;
  const counts = new Float64Array(groups);
  const sums = new Float64Array(groups);
  const squares = new Float64Array(groups);
  let total = 0;
  let totalSq = 0;
  for (let i = 0; i < n; i++) {
    const v = at(y, i);
    const g = codes[i] ?? 0;
    total += v;
    totalSq += v * v;
    counts[g] = (counts[g] ?? 0) + 1;
    sums[g] = (sums[g] ?? 0) + v;
    squares[g] = (squares[g] ?? 0) + v * v;
  }
  let k = 0;
  let ssWithin = 0;
  for (let g = 0; g < groups; g++) {
    const count = at(counts, g);
    if (count === 0) continue;
    k += 1;
    ssWithin += at(squares, g) - (at(sums, g) * at(sums, g)) / count;
  }
  const ssTotal = totalSq - (total * total) / n;
  if (ssTotal <= 0 || n - k <= 0) return Number.NaN;
  return 1 - Math.max(0, ssWithin) / (n - k) / (ssTotal / (n - 1));
}

/** The q-quantile of sorted values, linear interpolation (numpy's default). */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return at(sorted, lo) + (at(sorted, hi) - at(sorted, lo)) * (pos - lo);
}

/** Index of the bin [edges[i], edges[i+1]) holding x; the first and last bins are open-ended. */
export function binOf(edges: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = edges.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (x >= at(edges, mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
