// Synthesizes every stack offline into a folder, in-process (no CDK CLI, no AWS calls):
//   npx tsx infra/scripts/synth.ts [--out DIR] [--image-tag SHA]
// DIR defaults to infra/cdk.out; the image tag to the checkout's HEAD. The folder is written
// beside itself and renamed into place when complete, so it is never half written. Prints the
// template paths, one a line.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSlipwayApp, IMAGE_TAG_CONTEXT } from '../lib/app.js';
import { slipwayConfig, type SlipwayConfig } from '../lib/config.js';

/** `config` defaults to lib/config.ts; an offline deploy may pass a variant (e.g. a stand-in's certificate ARN). */
export function synthesizeTo(outDir: string, imageTag: string, config: SlipwayConfig = slipwayConfig): string[] {
  const target = resolve(outDir);
  mkdirSync(dirname(target), { recursive: true });
  const staging = mkdtempSync(join(dirname(target), `.${basename(target)}-`));
  try {
    buildSlipwayApp(config, { outdir: staging, context: { [IMAGE_TAG_CONTEXT]: imageTag } }).app.synth();
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  if (existsSync(target)) rmSync(target, { recursive: true, force: true });
  renameSync(staging, target);
  return readdirSync(target)
    .filter((name) => name.endsWith('.template.json'))
    .sort()
    .map((name) => join(target, name));
}

function headSha(): string {
  return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const { values } = parseArgs({ options: { out: { type: 'string' }, 'image-tag': { type: 'string' } } });
  const outDir = values.out ?? new URL('../cdk.out', import.meta.url).pathname;
  for (const template of synthesizeTo(outDir, values['image-tag'] ?? headSha())) console.log(template);
}
