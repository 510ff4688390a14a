// Plain statistics on numeric arrays; pure functions, checked against scipy (test/stats.test.ts).

/** Pearson correlation; NaN when either side is constant. */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i]!;
    my += y[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? Number.NaN : sxy / Math.sqrt(sxx * syy);
}

/** Ranks 1..n, ties sharing their average rank (as scipy.stats.rankdata). */
export function ranks(x: ArrayLike<number>): Float64Array {
  const order = Array.from({ length: x.length }, (_, i) => i).sort((a, b) => x[a]! - x[b]!);
  const out = new Float64Array(x.length);
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && x[order[end]!] === x[order[start]!]) end += 1;
    const rank = (start + end + 1) / 2;
    for (let k = start; k < end; k++) out[order[k]!] = rank;
    start = end;
  }
  return out;
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
    const v = y[i]!;
    total += v;
    totalSq += v * v;
    const g = sums.get(groups[i]!) ?? { n: 0, sum: 0, sq: 0 };
    g.n += 1;
    g.sum += v;
    g.sq += v * v;
    sums.set(groups[i]!, g);
  }
  const k = sums.size;
  const ssTotal = totalSq - (total * total) / n;
  let ssWithin = 0;
  for (const g of sums.values()) ssWithin += g.sq - (g.sum * g.sum) / g.n;
  if (ssTotal <= 0 || n - k <= 0) return Number.NaN;
  return 1 - Math.max(0, ssWithin) / (n - k) / (ssTotal / (n - 1));
}

/** Least squares of y on an intercept and the given columns; returns coefficients and R². */
export function leastSquares(y: ArrayLike<number>, columns: ArrayLike<number>[]): { intercept: number; slopes: number[]; r2: number } {
  const n = y.length;
  const p = columns.length + 1;
  const design = (i: number, j: number): number => (j === 0 ? 1 : columns[j - 1]![i]!);
  const xtx = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const xty = new Array<number>(p).fill(0);
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < p; a++) {
      const xa = design(i, a);
      xty[a]! += xa * y[i]!;
      for (let b = 0; b < p; b++) xtx[a]![b]! += xa * design(i, b);
    }
  }
  const beta = solve(xtx, xty);
  let mean = 0;
  for (let i = 0; i < n; i++) mean += y[i]!;
  mean /= n;
  let ssRes = 0;
  let ssTot = 0;
  for (let i = 0; i < n; i++) {
    let fit = 0;
    for (let a = 0; a < p; a++) fit += beta[a]! * design(i, a);
    ssRes += (y[i]! - fit) ** 2;
    ssTot += (y[i]! - mean) ** 2;
  }
  return { intercept: beta[0]!, slopes: beta.slice(1), r2: ssTot === 0 ? Number.NaN : 1 - ssRes / ssTot };
}

/** Gaussian elimination with partial pivoting; NaNs for a singular system. */
function solve(a: number[][], b: number[]): number[] {
  const m = a.map((row, i) => [...row, b[i]!]);
  const p = b.length;
  for (let col = 0; col < p; col++) {
    let pivot = col;
    for (let r = col + 1; r < p; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const lead = m[col]![col]!;
    if (Math.abs(lead) < 1e-12 * Math.max(1, Math.abs(m[0]![0]!))) return new Array<number>(p).fill(Number.NaN);
    for (let r = 0; r < p; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / lead;
      for (let c = col; c <= p; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  return m.map((row, i) => row[p]! / row[i]!);
}

/** The q-quantile of sorted values, linear interpolation (numpy's default). */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Index of the bin [edges[i], edges[i+1]) holding x; the first and last bins are open-ended. */
export function binOf(edges: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = edges.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (x >= edges[mid]!) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
