// A small synthetic house-price world for the monitor's tests: a "model" with a known formula,
// the bundle files it would ship (metrics, test predictions, calibration), its training profile,
// and prediction/feedback records in the records layout, with a chosen input drift or error.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { decileHistogram } from '@slipway/shared';
import { seededRandom } from '@slipway/shared/sample';

export const PROJECT = 'house-prices';
export const VERSION = 'house-prices-0123456789ab';
const NOISE = 20_000;
const LOCATIONS = ['Downtown', 'Urban', 'Suburb', 'Rural'];
const LOCATION_EFFECT: Record<string, number> = { Downtown: 60_000, Urban: 30_000, Suburb: 10_000, Rural: -20_000 };
/** z of a central 90 % normal interval. */
const Z90 = 1.6448536269514722;

export interface Row {
  sqft: number;
  bedrooms: number;
  location: string;
}

export interface World {
  random: () => number;
  normal: () => number;
  row: (shift?: number) => Row;
  predict: (row: Row) => number;
  actual: (row: Row) => number;
}

/** shift: input drift in standard deviations of sqft (and toward Rural for location). */
export function world(seed: number): World {
  const random = seededRandom(seed);
  const normal = (): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const row = (shift = 0): Row => {
    const sqft = Math.round(1800 + 400 * (normal() + shift));
    const bedrooms = Math.min(6, Math.max(1, Math.round(3 + normal() + shift)));
    const pick =
      shift > 0 && random() < Math.min(0.9, shift / 2) ? 'Rural' : (LOCATIONS[Math.floor(random() * LOCATIONS.length)] ?? 'Urban');
    return { sqft, bedrooms, location: pick };
  };
  const predict = (r: Row): number => 150 * r.sqft + 20_000 * r.bedrooms + (LOCATION_EFFECT[r.location] ?? 0);
  return { random, normal, row, predict, actual: (r) => predict(r) + NOISE * normal() };
}

function write(file: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** The bundle folder (and its .tar.gz beside it) of the model; returns the folder. */
export function writeBundle(dir: string, options: { profile?: boolean } = {}): { folder: string; tarball: string; profile: string } {
  const w = world(1);
  const train = Array.from({ length: 2000 }, () => w.row());
  const test = Array.from({ length: 200 }, () => w.row());
  const folder = join(dir, 'bundles', VERSION);
  const rmse = NOISE;
  write(join(folder, 'manifest.json'), { version: VERSION, project: PROJECT });
  write(join(folder, 'metrics.json'), {
    project: PROJECT,
    primary_metric: 'rmse',
    test: { rmse, mae: rmse * Math.sqrt(2 / Math.PI), r2: 0.95 },
  });
  write(join(folder, 'predictions_sample.json'), { actual: test.map((r) => w.actual(r)), predicted: test.map((r) => w.predict(r)) });
  write(join(folder, 'input_schema.json'), { target: 'price', features: [{ name: 'sqft' }, { name: 'bedrooms' }, { name: 'location' }] });
  write(join(folder, 'calibration.json'), { method: 'normal', coverage: 0.9 });
  const profile = join(dir, 'profile.json');
  write(profile, profileOf(train));
  if (options.profile === true) write(join(folder, 'training_profile.json'), profileOf(train));
  const tarball = join(dir, 'bundles', `${VERSION}.tar.gz`);
  execFileSync('tar', ['-czf', tarball, '-C', folder, '.']);
  return { folder, tarball, profile };
}

function numericColumn(name: string, values: number[]): unknown {
  const sorted = Float64Array.from(values).sort();
  const min = sorted[0] ?? 0;
  const max = sorted[sorted.length - 1] ?? 0;
  return {
    name,
    type: 'integer',
    count: values.length,
    nulls: 0,
    min,
    max,
    histogram: decileHistogram(sorted, min, max),
    categories: null,
    sample: Array.from(sorted),
  };
}

function profileOf(rows: Row[]): unknown {
  const categories: Record<string, number> = {};
  for (const r of rows) categories[r.location] = (categories[r.location] ?? 0) + 1;
  return {
    format: 'slipway-data-profile',
    version: 2,
    dataset: PROJECT,
    rows: rows.length,
    sha256: '0'.repeat(64),
    sample_rows: 50_000,
    columns: [
      numericColumn(
        'sqft',
        rows.map((r) => r.sqft),
      ),
      numericColumn(
        'bedrooms',
        rows.map((r) => r.bedrooms),
      ),
      { name: 'location', type: 'category', count: rows.length, nulls: 0, histogram: null, categories, sample: null },
      numericColumn(
        'price',
        rows.map(() => 1),
      ),
    ],
  };
}

const hourPath = (t: number): string => new Date(t).toISOString().slice(0, 13).replace(/[-T]/g, '/');
const stamp = (t: number): string =>
  new Date(t)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');

export interface RecordsOptions {
  root: string;
  /** First record time (ms). */
  start: number;
  count: number;
  /** Milliseconds between predictions. */
  every: number;
  shift?: number;
  /** Added to every actual (a model gone wrong without input drift). */
  bias?: number;
  /** Share of predictions that get feedback. */
  labelled?: number;
  version?: string;
  seed?: number;
}

/** Writes prediction and feedback files (one per hour and kind) like the server's writer. */
export function writeRecords(o: RecordsOptions): void {
  const w = world(o.seed ?? 2);
  const files = new Map<string, string[]>();
  const add = (kind: string, t: number, line: unknown): void => {
    const file = join(o.root, PROJECT, kind, hourPath(t), `${stamp(Math.floor(t / 3_600_000) * 3_600_000)}-test-000001.jsonl`);
    const lines = files.get(file) ?? [];
    lines.push(JSON.stringify(line));
    files.set(file, lines);
  };
  for (let i = 0; i < o.count; i++) {
    const t = o.start + i * o.every;
    const row = w.row(o.shift ?? 0);
    const prediction = w.predict(row);
    const id = ((o.seed ?? 2) * 1e8 + i + 1).toString(16).padStart(32, '0');
    const time = new Date(t).toISOString();
    const half = Z90 * NOISE;
    add('predictions', t, {
      id,
      time,
      project: PROJECT,
      model_version: o.version ?? VERSION,
      inputs: { ...row },
      prediction,
      interval: { lower: prediction - half, upper: prediction + half, coverage: 0.9 },
    });
    if (w.random() < (o.labelled ?? 0.5)) {
      add('feedback', t + 60_000, {
        prediction_id: id,
        time: new Date(t + 60_000).toISOString(),
        project: PROJECT,
        actual: w.actual(row) + (o.bias ?? 0),
      });
    }
  }
  for (const [file, lines] of files) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${lines.join('\n')}\n`);
  }
}
