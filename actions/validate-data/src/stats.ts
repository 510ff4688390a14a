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
 * Ranks 1..n, ties sharing their average rank (as scipy.stats.rankdata), from the values sorted
 * ascending (given when the caller has them): one binary search per value, no comparator sort.
 */
export function ranks(x: ArrayLike<number>, sorted: Float64Array = Float64Array.from(x).sort()): Float64Array {
  // The average rank of each run of equal values, stored at the run's first position.
  const runRank = new Float64Array(sorted.length);
  for (let start = 0; start < sorted.length;) {
    let end = start + 1;
    while (end < sorted.length && at(sorted, end) === at(sorted, start)) end += 1;
    runRank[start] = (start + end + 1) / 2;
    start = end;
  }
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = at(runRank, firstAtLeast(sorted, at(x, i)));
  return out;
}

/** First index whose value is ≥ v, in ascending values. */
function firstAtLeast(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(sorted, mid) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Distinct values in ascending values. */
export function distinctSorted(sorted: Float64Array): number {
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || at(sorted, i) !== at(sorted, i - 1)) n += 1;
  return n;
}

export const spearman = (x: ArrayLike<number>, y: ArrayLike<number>): number => pearson(ranks(x), ranks(y));

/**
 * Adjusted correlation ratio of y given groups: 1 − (SS_within/(n−k)) / (SS_total/(n−1)), the
 * share of y's variance the groups explain, penalised for the number of groups (so many tiny
 * groups do not look deterministic).
 */
export function correlationRatio(groups: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = y.length;
  const sums = new Map<number, { n: number; sum: number; sq: number }>();
  let total = 0;
  let totalSq = 0;
  for (let i = 0; i < n; i++) {
    const v = at(y, i);
    total += v;
    totalSq += v * v;
    const g = sums.get(at(groups, i)) ?? { n: 0, sum: 0, sq: 0 };
    g.n += 1;
    g.sum += v;
    g.sq += v * v;
    sums.set(at(groups, i), g);
  }
  const k = sums.size;
  const ssTotal = totalSq - (total * total) / n;
  let ssWithin = 0;
  for (const g of sums.values()) ssWithin += g.sq - (g.sum * g.sum) / g.n;
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
