// Scratch folders for the script tests: a workspace with the two build contexts and their
// Dockerfiles, and a model bundle folder laid out as train-model writes it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SHA = '3f786850e387550fdab836ed7e6dc881de23001b';
export const MODEL_VERSION = 'house-prices-83a4aa653ee8';

/** The files train-model writes into a bundle, each with content of its own kind. */
export const BUNDLE_CONTENT: Record<string, string> = {
  'model.joblib': 'joblib pickle bytes stand here; the scripts only copy the file',
  'spec.yaml': 'project: house-prices\ndataset: house-prices\n',
  'input_schema.json': '{"target": "price", "features": [], "derived": []}',
  'metrics.json': '{"project": "house-prices", "primary_metric": "rmse"}',
  'manifest.json': JSON.stringify({ project: 'house-prices', version: MODEL_VERSION, git_sha: SHA }),
  'calibration.json': '{"method": "split-conformal"}',
  'fingerprint.json': '{"rows": 2000, "columns": 9}',
  'feature_importance.json': '[]',
  'predictions_sample.json': '{"actual": [], "predicted": []}',
};

/** The shape of ml/Dockerfile that matters here: a `baked` stage copying the `bundle` context. */
export const API_DOCKERFILE = 'FROM python:3.11-slim AS base\nFROM base AS baked\nCOPY --from=bundle . /srv/bundle\n';

export interface Workspace {
  root: string;
  /** Stands for the runner's RUNNER_TEMP. */
  runnerTemp: string;
  bundle: string;
  /** Environment for validate-inputs.sh describing this workspace, paths relative to root. */
  env: Record<string, string>;
  cleanup: () => void;
}

export function makeWorkspace(): Workspace {
  const root = mkdtempSync(join(tmpdir(), 'slipway-build-push-'));
  mkdirSync(join(root, 'ml'));
  writeFileSync(join(root, 'ml', 'Dockerfile'), API_DOCKERFILE);
  mkdirSync(join(root, 'ui'));
  writeFileSync(join(root, 'ui', 'Dockerfile'), 'FROM node:24-bookworm-slim\n');
  mkdirSync(join(root, 'runner-temp'));
  const bundle = join(root, 'runs', 'bundles', MODEL_VERSION);
  mkdirSync(bundle, { recursive: true });
  for (const [name, text] of Object.entries(BUNDLE_CONTENT)) writeFileSync(join(bundle, name), text);
  return {
    root,
    runnerTemp: join(root, 'runner-temp'),
    bundle,
    env: {
      GIT_SHA: SHA,
      API_REPOSITORY: 'slipway/inference-api',
      UI_REPOSITORY: 'slipway/ui',
      BUNDLE_PATH: `runs/bundles/${MODEL_VERSION}`,
      MODEL_VERSION: '',
      API_CONTEXT: 'ml',
      API_DOCKERFILE: 'ml/Dockerfile',
      API_TARGET: 'baked',
      UI_CONTEXT: '.',
      UI_DOCKERFILE: 'ui/Dockerfile',
      ATTEST: 'true',
    },
    cleanup: () => {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
