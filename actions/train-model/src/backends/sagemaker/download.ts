// The job's model.tar.gz into the local bundle layout: bundles/<version>/ and
// bundles/<version>.tar.gz, each under its final name only when complete (as the trainer does).
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { readJsonFile } from '@slipway/shared';

export function parseS3Uri(uri: string): { bucket: string; key: string } {
  const match = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri);
  if (match === null) throw new Error(`"${uri}" is not an s3://bucket/key URI`);
  return { bucket: match[1] ?? '', key: match[2] ?? '' };
}

export async function downloadObject(s3: S3Client, uri: string, file: string): Promise<void> {
  const { bucket, key } = parseS3Uri(uri);
  try {
    const response = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    if (response.Body === undefined) throw new Error('the response has no body');
    await pipeline(response.Body as Readable, createWriteStream(file));
  } catch (error) {
    throw new Error(`${uri}: ${(error as Error).name === 'NoSuchKey' ? 'no such object' : (error as Error).message}`);
  }
}

/** GNU tar refuses members that climb out of the target (`..`, absolute names) by default. */
function extract(tarball: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('tar', ['-xzf', tarball, '-C', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(`${tarball}: not a readable .tar.gz (${stderr || (error as Error).message})`);
  }
}

export interface PlacedBundle {
  version: string;
  bundleDir: string;
  bundleTarball: string;
}

export async function placeModelArtifact(s3: S3Client, modelUri: string, outputDir: string): Promise<PlacedBundle> {
  const bundles = join(outputDir, 'bundles');
  mkdirSync(bundles, { recursive: true });
  const building = mkdtempSync(join(bundles, '.sagemaker-'));
  try {
    const tarball = join(building, 'model.tar.gz');
    await downloadObject(s3, modelUri, tarball);
    const unpacked = join(building, 'bundle');
    extract(tarball, unpacked);
    const manifestFile = join(unpacked, 'manifest.json');
    if (!existsSync(manifestFile)) throw new Error(`${modelUri}: no manifest.json at the archive's top level; it is not a Slipway bundle`);
    const version = (readJsonFile(manifestFile, 'bundle manifest') as { version?: unknown }).version;
    if (typeof version !== 'string' || !/^[a-z][a-z0-9-]*-[0-9a-f]{12}$/.test(version))
      throw new Error(`${modelUri}: manifest.json: version ${JSON.stringify(version)} is not <project>-<12 hex>`);
    const bundleDir = join(bundles, version);
    const bundleTarball = join(bundles, `${version}.tar.gz`);
    rmSync(bundleDir, { recursive: true, force: true }); // a rerun of the same version replaces it
    renameSync(tarball, bundleTarball);
    renameSync(unpacked, bundleDir);
    return { version, bundleDir, bundleTarball };
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
}

/** One file out of the job's output.tar.gz (/opt/ml/output/data), or undefined when absent. */
export async function extractOutputFile(s3: S3Client, outputUri: string, name: string, target: string): Promise<string | undefined> {
  const scratch = mkdtempSync(`${target}.`);
  try {
    const tarball = join(scratch, 'output.tar.gz');
    await downloadObject(s3, outputUri, tarball);
    extract(tarball, join(scratch, 'out'));
    const file = join(scratch, 'out', name);
    if (!existsSync(file)) return undefined;
    renameSync(file, target);
    return target;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
