// The ratio/product leak test: a least-squares fit of log|target| on log|f| and log|g|. A
// column computed as target / g or target × g fits with R² ≈ 1 and slopes ≈ ±1.
import { at } from './stats.js';

export interface LogFit {
  rows: number;
  intercept: number;
  slopes: [number, number];
  r2: number;
}

/** log|x| per value; NaN or −∞ (left out of fits) for a missing value or 0. Computed once per column. */
export function logAbs(values: Float64Array): Float64Array {
  const logs = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) logs[i] = Math.log(Math.abs(at(values, i)));
  return logs;
}

/** Fits over the rows where target, f and g are all finite and non-zero (logs from logAbs); null if fewer than minRows. */
export function fitLogProduct(logTarget: Float64Array, logF: Float64Array, logG: Float64Array, minRows: number): LogFit | null {
  let n = 0;
  const s = { f: 0, g: 0, t: 0, ff: 0, gg: 0, fg: 0, ft: 0, gt: 0, tt: 0 };
  for (let i = 0; i < logTarget.length; i++) {
    const lt = at(logTarget, i);
    const la = at(logF, i);
    const lb = at(logG, i);
    if (!Number.isFinite(lt + la + lb)) continue;
    n += 1;
    s.f += la;
    s.g += lb;
    s.t += lt;
    s.ff += la * la;
    s.gg += lb * lb;
    s.fg += la * lb;
    s.ft += la * lt;
    s.gt += lb * lt;
    s.tt += lt * lt;
  }
  if (n < minRows) return null;
  const cov = (xy: number, x: number, y: number): number => xy - (x * y) / n;
  const vff = cov(s.ff, s.f, s.f);
  const vgg = cov(s.gg, s.g, s.g);
  const vfg = cov(s.fg, s.f, s.g);
  const vft = cov(s.ft, s.f, s.t);
  const vgt = cov(s.gt, s.g, s.t);
  const vtt = cov(s.tt, s.t, s.t);
  const det = vff * vgg - vfg * vfg;
  // Collinear f and g (or a constant one): the pair says nothing beyond f alone.
  if (vtt <= 0 || vff <= 0 || vgg <= 0 || det <= 1e-12 * vff * vgg) return null;
  const bf = (vgg * vft - vfg * vgt) / det;
  const bg = (vff * vgt - vfg * vft) / det;
  const r2 = (bf * vft + bg * vgt) / vtt;
  return { rows: n, intercept: (s.t - bf * s.f - bg * s.g) / n, slopes: [bf, bg], r2 };
}

/** "price ≈ price_per_sqft × sqft" from the fitted log-linear relation. */
export function describeLogFit(target: string, f: string, g: string, fit: LogFit): string {
  const scale = Math.exp(fit.intercept);
  const head = Math.abs(fit.intercept) < 0.01 ? '' : `${significant(scale)} × `;
  const term = (name: string, slope: number, first: boolean): string => {
    if (Math.abs(slope - 1) < 0.02) return first ? name : `× ${name}`;
    if (Math.abs(slope + 1) < 0.02) return first ? `1 / ${name}` : `/ ${name}`;
    return `${first ? '' : '× '}${name}^${slope.toFixed(2)}`;
  };
  // A partner with a slope near 0 plays no part: "price ≈ 1.5 × u^2.00".
  const partner = Math.abs(fit.slopes[1]) < 0.02 ? '' : ` ${term(g, fit.slopes[1], false)}`;
  return `${target} ≈ ${head}${term(f, fit.slopes[0], true)}${partner}`;
}

const significant = (x: number): string => Number(x.toPrecision(3)).toString();
