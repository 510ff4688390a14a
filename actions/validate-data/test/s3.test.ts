// s3:// data against moto in server mode: the object is streamed from the endpoint the standard
// SDK environment names (AWS_ENDPOINT_URL), then checked like a local file.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { loadDatasetContract } from '@slipway/shared';
import { localData } from '../src/reading/s3-object.js';
import { validateFile } from '../src/validate.js';
import { runActionProcess, type ActionRunResult } from '../../../runner/src/action-process.js';
import { startMoto, type MotoServer } from '../../test-support/moto.js';
import { actionDir, repoRoot } from '../../test-support/paths.js';
import { scratch } from '../../test-support/temp.js';
import { csvToParquet, HOUSE_TYPES, houseRows } from './parquet-support.js';

const tmp = scratch('s3-data');
const contract = loadDatasetContract(join(repoRoot, 'data', 'house-prices', 'contract.yaml'));
const HEADER = 'sqft,bedrooms,bathrooms,location,condition,year_built,price';
const saved = { ...process.env };
let moto: MotoServer;
let csvFile: string;
let parquetFile: string;

beforeAll(async () => {
  moto = await startMoto();
  Object.assign(process.env, moto.env, { RUNNER_TEMP: tmp.dir });
  const s3 = new S3Client({ endpoint: moto.endpoint, forcePathStyle: true, region: 'us-east-1' });
  await s3.send(new CreateBucketCommand({ Bucket: 'slipway-data' }));
  const rows = houseRows(120);
  rows[90] = '1500,3,2,Harbour,Good,1990,450000';
  csvFile = tmp.write('in/houses.csv', `${[HEADER, ...rows].join('\n')}\n`);
  parquetFile = csvToParquet(csvFile, join(tmp.dir, 'in', 'houses.parquet'), HOUSE_TYPES);
  for (const file of [csvFile, parquetFile]) {
    const key = `datasets/${file.split('/').pop() ?? ''}`;
    await s3.send(new PutObjectCommand({ Bucket: 'slipway-data', Key: key, Body: readFileSync(file) }));
  }
}, 60_000);

afterAll(async () => {
  process.env = saved;
  await moto.stop();
  tmp.cleanup();
});

describe('s3:// data', () => {
  it.each(['houses.csv', 'houses.parquet'])(
    '%s: the same findings as the local file, named by its URI; fingerprint of the object bytes',
    async (name) => {
      const uri = `s3://slipway-data/datasets/${name}`;
      const local = join(tmp.dir, 'in', name);
      const [remote, here] = [await validateFile(uri, contract), await validateFile(local, contract)];
      expect(remote.file).toBe(uri);
      expect(remote.sha256).toBe(createHash('sha256').update(readFileSync(local)).digest('hex'));
      expect(remote.findings).toEqual(here.findings);
      expect(remote.findings.map((f) => f.id)).toEqual(['category']);
      expect(remote.findings[0]?.examples).toEqual([{ line: 92, value: 'Harbour' }]);
      expect(remote.profile).toEqual(here.profile);
    },
  );

  it('leaves no downloaded copy behind', async () => {
    await validateFile('s3://slipway-data/datasets/houses.csv', contract);
    expect(readdirSync(tmp.dir).filter((f) => f.startsWith('slipway-s3-data-'))).toEqual([]);
  });

  it('explains a missing key and a missing bucket, naming the URI', async () => {
    await expect(validateFile('s3://slipway-data/datasets/nope.csv', contract)).rejects.toThrow(
      's3://slipway-data/datasets/nope.csv: bucket "slipway-data" has no object "datasets/nope.csv" (NoSuchKey); check the key\'s path and case',
    );
    await expect(localData('s3://no-such-bucket/x.csv')).rejects.toThrow(
      's3://no-such-bucket/x.csv: bucket "no-such-bucket" does not exist (NoSuchBucket); check the bucket name, the account and the endpoint',
    );
  });

  it('the bundled action validates an s3:// data input, and a contract whose source is s3', async () => {
    const run = (inputs: Record<string, string>): Promise<ActionRunResult> =>
      runActionProcess({ actionDir: actionDir('validate-data'), inputs, workspace: repoRoot, runnerTemp: tmp.dir, env: moto.env });
    const given = await run({ contract: 'house-prices', data: 's3://slipway-data/datasets/houses.parquet', 'fail-on-error': 'false' });
    expect(given.exitCode).toBe(0);
    expect(JSON.parse(given.outputs.fingerprint ?? '')).toEqual({
      sha256: createHash('sha256').update(readFileSync(parquetFile)).digest('hex'),
      rows: 120,
    });
    expect(given.outputs.passed).toBe('false');
    expect(given.summary).toContain('Harbour');
    const s3Contract = tmp.write(
      'contracts/houses-s3.yaml',
      readFileSync(join(repoRoot, 'data', 'house-prices', 'contract.yaml'), 'utf8').replace(
        /source:\n(?: {2}.*\n)+/,
        'source:\n  kind: s3\n  uri: s3://slipway-data/datasets/houses.csv\n',
      ),
    );
    const fromContract = await run({ contract: s3Contract, 'fail-on-error': 'false' });
    expect(fromContract.exitCode).toBe(0);
    expect(JSON.parse(fromContract.outputs.fingerprint ?? '')).toMatchObject({ rows: 120 });
  });

  it('refuses a URI that names no object, before any request', async () => {
    await expect(localData('s3://slipway-data', tmp.dir)).rejects.toThrow(
      'data "s3://slipway-data" is not an S3 object URI; write it as s3://bucket/path/to/file.csv',
    );
  });
});
