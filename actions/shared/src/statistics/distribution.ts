// Distribution comparisons for drift: PSI, the two-sample Kolmogorov–Smirnov test and the
// chi-square test of homogeneity, with their p-values. Checked against scipy
// (actions/validate-data/test/stats.test.ts, schemas/vectors/drift/).
import { at } from './numbers.js';

/** Proportion used for an empty bin on either side, so PSI stays finite (stated in the README). */
const PSI_EPSILON = 1e-4;

/** Population stability index Σ (a − e) · ln(a / e) over bin proportions (e: reference, a: actual). */
export function psi(reference: number[], actual: number[]): number {
  const totalRef = reference.reduce((s, v) => s + v, 0);
  const totalAct = actual.reduce((s, v) => s + v, 0);
  let sum = 0;
  reference.forEach((count, i) => {
    const e = Math.max(count / totalRef, PSI_EPSILON);
    const a = Math.max(at(actual, i) / totalAct, PSI_EPSILON);
    sum += (a - e) * Math.log(a / e);
  });
  return sum;
}

/** D = sup |F1 − F2| of two sorted samples (ties handled as scipy.stats.ks_2samp). */
function ksStatistic(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < a.length && j < b.length) {
    const x = Math.min(at(a, i), at(b, j));
    while (i < a.length && at(a, i) <= x) i += 1;
    while (j < b.length && at(b, j) <= x) j += 1;
    d = Math.max(d, Math.abs(i / a.length - j / b.length));
  }
  return d;
}

/**
 * Survival function of the limiting Kolmogorov distribution (scipy.stats.kstwobign.sf): the
 * asymptotic two-sample p-value is kolmogorovSf(√(n·m/(n+m)) · D).
 */
export function kolmogorovSf(lambda: number): number {
  if (lambda <= 0) return 1;
  if (lambda < 1) {
    // Small λ: the Jacobi-theta form of the CDF converges in a few terms.
    const c = (Math.PI * Math.PI) / (8 * lambda * lambda);
    let cdf = 0;
    for (let k = 1; k <= 20; k++) cdf += Math.exp(-(2 * k - 1) * (2 * k - 1) * c);
    return 1 - (Math.sqrt(2 * Math.PI) / lambda) * cdf;
  }
  let sf = 0;
  for (let k = 1; k <= 100; k++) {
    const term = Math.exp(-2 * k * k * lambda * lambda);
    sf += (k % 2 === 1 ? 2 : -2) * term;
    if (term < 1e-17) break;
  }
  return Math.min(1, Math.max(0, sf));
}

export interface TestResult {
  statistic: number;
  pValue: number;
}

export function ksTwoSample(a: ArrayLike<number>, b: ArrayLike<number>): TestResult {
  const d = ksStatistic(a, b);
  const en = (a.length * b.length) / (a.length + b.length);
  return { statistic: d, pValue: kolmogorovSf(Math.sqrt(en) * d) };
}

/** Chi-square test of homogeneity on a 2 × k table of counts (no continuity correction). */
export function chiSquareHomogeneity(reference: number[], actual: number[]): TestResult & { dof: number } {
  const kept = reference.map((r, i) => [r, at(actual, i)] as const).filter(([r, a]) => r + a > 0);
  const totalRef = kept.reduce((s, [r]) => s + r, 0);
  const totalAct = kept.reduce((s, [, a]) => s + a, 0);
  const total = totalRef + totalAct;
  let statistic = 0;
  for (const [r, a] of kept) {
    const column = r + a;
    const eRef = (column * totalRef) / total;
    const eAct = (column * totalAct) / total;
    statistic += (r - eRef) ** 2 / eRef + (a - eAct) ** 2 / eAct;
  }
  const dof = kept.length - 1;
  return { statistic, dof, pValue: dof < 1 ? 1 : chiSquareSf(statistic, dof) };
}

/** P(χ²_dof > x) = Q(dof/2, x/2), the regularised upper incomplete gamma function. */
export function chiSquareSf(x: number, dof: number): number {
  return x <= 0 ? 1 : upperGammaQ(dof / 2, x / 2);
}

function upperGammaQ(a: number, x: number): number {
  return x < a + 1 ? 1 - lowerSeries(a, x) : upperFraction(a, x);
}

// Numerical Recipes §6.2: series for P(a, x) when x < a + 1, continued fraction for Q otherwise.
function lowerSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < 1000; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * 1e-15) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}

function upperFraction(a: number, x: number): number {
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(z) for z > 0 (Lanczos, g = 7). */
function logGamma(z: number): number {
  if (z < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * z)) - logGamma(1 - z);
  const w = z - 1;
  let sum = at(LANCZOS, 0);
  for (let i = 1; i < LANCZOS.length; i++) sum += at(LANCZOS, i) / (w + i);
  const t = w + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (w + 0.5) * Math.log(t) - t + Math.log(sum);
}
