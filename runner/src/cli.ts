// `npm run pipeline -- --project <name>`: the local pipeline. Resolves the command line,
// runs each step's real bundle, and writes the run folder with its reports.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isUsageError, parseArgs, USAGE, type PipelineArgs } from './args.js';
import { actionBundle, repoRoot, resolveDataFile, resolveProject, resolveReferenceProfile, venvPython } from './paths.js';
import { PIPELINE, type RunContext } from './pipeline-definition.js';
import { consoleReporter } from './progress.js';
import { collectReportData, writeReports, writeStepSummaries } from './report/write-reports.js';
import { createRunFolder, markRunFailed } from './run-folder.js';
import { resolveProjectData, resolveS3Data } from './resolve-data.js';
import { runPipeline } from './run-pipeline.js';

function gitSha(root: string): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined; // not a git checkout (e.g. an exported tarball): GITHUB_SHA keeps its zero default
  }
}

/** --data as a local file: a path as given, or an s3:// object downloaded and sha256-checked. */
function localData(args: PipelineArgs, python: string, root: string, cwd: string): string {
  if (args.data === undefined) return '';
  if (args.dataSha256 !== undefined) return resolveS3Data(python, args.data, args.dataSha256, args.dataVersion, root);
  return resolveDataFile(args.data, cwd);
}

async function run(args: PipelineArgs, cwd: string): Promise<number> {
  const root = repoRoot();
  const project = resolveProject(root, args.project, cwd);
  const python = venvPython(root);
  for (const step of PIPELINE) actionBundle(root, step.action);
  const data = localData(args, python, root, cwd);
  const referenceProfile = args.referenceProfile === undefined ? '' : resolveReferenceProfile(args.referenceProfile, cwd);
  const dataFile = data === '' ? resolveProjectData(python, project.specFile, root) : data;

  const started = new Date();
  const runDir = createRunFolder(args.runDir ? resolve(cwd, args.runDir) : join(root, 'runs'), started, project.name);
  const context: RunContext = {
    project: project.input,
    dir: runDir,
    python,
    data,
    dataFile,
    seed: args.seed === undefined ? '' : String(args.seed),
    referenceProfile,
  };
  const sha = gitSha(root);
  const write = (text: string): boolean => process.stdout.write(text);
  write(`Slipway pipeline: ${project.name} (${relative(root, project.specFile)}) → ${runDir}\n`);
  write(`Data: ${dataFile}\n`);

  // Ctrl-C reaches the running step too (same process group), which then fails; a SIGINT sent
  // to this process alone lets the step finish. Either way no further step starts and the run
  // folder is marked .failed instead of being left looking complete.
  const interrupt = new AbortController();
  const onInterrupt = (): void => {
    process.stderr.write('\ninterrupted: no further step will start\n');
    interrupt.abort();
  };
  process.on('SIGINT', onInterrupt);
  const result = await runPipeline({
    root,
    steps: PIPELINE,
    run: context,
    signal: interrupt.signal,
    reporter: consoleReporter(write),
    env: sha ? { GITHUB_SHA: sha } : {},
  });
  process.off('SIGINT', onInterrupt);
  writeStepSummaries(runDir, result.steps);
  rmSync(join(runDir, '.runner-temp'), { recursive: true, force: true });
  if (!result.ok) {
    const failed = result.steps.find((s) => !s.ok);
    const why = failed ? `${failed.action}: ${failed.failure ?? 'failed without a message'}` : 'interrupted';
    const kept = markRunFailed(runDir);
    process.stderr.write(`\n✗ ${why}\nFiles of this run are kept in ${kept}\n`);
    return failed ? 1 : 130;
  }
  const reports = writeReports(runDir, collectReportData(project.name, result.steps, started));
  write(`\nReports:\n  ${reports.markdown}\n  ${reports.html}\n`);
  return 0;
}

async function main(argv: readonly string[]): Promise<number> {
  // npm runs scripts from the package root; INIT_CWD is where the user typed the command.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  try {
    const parsed = parseArgs(argv);
    if (parsed.kind === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    return await run(parsed.args, cwd);
  } catch (error) {
    process.stderr.write(`error: ${(error as Error).message}\n`);
    if (isUsageError(error)) process.stderr.write(`\n${USAGE}\n`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
