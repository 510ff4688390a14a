// Plain statistics on numeric arrays; pure functions, checked against scipy (test/stats.test.ts).

import { at } from '@slipway/shared';

export { at } from '@slipway/shared';

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

/** No value is NaN or infinite. */
export function allFinite(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(at(values, i))) return false;
  return true;
}

/** Values with their rank codes: ascending, and the codes of the values in their own order. */
export interface SortedCodes extends RankCodes {
  sorted: Float64Array;
}

/** Past this many distinct values, values are not counted in a map. */
const FEW_DISTINCT = 1024;
/** Integers spanning at most this many values are counted in an array. */
const SMALL_RANGE = 1 << 20;

/**
 * Rank codes and the sorted values of values with none missing: counted when they are few
 * distinct values or integers over a small range (most columns), else sorted natively.
 */
export function sortedRankCodes(values: Float64Array): SortedCodes {
  const counted = smallIntegers(values) ?? fewDistinct(values);
  if (counted === undefined) {
    const sorted = Float64Array.from(values).sort();
    return { sorted, ...rankCodes(values, sorted) };
  }
  const { distinct, counts, codes } = counted;
  const sorted = new Float64Array(values.length);
  const averageRank = new Float64Array(distinct.length);
  let start = 0;
  for (let k = 0; k < distinct.length; k++) {
    const n = counts[k] ?? 0;
    sorted.fill(at(distinct, k), start, start + n);
    averageRank[k] = start + (n + 1) / 2;
    start += n;
  }
  return { sorted, codes, distinct, averageRank };
}

/** Distinct values (ascending), how many of each, and each value's index among them. */
interface Counted {
  distinct: Float64Array;
  counts: Int32Array;
  codes: Int32Array;
}

/** Integers spanning few values: counted in an array indexed by value. */
function smallIntegers(values: Float64Array): Counted | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const value = at(values, i);
    if (!Number.isInteger(value)) return undefined;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (!(max - min < SMALL_RANGE)) return undefined;
  const perValue = new Int32Array(max - min + 1);
  for (let i = 0; i < values.length; i++) {
    const slot = at(values, i) - min;
    perValue[slot] = (perValue[slot] ?? 0) + 1;
  }
  const codeOf = new Int32Array(perValue.length);
  const distinct: number[] = [];
  const counts: number[] = [];
  perValue.forEach((count, slot) => {
    if (count === 0) return;
    codeOf[slot] = distinct.length;
    distinct.push(min + slot);
    counts.push(count);
  });
  const codes = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) codes[i] = codeOf[at(values, i) - min] ?? 0;
  return { distinct: Float64Array.from(distinct), counts: Int32Array.from(counts), codes };
}

/** Few distinct values: one map lookup per value, then their order among the distinct ones. */
function fewDistinct(values: Float64Array): Counted | undefined {
  const ids = new Map<number, number>();
  const idOf = new Int32Array(values.length);
  const seen: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = at(values, i);
    let id = ids.get(value);
    if (id === undefined) {
      if (seen.length === FEW_DISTINCT) return undefined;
      id = seen.length;
      ids.set(value, id);
      seen.push(value);
    }
    idOf[i] = id;
  }
  const byValue = seen.map((_, id) => id).sort((a, b) => (seen[a] ?? 0) - (seen[b] ?? 0));
  const codeOfId = new Int32Array(seen.length);
  byValue.forEach((id, code) => (codeOfId[id] = code));
  const counts = new Int32Array(seen.length);
  const codes = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const code = codeOfId[idOf[i] ?? 0] ?? 0;
    codes[i] = code;
    counts[code] = (counts[code] ?? 0) + 1;
  }
  return { distinct: Float64Array.from(byValue, (id) => seen[id] ?? 0), counts, codes };
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

/**
 * Adjusted correlation ratio of y given groups coded 0 .. groups − 1 (a code no value has is no
 * group): 1 − (SS_within/(n−k)) / (SS_total/(n−1)), the share of y's variance the groups
 * explain, penalised for the number of groups (so many tiny groups do not look deterministic).
 */
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
