// Command-line arguments of `npm run pipeline`. Parsing is pure (no file access) so every
// mistake a user can type is unit-tested; checks against the file system live in paths.ts.

export interface PipelineArgs {
  /** A project name (ml/projects/<name>.yaml) or a path to a spec file. */
  project: string;
  /** Optional CSV (a path or an s3:// URI) that overrides the dataset contract's source. */
  data?: string;
  /** With an s3:// --data: the sha256 the download must have (a data-arrived manifest's). */
  dataSha256?: string;
  /** With an s3:// --data: the object version to read. */
  dataVersion?: string;
  /** Optional seed override, passed to train-model. */
  seed?: number;
  /** Parent folder of the run folders; default <repo>/runs. */
  runDir?: string;
  /** A profile.json from an earlier run: validate-data reports drift against it. */
  referenceProfile?: string;
}

export type ParseResult = { kind: 'run'; args: PipelineArgs } | { kind: 'help' };

export const USAGE = `Usage: npm run pipeline -- --project <name|spec.yaml> [options]

Runs the Slipway pipeline locally by executing each action's bundled dist/index.js
as GitHub's runner would, and writes runs/<UTC timestamp>-<project>/ with the
bundles, the MLflow store, each step's summary, report.md and report.html.

Options:
  --project <name|path>  model project: a name from ml/projects/ or a path to a spec (required)
  --data <csv|s3://…>    train on this CSV (or Parquet file) instead of the dataset contract's source
  --data-sha256 <hex>    with an s3:// --data (required there): the sha256 the object must have,
                         e.g. a data-arrived manifest's; checked before any step runs
  --data-version <id>    with an s3:// --data: read this version of the object
  --reference-profile <profile.json>
                         report drift against an earlier run's data profile
                         (runs/<run>/validation/profile.json)
  --seed <int>           override the spec's split seed
  --run-dir <dir>        parent folder for run folders (default: <repo>/runs)
  --help                 show this text`;

class UsageError extends Error {
  override name = 'UsageError';
}

export function isUsageError(error: unknown): boolean {
  return error instanceof UsageError;
}

const VALUE_OPTIONS = ['--project', '--data', '--seed', '--run-dir', '--reference-profile', '--data-sha256', '--data-version'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

function splitOption(token: string): [string, string | undefined] {
  const eq = token.indexOf('=');
  return eq > 0 ? [token.slice(0, eq), token.slice(eq + 1)] : [token, undefined];
}

function parseSeed(text: string): number {
  if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(Number(text)) || Number(text) < 0) {
    throw new UsageError(`--seed: "${text}" is not a non-negative integer — pass e.g. --seed 42`);
  }
  return Number(text);
}

export function parseArgs(argv: readonly string[]): ParseResult {
  const values: Partial<Record<ValueOption, string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = splitOption(argv[i] ?? '');
    if (name === '--help' || name === '-h') return { kind: 'help' };
    if (!(VALUE_OPTIONS as readonly string[]).includes(name)) {
      throw new UsageError(`unknown argument "${argv[i]}" — options are ${VALUE_OPTIONS.join(', ')}, --help`);
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
      throw new UsageError(`${name} needs a value — e.g. ${name} ${name === '--seed' ? '42' : '<value>'}`);
    }
    if (values[name as ValueOption] !== undefined) throw new UsageError(`${name} given twice — pass it once`);
    values[name as ValueOption] = value;
  }
  if (values['--project'] === undefined) {
    throw new UsageError('--project is required — e.g. --project house-prices (see ml/projects/)');
  }
  const args: PipelineArgs = { project: values['--project'] };
  if (values['--data'] !== undefined) args.data = values['--data'];
  Object.assign(args, s3DataOptions(values['--data'], values['--data-sha256'], values['--data-version']));
  if (values['--seed'] !== undefined) args.seed = parseSeed(values['--seed']);
  if (values['--run-dir'] !== undefined) args.runDir = values['--run-dir'];
  if (values['--reference-profile'] !== undefined) args.referenceProfile = values['--reference-profile'];
  return { kind: 'run', args };
}

/** --data-sha256 and --data-version belong to an s3:// --data, which needs the sha256. */
function s3DataOptions(data: string | undefined, sha256: string | undefined, version: string | undefined): Partial<PipelineArgs> {
  const s3 = data?.startsWith('s3://') ?? false;
  if (!s3 && (sha256 !== undefined || version !== undefined)) {
    throw new UsageError('--data-sha256 and --data-version go with an s3:// --data — e.g. --data s3://bucket/incoming/abalone/new.csv');
  }
  if (!s3) return {};
  if (sha256 === undefined) {
    throw new UsageError("--data s3://… needs --data-sha256 <64 hex digits> (the data-arrived manifest's sha256)");
  }
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new UsageError(`--data-sha256: "${sha256}" is not 64 lowercase hex digits`);
  return version === undefined ? { dataSha256: sha256 } : { dataSha256: sha256, dataVersion: version };
}
