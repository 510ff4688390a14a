// The local pipeline, in the workflow's order. Each entry reads like a workflow step:
// `with:` values may reference `${{ run.<key> }}` (what the command line resolved) and
// `${{ steps.<id>.outputs.<name> }}` (an earlier step's output). Adding a step is one entry.

export interface StepDefinition {
  /** Step id, as in a workflow (`steps.<id>.outputs...`). */
  id: string;
  /** Folder under actions/ holding action.yml and dist/index.js. */
  action: string;
  /** Inputs by action.yml name; values resolving to '' are left out, so defaults apply. */
  with: Record<string, string>;
}

/** Keys a `${{ run.<key> }}` expression may name. */
export interface RunContext {
  /** `project` input: a name or an absolute spec path. */
  project: string;
  /** Absolute run folder; the actions write bundles, MLflow store and reports under it. */
  dir: string;
  /** Absolute path of the trainer's Python interpreter. */
  python: string;
  /** Optional data override ('' when not given): train-model then trains on it. */
  data: string;
  /** The file validate-data checks: the override, else the contract's source resolved to a local
   * file (the trainer's own resolver, so train-model reads the same cached file). */
  dataFile: string;
  /** Optional seed override ('' when not given). */
  seed: string;
  /** Optional drift reference for validate-data ('' when not given). */
  referenceProfile: string;
}

export const PIPELINE: readonly StepDefinition[] = [
  {
    id: 'validate',
    action: 'validate-data',
    with: {
      project: '${{ run.project }}',
      data: '${{ run.dataFile }}',
      'report-file': '${{ run.dir }}/validation/report.json',
      'profile-file': '${{ run.dir }}/validation/profile.json',
      'reference-profile': '${{ run.referenceProfile }}',
    },
  },
  {
    id: 'train',
    action: 'train-model',
    with: {
      project: '${{ run.project }}',
      backend: 'local',
      data: '${{ run.data }}',
      'output-dir': '${{ run.dir }}',
      python: '${{ run.python }}',
      seed: '${{ run.seed }}',
    },
  },
  {
    id: 'gate',
    action: 'quality-gate',
    with: {
      project: '${{ run.project }}',
      'metrics-file': '${{ steps.train.outputs.metrics-file }}',
    },
  },
];
