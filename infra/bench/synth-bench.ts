// Synthesis time of the Slipway CDK app, per stack and whole, and the comparison it names:
// the pinned CDK CLI (`cdk synth`, a process that runs bin/slipway.ts) against the in-process
// script (scripts/synth.ts in a fresh process) for the same three templates.
//   npx tsx infra/bench/synth-bench.ts [--runs 5] [--cli-runs 3]
// Figures go to docs/benchmarks-infra.md.
import { App, DefaultStackSynthesizer } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildSlipwayApp, cdkJsonContext, IMAGE_TAG_CONTEXT, STACK_IDS } from '../lib/app.js';
import { slipwayConfig } from '../lib/config.js';
import { EnvironmentStack } from '../lib/environment/environment-stack.js';
import { SharedStack } from '../lib/shared/shared-stack.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, 'cli-runs': { type: 'string', default: '3' } } });
const runs = Number(values.runs);
const cliRuns = Number(values['cli-runs']);
const infraDir = fileURLToPath(new URL('..', import.meta.url));
const imageTag = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const ms = (x: number) => `${x.toFixed(0)} ms`;
const time = <T>(work: () => T): [T, number] => {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
};

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'slipway-synth-bench-'));
}

/** One stack alone in an app: construct, synthesize (no nag plugin), then the AwsSolutions checks. */
function stackPhases(which: 'shared' | 'staging' | 'production'): { construct: number; synth: number; nag: number } {
  const outdir = tempDir();
  const app = new App({ outdir, analyticsReporting: false, context: { ...cdkJsonContext(), [IMAGE_TAG_CONTEXT]: imageTag } });
  const props = {
    env: { account: slipwayConfig.account, region: slipwayConfig.region },
    synthesizer: new DefaultStackSynthesizer({ generateBootstrapVersionRule: false }),
  };
  const [stack, construct] = time(() =>
    which === 'shared'
      ? new SharedStack(app, STACK_IDS.shared, { ...props, config: slipwayConfig })
      : new EnvironmentStack(app, STACK_IDS[which], {
          ...props,
          config: slipwayConfig,
          environment: slipwayConfig.environments[which],
          imageTag,
        }),
  );
  const [, synth] = time(() => app.synth());
  const [, nag] = time(() => new AwsSolutionsChecks().validateScope(stack));
  rmSync(outdir, { recursive: true, force: true });
  return { construct, synth, nag };
}

function wholeAppInProcess(): number {
  const outdir = tempDir();
  const [, elapsed] = time(() => buildSlipwayApp(slipwayConfig, { outdir, context: { [IMAGE_TAG_CONTEXT]: imageTag } }).app.synth());
  rmSync(outdir, { recursive: true, force: true });
  return elapsed;
}

function process(command: string, args: string[]): number {
  const out = tempDir();
  const [, elapsed] = time(() => execFileSync(command, [...args, out], { cwd: infraDir, stdio: 'ignore' }));
  rmSync(out, { recursive: true, force: true });
  return elapsed;
}

console.log(
  `Slipway CDK synth bench: ${cpus().length} CPUs, node ${globalThis.process.version}, ${runs} in-process runs, ${cliRuns} process runs`,
);
// Warm the module cache once (aws-cdk-lib's first load is not synthesis).
wholeAppInProcess();

for (const which of ['shared', 'staging', 'production'] as const) {
  const samples = Array.from({ length: runs }, () => stackPhases(which));
  const construct = median(samples.map((s) => s.construct));
  const synth = median(samples.map((s) => s.synth));
  const nag = median(samples.map((s) => s.nag));
  console.log(
    `${STACK_IDS[which].padEnd(20)} construct ${ms(construct).padStart(8)}  synth ${ms(synth).padStart(8)}  nag ${ms(nag).padStart(8)}  total ${ms(construct + synth + nag).padStart(8)}`,
  );
}
const whole = median(Array.from({ length: runs }, wholeAppInProcess));
console.log(`whole app, in-process (warm, nag attached): ${ms(whole)}`);

const cli = median(
  Array.from({ length: cliRuns }, () => process('npx', ['cdk', 'synth', '--quiet', '-c', `${IMAGE_TAG_CONTEXT}=${imageTag}`, '--output'])),
);
const script = median(Array.from({ length: cliRuns }, () => process('npx', ['tsx', 'scripts/synth.ts', '--image-tag', imageTag, '--out'])));
console.log(`whole app, cdk CLI (npx cdk synth, cold process): ${ms(cli)}`);
console.log(`whole app, scripts/synth.ts (npx tsx, cold process): ${ms(script)}`);
console.log(`ratio cdk CLI / in-process script: ${(cli / script).toFixed(2)}x`);
