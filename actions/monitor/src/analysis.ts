// Turns what was read into the report's figures and a verdict. Pure: no inputs, no I/O.
import { categoryDrift, numericDrift, type ColumnDrift } from '@slipway/shared';
import { meanInterval, wilsonInterval, type Interval } from './intervals.js';
import type { WindowRead } from './read-window.js';
import type { Thresholds } from './thresholds.js';

export type Level = 'ok' | 'warn' | 'retrain' | 'not-checked';
export type Verdict = 'healthy' | 'warn' | 'retrain-needed' | 'insufficient-data';

export interface FeatureDrift extends ColumnDrift {
  feature: string;
  live_values: number;
  nulls: number;
  level: Level;
}

export interface PredictionDrift extends ColumnDrift {
  test_predictions: number;
  live_mean: number;
  test_mean: number;
  level: Level;
}

export interface LiveError {
  metric: 'rmse' | 'mae';
  labels: number;
  /** Fewer labels than min_labels: reported, never deciding. */
  small_sample: boolean;
  live: number;
  interval: Interval | null;
  test: number;
  ratio: number;
  level: Level;
}

export interface LiveCoverage {
  labels: number;
  inside: number;
  nominal: number;
  live: number;
  interval: Interval | null;
  shortfall: number;
  small_sample: boolean;
  level: Level;
}

export interface Analysis {
  verdict: Verdict;
  reasons: string[];
  notes: string[];
  input_drift: FeatureDrift[] | null;
  prediction_drift: PredictionDrift | null;
  live_error: LiveError | null;
  coverage: LiveCoverage | null;
}

const fmt = (x: number): string => (Math.abs(x) >= 1000 ? Math.round(x).toLocaleString('en-US') : Number(x.toPrecision(3)).toString());
const levelOfPsi = (psi: number, warning: number, retrain: number): Level => (psi >= retrain ? 'retrain' : psi >= warning ? 'warn' : 'ok');

function inputDrift(read: WindowRead, t: Thresholds): FeatureDrift[] {
  const rows: FeatureDrift[] = [];
  for (const [feature, { reference, live }] of read.features) {
    let drift: ColumnDrift;
    let values: number;
    if (reference.kind === 'numeric' && 'sample' in live) {
      values = live.values;
      if (values === 0) continue;
      drift = numericDrift({ counts: reference.counts, sample: reference.sample }, live.counts, live.sample);
    } else if (reference.kind === 'category' && !('sample' in live)) {
      values = Object.values(live.counts).reduce((s, n) => s + n, 0);
      if (values === 0) continue;
      drift = categoryDrift(reference.categories, live.counts);
    } else continue;
    let level = levelOfPsi(drift.psi, t.drift.psiWarning, t.drift.psiRetrain);
    if (level === 'ok' && (drift.p_value < t.drift.pValue || Object.keys(drift.new_categories).length > 0)) level = 'warn';
    rows.push({ feature, ...drift, live_values: values, nulls: live.nulls, level });
  }
  return rows;
}

function predictionDrift(read: WindowRead, test: { counts: number[]; sorted: number[] }, t: Thresholds): PredictionDrift | null {
  if (read.predictions === 0) return null;
  const live = read.livePredictions;
  const drift = numericDrift({ counts: test.counts, sample: test.sorted }, live.counts, live.sample);
  return {
    ...drift,
    test_predictions: test.sorted.length,
    live_mean: read.liveMean,
    test_mean: test.sorted.reduce((s, v) => s + v, 0) / test.sorted.length,
    level: levelOfPsi(drift.psi, t.predictionDrift.psiWarning, t.predictionDrift.psiRetrain),
  };
}

function liveError(read: WindowRead, testMetrics: Record<string, number>, t: Thresholds): LiveError | null {
  const { metric, ratioWarning, ratioRetrain } = t.liveError;
  const test = testMetrics[metric];
  const labels = read.errors.absolute.n;
  if (labels === 0 || test === undefined) return null;
  let live: number;
  let interval: Interval | null;
  if (metric === 'mae') {
    const m = read.errors.absolute;
    live = m.mean;
    interval = meanInterval(m.mean, m.variance, m.n, t.confidence);
  } else {
    const m = read.errors.squared;
    live = Math.sqrt(m.mean);
    const mse = meanInterval(m.mean, m.variance, m.n, t.confidence);
    interval = mse === null ? null : { low: Math.sqrt(Math.max(0, mse.low)), high: Math.sqrt(mse.high) };
  }
  const ratio = live / test;
  const small = labels < t.minLabels;
  let level: Level = 'ok';
  // A retrain needs the ratio and an interval that excludes the test error: noise alone never retrains.
  if (!small && ratio >= ratioRetrain && interval !== null && interval.low > test) level = 'retrain';
  else if (!small && ratio >= ratioWarning) level = 'warn';
  return { metric, labels, small_sample: small, live, interval, test, ratio, level };
}

function coverage(read: WindowRead, t: Thresholds): LiveCoverage | null {
  const c = read.coverage;
  if (c.n === 0) return null;
  const live = c.inside / c.n;
  const interval = wilsonInterval(c.inside, c.n, t.confidence);
  const shortfall = c.nominal - live;
  const small = c.n < t.minLabels;
  let level: Level = 'ok';
  if (!small && shortfall >= t.coverage.shortfallRetrain && interval !== null && interval.high < c.nominal) level = 'retrain';
  else if (!small && shortfall >= t.coverage.shortfallWarning) level = 'warn';
  return { labels: c.n, inside: c.inside, nominal: c.nominal, live, interval, shortfall, small_sample: small, level };
}

export interface AnalysisInput {
  read: WindowRead;
  thresholds: Thresholds;
  testMetrics: Record<string, number>;
  testPredictions: { counts: number[]; sorted: number[] };
  /** False when no training profile was given: input drift is not checked. */
  hasProfile: boolean;
}

export function analyse({ read, thresholds: t, testMetrics, testPredictions, hasProfile }: AnalysisInput): Analysis {
  const notes: string[] = [];
  const drift = hasProfile ? inputDrift(read, t) : null;
  const predicted = predictionDrift(read, testPredictions, t);
  const error = liveError(read, testMetrics, t);
  const cover = coverage(read, t);
  if (!hasProfile)
    notes.push('input drift not checked: no training data profile (give profile-file, or a bundle holding training_profile.json)');
  if (error === null)
    notes.push(
      `live error not checked: ${read.errors.absolute.n === 0 ? 'no labelled predictions in the window' : `the bundle has no test ${t.liveError.metric}`}`,
    );
  else if (error.small_sample)
    notes.push(
      `live error on ${error.labels} labels only (fewer than min_labels ${t.minLabels}): a small sample, reported but not deciding`,
    );
  if (cover?.small_sample === true)
    notes.push(`coverage on ${cover.labels} labelled intervals only (fewer than min_labels ${t.minLabels}): a small sample`);
  const others = Object.entries(read.otherVersions);
  if (others.length > 0) notes.push(`predictions by other model versions left out: ${others.map(([v, n]) => `${v} (${n})`).join(', ')}`);
  if (read.predictions < t.minPredictions) {
    const reason = `${read.predictions} predictions of this model in the window, fewer than min_predictions ${t.minPredictions}: too few to judge`;
    return {
      verdict: 'insufficient-data',
      reasons: [reason],
      notes,
      input_drift: drift,
      prediction_drift: predicted,
      live_error: error,
      coverage: cover,
    };
  }
  const findings: { level: Level; text: string }[] = [];
  for (const row of drift ?? []) {
    if (row.level === 'ok') continue;
    const fresh = Object.keys(row.new_categories);
    const extra = fresh.length > 0 ? `, categories not in training: ${fresh.join(', ')}` : '';
    findings.push({
      level: row.level,
      text: `input "${row.feature}" drifted from the training data: PSI ${fmt(row.psi)}, ${row.test} p ${row.p_value.toExponential(1)}${extra}`,
    });
  }
  if (predicted !== null && predicted.level !== 'ok') {
    findings.push({
      level: predicted.level,
      text: `predictions drifted from the test predictions: PSI ${fmt(predicted.psi)} (live mean ${fmt(predicted.live_mean)}, test mean ${fmt(predicted.test_mean)})`,
    });
  }
  if (error !== null && error.level !== 'ok') {
    const ci =
      error.interval === null
        ? ''
        : ` (${Math.round(t.confidence * 100)} % interval ${fmt(error.interval.low)}–${fmt(error.interval.high)})`;
    findings.push({
      level: error.level,
      text: `live ${error.metric} ${fmt(error.live)}${ci} is ${error.ratio.toFixed(2)}× the test ${error.metric} ${fmt(error.test)} on ${error.labels} labels`,
    });
  }
  if (cover !== null && cover.level !== 'ok') {
    findings.push({
      level: cover.level,
      text: `the prediction interval covered ${(cover.live * 100).toFixed(1)} % of ${cover.labels} labels, nominal ${(cover.nominal * 100).toFixed(0)} %`,
    });
  }
  const retrain = findings.filter((f) => f.level === 'retrain');
  const verdict: Verdict = retrain.length > 0 ? 'retrain-needed' : findings.length > 0 ? 'warn' : 'healthy';
  const reasons = [...retrain, ...findings.filter((f) => f.level !== 'retrain')].map((f) =>
    f.level === 'retrain' ? `retrain: ${f.text}` : `warn: ${f.text}`,
  );
  return { verdict, reasons, notes, input_drift: drift, prediction_drift: predicted, live_error: error, coverage: cover };
}
