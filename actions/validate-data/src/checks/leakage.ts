// Leakage: a feature that is (near) a deterministic function of the target, found on the row
// sample. Evidence, in order (the first that fires is reported, one finding per column):
// |Pearson| or |Spearman| with the target; a ratio/product of the target and an earlier
// column (log-linear R²); the correlation ratio of the target's ranks given the binned or categorical feature.
import type { ContractColumn } from '@slipway/shared';
import type { LeakageSettings } from './checks-config.js';
import { describeLogFit, fitLogProduct, logAbs } from '../statistics/log-regression.js';
import type { RowReservoir, TextIds } from '@slipway/shared/sample';
import {
  allFinite,
  at,
  codedCorrelationRatio,
  pearson,
  rankCodes,
  ranks,
  ranksOf,
  type RankCodes,
  type SortedCodes,
} from '../statistics/stats.js';

export interface LeakageFinding {
  column: string;
  message: string;
}

const MAX_BINS = 100;
const MIN_ROWS_PER_BIN = 10;
const isNumeric = (c: ContractColumn): boolean => c.type === 'integer' || c.type === 'number';
const count = (n: number): string => n.toLocaleString('en-US');

/** A numeric column's sampled values sorted, with their rank codes, when the caller has them (none missing). */
export type SortedSample = (column: number) => SortedCodes | undefined;

export function findLeakage(
  sample: RowReservoir,
  columns: ContractColumn[],
  target: string,
  settings: LeakageSettings,
  sortedSample: SortedSample = () => undefined,
): LeakageFinding[] {
  const targetIndex = columns.findIndex((c) => c.name === target);
  const targetColumn = columns[targetIndex];
  if (targetColumn === undefined || !isNumeric(targetColumn)) return [];
  const y = sample.numbers(targetIndex);
  // The target's ranks serve every column with no missing values (the common case).
  const yCoded = sortedSample(targetIndex);
  const targetRanks = yCoded !== undefined ? ranksOf(yCoded) : allFinite(y) ? ranks(y) : null;
  const logY = logAbs(y);
  // log|value| of the numeric columns seen so far: the partners of the ratio/product test.
  const logs = new Map<string, Float64Array>();
  const findings: LeakageFinding[] = [];
  columns.forEach((column, index) => {
    if (index === targetIndex || settings.exempt.has(column.name)) return;
    if (isNumeric(column)) {
      const x = sample.numbers(index);
      const logX = logAbs(x);
      const evidence =
        numericEvidence(x, y, targetRanks, sortedSample(index), target, settings) ??
        productEvidence(column.name, logX, logs, logY, target, settings);
      logs.set(column.name, logX);
      if (evidence !== undefined) findings.push({ column: column.name, message: message(column.name, evidence) });
    } else if (column.type === 'category') {
      const evidence = categoryEvidence(sample.textIds(index), y, targetRanks, target, settings);
      if (evidence !== undefined) findings.push({ column: column.name, message: message(column.name, evidence) });
    }
  });
  return findings;
}

const message = (column: string, evidence: string): string =>
  `column "${column}" leaks the target: ${evidence}; drop the column or, if it will be known at prediction time, list it in checks.leakage.exempt`;

/** The rows where both x and y are finite (x and y themselves when all are). */
function complete(x: Float64Array, y: Float64Array): { x: Float64Array; y: Float64Array } {
  let n = 0;
  for (let i = 0; i < x.length; i++) if (Number.isFinite(at(x, i)) && Number.isFinite(at(y, i))) n += 1;
  if (n === x.length) return { x, y };
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0, j = 0; i < x.length; i++) {
    const a = at(x, i);
    const b = at(y, i);
    if (Number.isFinite(a) && Number.isFinite(b)) {
      xs[j] = a;
      ys[j] = b;
      j += 1;
    }
  }
  return { x: xs, y: ys };
}

function numericEvidence(
  xAll: Float64Array,
  yAll: Float64Array,
  yRanks: Float64Array | null,
  xCoded: SortedCodes | undefined,
  target: string,
  s: LeakageSettings,
): string | undefined {
  const { x, y } = complete(xAll, yAll);
  if (x.length < s.minRows) return undefined;
  const r = Math.abs(pearson(x, y));
  const all = x.length === yAll.length;
  const targetRanks = yRanks !== null && all ? yRanks : ranks(y);
  const sorted = all && xCoded !== undefined ? xCoded.sorted : Float64Array.from(x).sort();
  const coded = all && xCoded !== undefined ? xCoded : rankCodes(x, sorted);
  const rho = Math.abs(pearson(ranksOf(coded), targetRanks));
  if (r >= s.correlation || rho >= s.correlation) {
    return `|Pearson| ${r.toFixed(4)}, |Spearman| ${rho.toFixed(4)} with ${target} on ${count(x.length)} sampled rows (threshold ${s.correlation})`;
  }
  const bins = binned(coded, sorted);
  // On the target's ranks: a heavy tail (a few very high prices) would otherwise swamp the bins.
  const eta = codedCorrelationRatio(bins.codes, bins.slots, targetRanks);
  if (eta >= s.determinism) {
    return `${target} is a near-deterministic function of it: the correlation ratio of the ranks of ${target} over ${bins.count} bins of its values is ${eta.toFixed(5)} on ${count(x.length)} sampled rows (threshold ${s.determinism})`;
  }
  return undefined;
}

function productEvidence(
  name: string,
  logX: Float64Array,
  earlier: Map<string, Float64Array>,
  logY: Float64Array,
  target: string,
  s: LeakageSettings,
): string | undefined {
  for (const [other, logG] of earlier) {
    const fit = fitLogProduct(logY, logX, logG, s.minRows);
    if (fit !== null && fit.r2 >= s.determinism) {
      return `${describeLogFit(target, name, other, fit)} (R² ${fit.r2.toFixed(5)} of log|${target}| on ${count(fit.rows)} sampled rows, threshold ${s.determinism})`;
    }
  }
  return undefined;
}

function categoryEvidence(
  { ids, texts }: TextIds,
  yAll: Float64Array,
  yRanks: Float64Array | null,
  target: string,
  s: LeakageSettings,
): string | undefined {
  // Each category's code is the order it is first seen in among the rows with a target.
  const codeOfId = new Int32Array(texts.length).fill(-1);
  let categories = 0;
  const groups = new Int32Array(ids.length);
  const y = new Float64Array(ids.length);
  let n = 0;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] ?? -1;
    const v = at(yAll, i);
    if (id < 0 || !Number.isFinite(v)) continue;
    let code = codeOfId[id] ?? -1;
    if (code < 0) {
      code = categories++;
      codeOfId[id] = code;
    }
    groups[n] = code;
    y[n] = v;
    n += 1;
  }
  if (n < s.minRows) return undefined;
  const ys = y.subarray(0, n);
  const eta = codedCorrelationRatio(groups.subarray(0, n), categories, yRanks !== null && n === yAll.length ? yRanks : ranks(ys));
  if (!(eta >= s.determinism)) return undefined;
  return `its ${categories} categories map almost one-to-one onto ${target}: the correlation ratio of the ranks of ${target} over them is ${eta.toFixed(5)} on ${count(n)} sampled rows (threshold ${s.determinism})`;
}

/**
 * Group codes below `slots`: the value itself (its rank code) when it has few distinct values,
 * else its quantile bin, the number of bin edges at or below it; count: the groups with values.
 */
function binned(coded: RankCodes, sorted: Float64Array): { codes: Int32Array; slots: number; count: number } {
  const maxBins = Math.max(2, Math.min(MAX_BINS, Math.floor(sorted.length / MIN_ROWS_PER_BIN)));
  const distinct = coded.distinct.length;
  if (distinct <= maxBins) return { codes: coded.codes, slots: distinct, count: distinct };
  const edges = Array.from({ length: maxBins - 1 }, (_, i) => at(sorted, Math.floor(((i + 1) * sorted.length) / maxBins)));
  // Distinct values ascend, so their bins do: one walk over both.
  const binOfDistinct = new Int32Array(distinct);
  let bin = 0;
  let count = 0;
  for (let d = 0; d < distinct; d++) {
    const value = at(coded.distinct, d);
    const before = bin;
    while (bin < edges.length && at(edges, bin) <= value) bin += 1;
    if (d === 0 || bin !== before) count += 1;
    binOfDistinct[d] = bin;
  }
  const codes = new Int32Array(coded.codes.length);
  for (let i = 0; i < codes.length; i++) codes[i] = binOfDistinct[coded.codes[i] ?? 0] ?? 0;
  return { codes, slots: maxBins, count };
}
