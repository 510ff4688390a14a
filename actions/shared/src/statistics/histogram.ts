// Decile histograms: the bins a profile keeps per numeric column, and live values counted in them.
import { at, binOf, quantile } from './numbers.js';

const HISTOGRAM_QUANTILES = 10;

export interface Histogram {
  /** Bin edges: min, the deciles of the sampled values, max (duplicates merged). */
  edges: number[];
  /** Sampled values per bin [edges[i], edges[i+1]); the last bin includes max. */
  counts: number[];
}

/** Edges at min, the deciles of the sampled values and max; counts of sampled values per bin. */
export function decileHistogram(sorted: Float64Array, min: number, max: number): Histogram {
  const inner = Array.from({ length: HISTOGRAM_QUANTILES - 1 }, (_, i) => quantile(sorted, (i + 1) / HISTOGRAM_QUANTILES));
  const edges = [...new Set([min, ...inner, max])].sort((a, b) => a - b);
  if (edges.length === 1) edges.push(min);
  return { edges, counts: countSortedInBins(edges, sorted) };
}

/** countInBins for values in ascending order: their bins ascend too, so one walk, no search. */
export function countSortedInBins(edges: number[], sorted: Float64Array): number[] {
  const counts = new Array<number>(edges.length - 1).fill(0);
  let bin = 0;
  for (let i = 0; i < sorted.length; i++) {
    const value = at(sorted, i);
    while (bin < edges.length - 2 && value >= at(edges, bin + 1)) bin += 1;
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return counts;
}

export function countInBins(edges: number[], values: ArrayLike<number>): number[] {
  const counts = new Array<number>(edges.length - 1).fill(0);
  for (let i = 0; i < values.length; i++) {
    const bin = binOf(edges, at(values, i));
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return counts;
}
