// validate-inputs.sh under a fake runner: every bad input fails with the message naming the
// input (or file) and the fix, and writes no output.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE_CONTENT, MODEL_VERSION, SHA, makeWorkspace, type Workspace } from './fixtures.js';
import { repoRoot } from '../../test-support/paths.js';
import { action } from './action-file.js';
import { runScript, type ScriptResult } from './script-runner.js';

let ws: Workspace;
beforeEach(() => {
  ws = makeWorkspace();
});
afterEach(() => {
  ws.cleanup();
});

function validate(overrides: Record<string, string> = {}): ScriptResult {
  return runScript('validate-inputs.sh', { ...ws.env, ...overrides }, ws.root);
}

function expectFailure(result: ScriptResult, message: string): void {
  expect(result.stderr).toBe(`error: ${message}\n`);
  expect(result.status).toBe(1);
  expect(result.outputs).toEqual({});
}

describe('validate-inputs.sh', () => {
  it('a UI-only build needs no API repository or bundle, and names only the UI repository', () => {
    const result = validate({ IMAGES: 'ui', API_REPOSITORY: '', BUNDLE_PATH: '' });
    expect(result.stderr).toBe('');
    expect(result.outputs).toEqual({ 'model-version': '', 'api-repository': '', 'ui-repository': 'slipway/ui' });
  });

  it('an API-only build needs no UI repository, and names only the API repository', () => {
    const result = validate({ IMAGES: 'api', UI_REPOSITORY: '' });
    expect(result.outputs).toEqual({ 'model-version': MODEL_VERSION, 'api-repository': 'slipway/inference-api', 'ui-repository': '' });
  });

  it('refuses an unknown images list and an unknown existing-tags mode', () => {
    expectFailure(validate({ IMAGES: 'api,docs' }), 'input images: "api,docs" is not api, ui or api,ui — name the images to build');
    expectFailure(
      validate({ EXISTING_TAGS: 'overwrite' }),
      'input existing-tags: "overwrite" is neither push nor reuse — use reuse where ECR tags are immutable',
    );
  });

  it('accepts a complete bundle and reads the model version from its manifest', () => {
    const result = validate();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.outputs).toEqual({
      'model-version': MODEL_VERSION,
      'api-repository': 'slipway/inference-api',
      'ui-repository': 'slipway/ui',
    });
    expect(result.stdout).toContain(`bundle runs/bundles/${MODEL_VERSION} holds model ${MODEL_VERSION}`);
  });

  it('accepts a model-version input equal to the manifest version', () => {
    expect(validate({ MODEL_VERSION }).outputs).toEqual({
      'model-version': MODEL_VERSION,
      'api-repository': 'slipway/inference-api',
      'ui-repository': 'slipway/ui',
    });
  });

  it('refuses a model-version input the manifest contradicts', () => {
    expectFailure(
      validate({ MODEL_VERSION: 'house-prices-000000000000' }),
      `input model-version: "house-prices-000000000000" differs from runs/bundles/${MODEL_VERSION}/manifest.json version "${MODEL_VERSION}" — pass the model-version output of the train-model step that wrote this bundle, or leave model-version empty`,
    );
  });

  it.each([
    ['an abbreviated SHA', SHA.slice(0, 7)],
    ['an upper-case SHA', SHA.toUpperCase()],
    ['a branch name', 'main'],
    ['a SHA with a trailing newline', `${SHA}\n`],
  ])('refuses %s as git-sha', (_label, sha) => {
    expectFailure(
      validate({ GIT_SHA: sha }),
      `input git-sha: "${sha}" is not a full commit SHA (40 lowercase hex characters) — pass github.sha or the output of git rev-parse HEAD`,
    );
  });

  it('refuses an empty git-sha, naming the input', () => {
    expectFailure(validate({ GIT_SHA: '' }), "input git-sha: is empty — set git-sha in the step's with: block");
  });

  it('refuses a repository with a tag or a digest', () => {
    expectFailure(
      validate({ API_REPOSITORY: 'slipway/inference-api:latest' }),
      'input api-repository: "slipway/inference-api:latest" carries a tag or digest — give the repository name only; the tags come from git-sha and the model version',
    );
  });

  it('refuses a repository that includes the registry host', () => {
    const name = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/slipway/ui';
    expectFailure(
      validate({ UI_REPOSITORY: name }),
      `input ui-repository: "${name}" includes the registry host — give the repository name only (e.g. slipway/inference-api); the registry comes from the ECR login`,
    );
  });

  it.each([
    ['upper-case letters', 'Slipway/API'],
    ['a doubled separator', 'slipway//api'],
    ['a trailing separator', 'slipway-'],
    ['a single character', 'a'],
    ['257 characters', 'a'.repeat(257)],
  ])('refuses a repository name with %s', (_label, name) => {
    expectFailure(
      validate({ API_REPOSITORY: name }),
      `input api-repository: "${name}" is not a valid ECR repository name — use 2 to 256 lowercase letters and digits, with single . _ - or / between them (e.g. slipway/inference-api)`,
    );
  });

  it('accepts a 256-character repository name, the ECR maximum', () => {
    expect(validate({ API_REPOSITORY: 'a'.repeat(256) }).status).toBe(0);
  });

  it('refuses the same repository for both images', () => {
    expectFailure(
      validate({ UI_REPOSITORY: 'slipway/inference-api' }),
      'inputs api-repository and ui-repository are both "slipway/inference-api" — give each image its own repository, or the UI image\'s commit tag would overwrite the API image\'s',
    );
  });

  it('refuses a missing bundle folder', () => {
    expectFailure(
      validate({ BUNDLE_PATH: 'runs/bundles/nope' }),
      "input bundle-path: runs/bundles/nope: no such folder — pass the bundle folder that passed the quality gate (train-model's bundle-path output)",
    );
  });

  it('refuses the bundle tarball in place of the folder', () => {
    writeFileSync(join(ws.root, 'runs', 'bundles', `${MODEL_VERSION}.tar.gz`), 'gzip');
    expectFailure(
      validate({ BUNDLE_PATH: `runs/bundles/${MODEL_VERSION}.tar.gz` }),
      `input bundle-path: runs/bundles/${MODEL_VERSION}.tar.gz: is a file — pass the bundle folder (train-model's bundle-path output), not the .tar.gz`,
    );
  });

  it.each(Object.keys(BUNDLE_CONTENT))('refuses a bundle without %s', (name) => {
    rmSync(join(ws.bundle, name));
    expectFailure(
      validate(),
      `input bundle-path: runs/bundles/${MODEL_VERSION}/${name}: missing: the bundle is incomplete — pass the complete bundle folder train-model wrote`,
    );
  });

  it.each([
    ['without a version', JSON.stringify({ project: 'house-prices' })],
    ['with a numeric version', JSON.stringify({ version: 7 })],
    ['with an empty version', JSON.stringify({ version: '' })],
    ['that is not JSON', '{"version": '],
  ])('refuses a manifest %s', (_label, manifest) => {
    writeFileSync(join(ws.bundle, 'manifest.json'), manifest);
    expectFailure(
      validate(),
      `runs/bundles/${MODEL_VERSION}/manifest.json: field version: missing, empty or not a string (or the file is not JSON) — use a bundle written by train-model`,
    );
  });

  it.each(['', 'baked stage', '-baked'])('refuses api-target "%s" (not a stage name)', (target) => {
    expectFailure(
      validate({ API_TARGET: target }),
      target === ''
        ? "input api-target: is empty — set api-target in the step's with: block"
        : `input api-target: "${target}" is not a Dockerfile stage name — use letters, digits, _ . -, e.g. baked`,
    );
  });

  it('accepts a target stage named in any case, as Docker does', () => {
    writeFileSync(join(ws.root, 'ml', 'Dockerfile'), 'from base as Baked\nCOPY --from=bundle . /srv/bundle\n');
    expect(validate({ API_TARGET: 'Baked' }).status).toBe(0);
  });

  it('refuses an API Dockerfile without the target stage', () => {
    expectFailure(
      validate({ API_TARGET: 'runtime' }),
      'input api-target: ml/Dockerfile has no stage named "runtime" — name the stage that copies the bundle (FROM … AS runtime)',
    );
  });

  it('refuses an API Dockerfile that never copies the bundle context (an image without a model)', () => {
    writeFileSync(join(ws.root, 'ml', 'Dockerfile'), 'FROM base AS baked\nCOPY bundle/ /srv/bundle\n');
    expectFailure(
      validate(),
      'input api-dockerfile: ml/Dockerfile never copies the build context bundle — add COPY --from=bundle . <folder> to the baked stage, or the image carries no model',
    );
  });

  it('refuses a missing build context and a missing Dockerfile, naming the input', () => {
    expectFailure(
      validate({ UI_CONTEXT: 'web' }),
      'input ui-context: web: no such folder — give the Docker build context relative to the workspace',
    );
    expectFailure(
      validate({ API_DOCKERFILE: 'ml/Containerfile' }),
      'input api-dockerfile: ml/Containerfile: no such file — give the Dockerfile path relative to the workspace',
    );
  });

  it('refuses an attest value other than true or false', () => {
    expectFailure(validate({ ATTEST: 'yes' }), 'input attest: "yes" is neither true nor false — use true (attest provenance) or false');
  });

  it('on a runner, also prints the error as an annotation with % escaped', () => {
    const result = validate({ GITHUB_ACTIONS: 'true', API_REPOSITORY: 'api%0A' });
    expect(result.stderr.split('\n')[0]).toBe(
      '::error title=build-push::input api-repository: "api%250A" is not a valid ECR repository name — use 2 to 256 lowercase letters and digits, with single . _ - or / between them (e.g. slipway/inference-api)',
    );
  });
});

describe("the action's defaults", () => {
  it("fit this repository's Dockerfiles (contexts, files, the API stage that copies the bundle)", () => {
    const defaults = Object.fromEntries(
      ['api-context', 'api-dockerfile', 'api-target', 'ui-context', 'ui-dockerfile'].map((name) => [
        name,
        String(action.inputs[name]!.default),
      ]),
    );
    expect(defaults).toEqual({
      'api-context': 'ml',
      'api-dockerfile': 'ml/Dockerfile',
      'api-target': 'baked',
      'ui-context': '.',
      'ui-dockerfile': 'ui/Dockerfile',
    });
    const result = runScript(
      'validate-inputs.sh',
      {
        ...ws.env,
        BUNDLE_PATH: ws.bundle,
        API_CONTEXT: defaults['api-context']!,
        API_DOCKERFILE: defaults['api-dockerfile']!,
        API_TARGET: defaults['api-target']!,
        UI_CONTEXT: defaults['ui-context']!,
        UI_DOCKERFILE: defaults['ui-dockerfile']!,
      },
      repoRoot,
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('the bundle files the scripts require', () => {
  it('are exactly the files the inference server refuses to start without', () => {
    const lib = readFileSync(new URL('../scripts/lib.sh', import.meta.url), 'utf8');
    const scriptList = /BUNDLE_FILES=\(([^)]*)\)/.exec(lib)![1]!.split(/\s+/).filter(Boolean);
    const server = readFileSync(new URL('../../../ml/slipway_ml/serve/bundle_load.py', import.meta.url), 'utf8');
    const jsonFiles = [.../JSON_FILES = \(([^)]*)\)/.exec(server)![1]!.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    const single = ['MODEL_FILE', 'SPEC_FILE'].map((name) => new RegExp(`${name} = "([^"]+)"`).exec(server)![1]);
    expect([...scriptList].sort()).toEqual([...single, ...jsonFiles].sort());
    expect(Object.keys(BUNDLE_CONTENT).sort()).toEqual([...scriptList].sort());
  });
});
