// The release card: what a reviewer of the `production` approval reads — the candidate next to
// what is live now (model version, metric deltas, gate verdicts, data fingerprint and drift,
// image digests, the staging smoke result, the change and who merged it). train-and-deploy's
// release-card job writes it as its job summary before deploy-production waits for approval.
// Pure rendering (renderCard) plus a CLI that reads the inputs the workflow hands over:
//   PROJECT, CANDIDATE_BUNDLE (bundle folder: metrics.json, manifest.json, fingerprint.json),
//   VERDICTS (quality-gate's verdicts JSON), DRIFT (validate-data's drift JSON, may be empty),
//   DRIFT_NOTE (why drift was not checked), LIVE_RECORD (production-baseline's record JSON,
//   empty when nothing is live), API_IMAGE_REF, UI_IMAGE_REF (optional), SMOKE_RESULT, PULL_REQUEST
//   (JSON {number, title, url, author, merged_by} or empty), EVENT_NAME, ACTOR, REASON, RUN_URL.
// On a push without PULL_REQUEST, it asks GitHub (GITHUB_TOKEN, GITHUB_API_URL,
// GITHUB_REPOSITORY, GITHUB_SHA) which merged pull request the commit came from.
// Appends the card to $GITHUB_STEP_SUMMARY (stdout without it). Dependency-free, so the job
// runs it with Node 24's type stripping without an npm install.
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DriftRow, GateVerdict } from '@slipway/shared';

export class CardInputError extends Error {}

type Metrics = Record<string, number>;

export interface ModelSide {
  version: string;
  chosen: string;
  primaryMetric: string;
  test: Metrics;
  fingerprint: { sha256: string; rows: number };
  image: string;
}

export interface LiveSide extends ModelSide {
  deployedAt: string;
  approvedBy: string;
  runUrl: string;
}

// quality-gate's verdict rows and validate-data's drift rows: their schemas in schemas/ (type-only
// imports, erased when Node strips the types, so the card still needs no npm install).
export type Verdict = GateVerdict;
export type { DriftRow };

export interface PullRequest {
  number: number;
  title: string;
  url: string;
  author: string;
  merged_by: string;
}

export interface CardInputs {
  project: string;
  candidate: ModelSide;
  /** The UI image deployed with this release, when the run builds one. */
  uiImage?: string;
  live?: LiveSide;
  verdicts: Verdict[];
  /** Undefined when drift was not checked; driftNote says why. */
  drift?: DriftRow[];
  driftNote: string;
  smokeResult: string;
  pullRequest?: PullRequest;
  eventName: string;
  actor: string;
  reason: string;
  runUrl: string;
}

/** Metrics where a larger value is better; every other metric is an error (smaller is better). */
const HIGHER_IS_BETTER = new Set(['r2']);

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const code = (text: string): string => `\`${text.replace(/`/g, "'")}\``;

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && (Math.abs(value) >= 1e6 || Math.abs(value) < 1e-3)) return value.toExponential(3);
  return Number(value.toPrecision(4)).toString();
}

/** The candidate's change against live: absolute and relative, and whether it is better. */
export function metricDelta(metric: string, live: number, candidate: number): string {
  const delta = candidate - live;
  if (delta === 0) return 'same';
  const relative = live === 0 ? '' : ` (${delta > 0 ? '+' : ''}${((delta / Math.abs(live)) * 100).toFixed(1)} %)`;
  const better = HIGHER_IS_BETTER.has(metric) ? delta > 0 : delta < 0;
  return `${delta > 0 ? '+' : ''}${formatNumber(delta)}${relative} ${better ? 'better' : 'worse'}`;
}

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

const fingerprintText = (f: { sha256: string; rows: number }): string => `${code(f.sha256.slice(0, 12))}, ${f.rows} rows`;

function summaryTable(inputs: CardInputs): string {
  const { candidate, live } = inputs;
  const none = 'nothing live';
  const rows: string[][] = [
    ['model version', live ? code(live.version) : none, code(candidate.version), live?.version === candidate.version ? 'same' : 'new'],
    ['chosen model', live?.chosen ?? none, candidate.chosen, live ? (live.chosen === candidate.chosen ? 'same' : 'changed') : ''],
  ];
  const metrics = Object.entries(candidate.test).sort(
    ([a], [b]) => Number(b === candidate.primaryMetric) - Number(a === candidate.primaryMetric),
  );
  for (const [metric, value] of metrics) {
    const liveValue = live?.test[metric];
    const name = metric === candidate.primaryMetric ? `**${metric}** (primary, test set)` : `${metric} (test set)`;
    rows.push([
      name,
      liveValue === undefined ? none : formatNumber(liveValue),
      formatNumber(value),
      liveValue === undefined ? '' : metricDelta(metric, liveValue, value),
    ]);
  }
  const sameData = live?.fingerprint.sha256 === candidate.fingerprint.sha256;
  rows.push([
    'training data',
    live ? fingerprintText(live.fingerprint) : none,
    fingerprintText(candidate.fingerprint),
    live ? (sameData ? 'same data' : 'new data') : '',
  ]);
  rows.push(['API image', live ? code(live.image) : none, code(candidate.image), '']);
  if (inputs.uiImage) rows.push(['UI image', '', code(inputs.uiImage), '']);
  return table(['', 'live now', 'candidate', 'change'], rows);
}

function gateSection(verdicts: Verdict[]): string {
  const passed = verdicts.filter((v) => v.passed).length;
  const head = `### Quality gate: ${passed} of ${verdicts.length} passed`;
  if (verdicts.length === 0)
    return `${head}\n\nNo gate verdicts were handed over — the train job's gate step did not report; do not approve.`;
  const rows = verdicts.map((v) => [v.passed ? 'pass' : '**FAIL**', v.gate, formatNumber(v.value), `${v.op} ${formatNumber(v.threshold)}`]);
  return `${head}\n\n${table(['verdict', 'gate', 'candidate', 'required'], rows)}`;
}

function driftSection(inputs: CardInputs): string {
  if (inputs.drift === undefined)
    return `### Drift against the live model's training data\n\nNot checked: ${inputs.driftNote || 'no reference profile'}.`;
  const flagged = inputs.drift.filter((row) => row.verdict !== 'ok');
  const head = `### Drift against the live model's training data: ${flagged.length} of ${inputs.drift.length} columns flagged`;
  const num = (value: number | null): string => (value === null ? '' : formatNumber(value));
  const rows = inputs.drift.map((r) => [
    r.column,
    num(r.psi),
    r.test,
    num(r.statistic),
    num(r.p_value),
    r.verdict === 'ok' ? 'ok' : `**${r.verdict}**`,
  ]);
  return `${head}\n\n${table(['column', 'PSI', 'test', 'statistic', 'p-value', 'verdict'], rows)}`;
}

function changeSection(inputs: CardInputs): string {
  const pr = inputs.pullRequest;
  const lines = [`### Change`, ''];
  if (pr) lines.push(`Pull request [#${pr.number} ${cell(pr.title)}](${pr.url}) by @${pr.author}, merged by **@${pr.merged_by}**.`);
  else if (inputs.eventName === 'push')
    lines.push(`A push by @${inputs.actor} with no merged pull request for this commit — ask why before approving.`);
  else if (inputs.eventName === 'workflow_dispatch')
    lines.push(`Manual run by **@${inputs.actor}**: ${inputs.reason || '(no reason given)'}.`);
  else lines.push(`${inputs.eventName} run (triggered as @${inputs.actor})${inputs.reason ? `: ${inputs.reason}` : ''}.`);
  return lines.join('\n');
}

export function renderCard(inputs: CardInputs): string {
  const { live } = inputs;
  const smoke = inputs.smokeResult === 'success' ? 'passed' : `**${inputs.smokeResult || 'did not run'}**`;
  const liveLine = live
    ? `Live now: ${code(live.version)}, deployed ${live.deployedAt} after approval by @${live.approvedBy} ([run](${live.runUrl})).`
    : 'Nothing of this project is live in production yet: this is its first release.';
  return [
    `## Release card: ${inputs.project} → production`,
    '',
    liveLine,
    `Staging smoke test of the candidate: ${smoke}. [This run](${inputs.runUrl}).`,
    '',
    summaryTable(inputs),
    '',
    gateSection(inputs.verdicts),
    '',
    driftSection(inputs),
    '',
    changeSection(inputs),
    '',
  ].join('\n');
}

// ---- reading the workflow's hand-over ------------------------------------------------------

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CardInputError(
      `${where}: not JSON (${error instanceof Error ? error.message : String(error)}) — pass the step output unchanged`,
    );
  }
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function field<T>(object: Json, key: string, where: string, check: (value: unknown) => value is T, what: string): T {
  const value = object[key];
  if (!check(value))
    throw new CardInputError(`${where}: field ${key}: expected ${what}, got ${value === undefined ? 'nothing' : JSON.stringify(value)}`);
  return value;
}
const isString = (v: unknown): v is string => typeof v === 'string' && v !== '';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isMetrics = (v: unknown): v is Metrics => isObject(v) && Object.values(v).every(isNumber);

function fingerprintOf(value: unknown, where: string): { sha256: string; rows: number } {
  if (!isObject(value)) throw new CardInputError(`${where}: expected an object {sha256, rows}`);
  return { sha256: field(value, 'sha256', where, isString, 'a sha256'), rows: field(value, 'rows', where, isNumber, 'a row count') };
}

function readBundle(folder: string, image: string): ModelSide {
  const read = (name: string): Json => {
    const file = join(folder, name);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new CardInputError(`${file}: cannot be read — CANDIDATE_BUNDLE must be the unpacked gated bundle folder`);
    }
    const value = parseJson(text, file);
    if (!isObject(value)) throw new CardInputError(`${file}: expected a JSON object`);
    return value;
  };
  const metrics = read('metrics.json');
  const manifest = read('manifest.json');
  const where = join(folder, 'metrics.json');
  return {
    version: field(manifest, 'version', join(folder, 'manifest.json'), isString, 'the model version'),
    chosen: field(metrics, 'chosen', where, isString, 'the chosen candidate'),
    primaryMetric: field(metrics, 'primary_metric', where, isString, 'a metric name'),
    test: field(metrics, 'test', where, isMetrics, 'an object of metric values'),
    fingerprint: fingerprintOf(read('fingerprint.json'), join(folder, 'fingerprint.json')),
    image,
  };
}

/** production-baseline's `record` output: {model_version, metrics, data_fingerprint, image, …}. */
export function readLiveRecord(text: string): LiveSide | undefined {
  if (text.trim() === '') return undefined;
  const where = 'LIVE_RECORD (production-baseline record output)';
  const record = parseJson(text, where);
  if (!isObject(record)) throw new CardInputError(`${where}: expected a JSON object`);
  const metrics = field(record, 'metrics', where, isObject, 'the metrics.json object');
  const image = field(record, 'image', where, isObject, 'an object {uri, digest}');
  const uri = field(image, 'uri', `${where} image`, isString, 'an image URI');
  const digest = field(image, 'digest', `${where} image`, isString, 'a digest');
  return {
    version: field(record, 'model_version', where, isString, 'the model version'),
    chosen: field(metrics, 'chosen', `${where} metrics`, isString, 'the chosen candidate'),
    primaryMetric: field(metrics, 'primary_metric', `${where} metrics`, isString, 'a metric name'),
    test: field(metrics, 'test', `${where} metrics`, isMetrics, 'an object of metric values'),
    fingerprint: fingerprintOf(record.data_fingerprint, `${where} data_fingerprint`),
    image: `${uri.replace(/:[^/:]+$/, '')}@${digest}`,
    deployedAt: field(record, 'deployed_at', where, isString, 'a time'),
    approvedBy: field(record, 'approved_by', where, isString, 'a login'),
    runUrl: field(record, 'run_url', where, isString, 'a URL'),
  };
}

function readList<T>(text: string, where: string): T[] {
  const value = parseJson(text, where);
  if (!Array.isArray(value)) throw new CardInputError(`${where}: expected a JSON array`);
  return value as T[];
}

export function inputsFromEnv(env: NodeJS.ProcessEnv): CardInputs {
  const need = (name: string): string => {
    const value = env[name];
    if (!value)
      throw new CardInputError(`${name} is empty — the release-card job must pass it (see the header of runner/src/release-card.ts)`);
    return value;
  };
  const pr = env.PULL_REQUEST?.trim() ? parseJson(env.PULL_REQUEST, 'PULL_REQUEST') : undefined;
  const inputs: CardInputs = {
    project: need('PROJECT'),
    candidate: readBundle(need('CANDIDATE_BUNDLE'), need('API_IMAGE_REF')),
    live: readLiveRecord(env.LIVE_RECORD ?? ''),
    verdicts: readList<Verdict>(need('VERDICTS'), 'VERDICTS (quality-gate verdicts output)'),
    driftNote: env.DRIFT_NOTE ?? '',
    smokeResult: env.SMOKE_RESULT ?? '',
    eventName: need('EVENT_NAME'),
    actor: need('ACTOR'),
    reason: env.REASON ?? '',
    runUrl: need('RUN_URL'),
  };
  if (env.UI_IMAGE_REF) inputs.uiImage = env.UI_IMAGE_REF;
  if (env.DRIFT?.trim()) inputs.drift = readList<DriftRow>(env.DRIFT, 'DRIFT (validate-data drift output)');
  if (pr !== undefined) {
    if (!isObject(pr)) throw new CardInputError('PULL_REQUEST: expected a JSON object {number, title, url, author, merged_by}');
    inputs.pullRequest = pr as unknown as PullRequest;
  }
  return inputs;
}

// ---- the pull request a push merged ----------------------------------------------------------

/** GET a GitHub REST path as JSON; the token never appears in a message. */
async function getJson(api: string, path: string, token: string): Promise<unknown> {
  const response = await fetch(`${api}${path}`, {
    headers: { accept: 'application/vnd.github+json', authorization: `Bearer ${token}`, 'x-github-api-version': '2022-11-28' },
  });
  if (!response.ok) throw new CardInputError(`GET ${path}: HTTP ${response.status} — the job needs pull-requests: read and contents: read`);
  return response.json();
}

/** The merged pull request a commit came from (GitHub's "pull requests of a commit"), or none. */
export async function mergedPullRequest(api: string, repository: string, sha: string, token: string): Promise<PullRequest | undefined> {
  const listed = await getJson(api, `/repos/${repository}/commits/${sha}/pulls`, token);
  if (!Array.isArray(listed)) throw new CardInputError(`GET /repos/${repository}/commits/${sha}/pulls: expected a JSON array`);
  const merged = listed.find(
    (pull): pull is Json => isObject(pull) && typeof pull.merged_at === 'string' && typeof pull.number === 'number',
  );
  if (merged === undefined) return undefined;
  // The list omits merged_by; the pull request itself has it.
  const pull = await getJson(api, `/repos/${repository}/pulls/${String(merged.number)}`, token);
  if (!isObject(pull)) throw new CardInputError(`GET /repos/${repository}/pulls/${String(merged.number)}: expected a JSON object`);
  const login = (value: unknown): string => (isObject(value) && typeof value.login === 'string' ? value.login : 'unknown');
  return {
    number: merged.number as number,
    title: typeof pull.title === 'string' ? pull.title : '',
    url: typeof pull.html_url === 'string' ? pull.html_url : '',
    author: login(pull.user),
    merged_by: login(pull.merged_by),
  };
}

async function main(): Promise<void> {
  try {
    const inputs = inputsFromEnv(process.env);
    const { GITHUB_TOKEN: token, GITHUB_API_URL: api, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = process.env;
    if (inputs.pullRequest === undefined && inputs.eventName === 'push' && token && api && repository && sha) {
      const pull = await mergedPullRequest(api, repository, sha, token);
      if (pull) inputs.pullRequest = pull;
    }
    const card = renderCard(inputs);
    if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, card);
    else process.stdout.write(card);
  } catch (error) {
    process.stderr.write(`release-card: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main();
