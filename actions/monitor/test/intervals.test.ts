// The monitor's interval statistics against scipy: vectors written by test/vectors/make_statistics.py.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { LabelledErrors, RunningMoments } from '../src/accumulators.js';
import { meanInterval, normalQuantile, studentTCdf, studentTQuantile, wilsonInterval } from '../src/intervals.js';

interface Vectors {
  t_quantile: { p: number; dof: number; value: number }[];
  t_cdf: { t: number; dof: number; value: number }[];
  normal_quantile: { p: number; value: number }[];
  mean_interval: { values: number[]; confidence: number; low: number; high: number }[];
  wilson: { k: number; n: number; confidence: number; low: number; high: number }[];
}

const vectors = JSON.parse(readFileSync(new URL('./vectors/statistics.json', import.meta.url), 'utf8')) as Vectors;
const relative = (a: number, b: number): number => Math.abs(a - b) / Math.max(Math.abs(b), 1e-12);

describe('intervals agree with scipy', () => {
  it.each(vectors.t_quantile)('t.ppf($p, $dof)', ({ p, dof, value }) => {
    expect(relative(studentTQuantile(p, dof), value)).toBeLessThan(1e-9);
  });

  it.each(vectors.t_cdf)('t.cdf($t, $dof)', ({ t, dof, value }) => {
    expect(Math.abs(studentTCdf(t, dof) - value)).toBeLessThan(1e-12);
  });

  it.each(vectors.normal_quantile)('norm.ppf($p)', ({ p, value }) => {
    expect(Math.abs(normalQuantile(p) - value)).toBeLessThan(1e-8);
  });

  it.each(vectors.mean_interval)('t interval on $values.length values at $confidence', ({ values, confidence, low, high }) => {
    const m = new RunningMoments();
    for (const v of values) m.add(v);
    const ci = meanInterval(m.mean, m.variance, m.n, confidence);
    expect(ci).not.toBeNull();
    expect(relative(ci?.low ?? NaN, low)).toBeLessThan(1e-9);
    expect(relative(ci?.high ?? NaN, high)).toBeLessThan(1e-9);
  });

  it.each(vectors.wilson)('Wilson interval $k of $n at $confidence', ({ k, n, confidence, low, high }) => {
    const ci = wilsonInterval(k, n, confidence);
    expect(Math.abs((ci?.low ?? NaN) - low)).toBeLessThan(1e-8);
    expect(Math.abs((ci?.high ?? NaN) - high)).toBeLessThan(1e-8);
  });

  it('has no interval from one value or none', () => {
    expect(meanInterval(3, 0, 1, 0.95)).toBeNull();
    expect(wilsonInterval(0, 0, 0.95)).toBeNull();
  });

  it('accumulates absolute and squared errors', () => {
    const errors = new LabelledErrors();
    errors.add(10, 7);
    errors.add(10, 14);
    expect(errors.absolute.mean).toBe(3.5);
    expect(errors.squared.mean).toBe(12.5);
    expect(errors.absolute.variance).toBeCloseTo(0.5, 12);
  });
});
