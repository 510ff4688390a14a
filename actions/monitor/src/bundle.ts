// The production model bundle as the monitor needs it: its version, test metrics, test
// predictions (predictions_sample.json), nominal interval coverage (calibration.json) and, when
// the bundle carries one, the training rows' profile (training_profile.json, validate-data's format). A bundle is a folder, its
// .tar.gz (files at the archive's top level, ml/slipway_ml/bundle.py) or either under s3://.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseS3Root, s3Client } from './record-files.js';

export interface BundleFacts {
  where: string;
  version: string;
  project: string;
  target: string;
  /** The bundle's test metrics (metrics.json "test"). */
  testMetrics: Record<string, number>;
  /** The chosen model's test predictions kept in the bundle. */
  testPredictions: number[];
  /** The prediction interval's nominal coverage; undefined when the bundle has no calibration. */
  nominalCoverage?: number;
  /** training_profile.json, when the bundle carries the training rows' profile. */
  profileText?: string;
}

const NEEDED = ['manifest.json', 'metrics.json', 'predictions_sample.json', 'input_schema.json'];
export const PROFILE_FILE = 'training_profile.json';
const OPTIONAL = ['calibration.json', PROFILE_FILE];

/** Regular files at the top level of a .tar(.gz) archive, by base name. */
export function untar(archive: Buffer, where: string): Map<string, Buffer> {
  const data = archive[0] === 0x1f && archive[1] === 0x8b ? gunzipSync(archive) : archive;
  const files = new Map<string, Buffer>();
  let offset = 0;
  while (offset + 512 <= data.length) {
    const header = data.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const text = (from: number, length: number): string => header.toString('latin1', from, from + length).replace(/\0.*$/s, '');
    const size = parseInt(text(124, 12).trim() || '0', 8);
    if (!Number.isFinite(size)) throw new Error(`${where}: not a tar archive (bad size field at byte ${offset + 124})`);
    const type = text(156, 1);
    const name = [text(345, 155), text(0, 100)].filter((p) => p !== '').join('/');
    const body = data.subarray(offset + 512, offset + 512 + size);
    if (type === '0' || type === '') files.set(name.replace(/^(\.\/)+/, ''), Buffer.from(body));
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

type Reader = (name: string) => Promise<string | undefined>;

async function s3Reader(uri: string): Promise<Reader> {
  const { GetObjectCommand } = await import('@aws-sdk/client-s3');
  const s3 = await s3Client();
  const root = parseS3Root(uri, 'input bundle');
  const get = async (key: string): Promise<Buffer | undefined> => {
    try {
      const answer = await s3.send(new GetObjectCommand({ Bucket: root.bucket, Key: key }));
      return Buffer.from((await answer.Body?.transformToByteArray()) ?? []);
    } catch (error) {
      if (error instanceof Error && (error.name === 'NoSuchKey' || error.name === 'NotFound')) return undefined;
      throw new Error(`${uri}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const key = root.prefix.replace(/\/$/, '');
  if (key.endsWith('.tar.gz')) {
    const archive = await get(key);
    if (archive === undefined) throw new Error(`input bundle: ${uri} does not exist; give the production bundle's .tar.gz or folder`);
    const files = untar(archive, uri);
    return (name) => Promise.resolve(files.get(name)?.toString('utf8'));
  }
  return async (name) => (await get(`${root.prefix}${name}`))?.toString('utf8');
}

function localReader(path: string): Reader {
  if (!existsSync(path)) throw new Error(`input bundle: ${path} does not exist; give the production bundle's folder or .tar.gz`);
  if (statSync(path).isDirectory()) {
    return (name) => Promise.resolve(existsSync(join(path, name)) ? readFileSync(join(path, name), 'utf8') : undefined);
  }
  const files = untar(readFileSync(path), path);
  return (name) => Promise.resolve(files.get(name)?.toString('utf8'));
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function json(text: string, file: string): Json {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`${file}: not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isObject(value)) throw new Error(`${file}: expected a JSON object`);
  return value;
}

function numbers(value: unknown, file: string, field: string): number[] {
  if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'number' && Number.isFinite(v))) {
    throw new Error(`${file}: ${field}: expected a non-empty list of numbers`);
  }
  return value as number[];
}

/** Reads and checks what the monitor needs; errors name the bundle file and field. */
export async function readBundle(location: string): Promise<BundleFacts> {
  const read = location.startsWith('s3://') ? await s3Reader(location) : localReader(location);
  const texts = new Map<string, string>();
  for (const name of [...NEEDED, ...OPTIONAL]) {
    const text = await read(name);
    if (text !== undefined) texts.set(name, text);
    else if (NEEDED.includes(name)) throw new Error(`input bundle: ${location} has no ${name}; is it a Slipway model bundle?`);
  }
  const doc = (name: string): Json => json(texts.get(name) ?? '', `${location}: ${name}`);
  const manifest = doc('manifest.json');
  if (typeof manifest.version !== 'string' || manifest.version === '') throw new Error(`${location}: manifest.json: version: missing`);
  const metrics = doc('metrics.json');
  if (typeof metrics.project !== 'string') throw new Error(`${location}: metrics.json: project: missing`);
  const test = metrics.test;
  if (!isObject(test)) throw new Error(`${location}: metrics.json: test: expected the test metrics`);
  const testMetrics = Object.fromEntries(Object.entries(test).filter((e): e is [string, number] => typeof e[1] === 'number'));
  const sample = doc('predictions_sample.json');
  const schema = doc('input_schema.json');
  if (typeof schema.target !== 'string') throw new Error(`${location}: input_schema.json: target: missing`);
  const calibration = texts.has('calibration.json') ? doc('calibration.json') : undefined;
  const coverage = calibration?.coverage;
  return {
    where: location,
    version: manifest.version,
    project: metrics.project,
    target: schema.target,
    testMetrics,
    testPredictions: numbers(sample.predicted, `${location}: predictions_sample.json`, 'predicted'),
    ...(typeof coverage === 'number' ? { nominalCoverage: coverage } : {}),
    ...(texts.has(PROFILE_FILE) ? { profileText: texts.get(PROFILE_FILE) } : {}),
  };
}
