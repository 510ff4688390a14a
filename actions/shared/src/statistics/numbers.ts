// Plain helpers on numeric arrays shared by validate-data's profile and the monitor's drift.

/** Element i, NaN when out of range (indexes here are always in range; this keeps types honest). */
export const at = (values: ArrayLike<number>, i: number): number => values[i] ?? Number.NaN;

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
