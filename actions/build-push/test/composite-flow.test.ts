// The whole composite action, step by step as GitHub runs it (see composite-runner.ts): the
// real scripts with the env: wiring of action.yml; ECR login, Buildx, the builds and the
// attestations replaced by stand-ins that record what they were given.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runComposite, type StandIn } from './composite-runner.js';
import { MODEL_VERSION, SHA, makeWorkspace, type Workspace } from './fixtures.js';

const REGISTRY = '123456789012.dkr.ecr.eu-west-1.amazonaws.com';
const API = `${REGISTRY}/slipway/inference-api`;
const UI = `${REGISTRY}/slipway/ui`;

/** A digest over the build context's files, as a content-addressed build would give. */
function contextDigest(folder: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(relative(folder, path)).update(readFileSync(path));
    }
  };
  walk(folder);
  return `sha256:${hash.digest('hex')}`;
}

let ws: Workspace;
let builds: Record<string, string>[];
let attestations: Record<string, string>[];
let bundleSeenByApiBuild: boolean;
let standIns: Record<string, StandIn>;

beforeEach(() => {
  ws = makeWorkspace();
  builds = [];
  attestations = [];
  bundleSeenByApiBuild = false;
  standIns = {
    'aws-actions/amazon-ecr-login': () => ({ registry: REGISTRY }),
    'docker/setup-buildx-action': () => ({}),
    'docker/build-push-action': (withValues) => {
      builds.push(withValues);
      const context = join(ws.root, withValues.context!);
      const bundleContext = /^bundle=(.+)$/.exec(withValues['build-contexts'] ?? '')?.[1];
      if (bundleContext) bundleSeenByApiBuild = existsSync(join(bundleContext, 'manifest.json'));
      // The API image's content includes the bundle context, as COPY --from=bundle makes it.
      return { digest: bundleContext ? contextDigest(bundleContext) : contextDigest(context) };
    },
    'actions/attest-build-provenance': (withValues) => {
      attestations.push(withValues);
      return {};
    },
  };
});
afterEach(() => {
  ws.cleanup();
});

const inputs = { 'api-repository': 'slipway/inference-api', 'ui-repository': 'slipway/ui', 'bundle-path': `runs/bundles/${MODEL_VERSION}` };

describe('the composite action, run step by step', () => {
  it('builds the API image with the staged bundle, pushes both, and attests both by digest', () => {
    const run = runComposite(inputs, { sha: SHA, workspace: ws.root, runnerTemp: ws.runnerTemp }, standIns);
    expect(run.stderr).toBe('');
    expect(run.failedStep).toBeUndefined();
    expect(bundleSeenByApiBuild).toBe(true);
    const bundleContext = builds[0]!['build-contexts']!.slice('bundle='.length);
    expect(bundleContext).toMatch(new RegExp(`^${ws.runnerTemp}/slipway-build-push\\.\\w{6}/bundle$`));
    const apiDigest = contextDigest(bundleContext);
    const uiDigest = contextDigest(ws.root);
    expect(apiDigest).not.toBe(uiDigest);
    expect(run.outputs).toEqual({
      'api-image': `${API}:${MODEL_VERSION}-3f78685`,
      'ui-image': `${UI}:${SHA}`,
      'api-digest': apiDigest,
      'ui-digest': uiDigest,
      'api-image-ref': `${API}@${apiDigest}`,
      'ui-image-ref': `${UI}@${uiDigest}`,
      'model-version': MODEL_VERSION,
    });
    expect(builds[0]).toMatchObject({
      context: 'ml',
      file: 'ml/Dockerfile',
      target: 'baked',
      push: 'true',
      platforms: 'linux/amd64',
      tags: `${API}:${MODEL_VERSION}-3f78685\n${API}:${SHA}`,
      'cache-from': 'type=gha,scope=slipway-slipway-inference-api',
      'cache-to': 'type=gha,mode=max,scope=slipway-slipway-inference-api',
    });
    expect(builds[0]!.labels).toBe(
      `org.opencontainers.image.revision=${SHA}\norg.opencontainers.image.version=${MODEL_VERSION}-3f78685\ndev.slipway.model-version=${MODEL_VERSION}\n`,
    );
    expect(builds[1]).toMatchObject({
      context: '.',
      file: 'ui/Dockerfile',
      tags: `${UI}:${SHA}`,
      'cache-from': 'type=gha,scope=slipway-slipway-ui',
    });
    expect(attestations).toEqual([
      { 'subject-name': API, 'subject-digest': apiDigest, 'push-to-registry': 'true' },
      { 'subject-name': UI, 'subject-digest': uiDigest, 'push-to-registry': 'true' },
    ]);
    expect(run.summary).toContain(`| API | \`${API}:${SHA}\` | \`${apiDigest}\` |`);
  });

  it('skips the attestations when attest is false', () => {
    const run = runComposite({ ...inputs, attest: 'false' }, { sha: SHA, workspace: ws.root, runnerTemp: ws.runnerTemp }, standIns);
    expect(run.failedStep).toBeUndefined();
    expect(attestations).toEqual([]);
    expect(run.ran).not.toContain('actions/attest-build-provenance');
  });

  it('stops at the first step on a bad input, before any AWS call or build', () => {
    const run = runComposite({ ...inputs, 'git-sha': 'HEAD' }, { sha: SHA, workspace: ws.root, runnerTemp: ws.runnerTemp }, standIns);
    expect(run.ran).toEqual(['validate']);
    expect(run.failedStep).toBe('validate');
    expect(run.stderr).toContain('error: input git-sha: "HEAD" is not a full commit SHA');
    expect(builds).toEqual([]);
    expect(readdirSync(ws.runnerTemp)).toEqual([]);
  });

  it('fails before attesting when a build reports no digest', () => {
    standIns['docker/build-push-action'] = (withValues) => {
      builds.push(withValues);
      return { digest: '' };
    };
    const run = runComposite(inputs, { sha: SHA, workspace: ws.root, runnerTemp: ws.runnerTemp }, standIns);
    expect(run.failedStep).toBe('record');
    expect(attestations).toEqual([]);
    expect(run.summary).toBe('');
  });

  it('builds only the UI when images is ui: no bundle staged, UI tagged ui-<sha>', () => {
    const run = runComposite(
      { images: 'ui', 'ui-repository': 'slipway/ui', 'ui-tag': `ui-${SHA}` },
      { sha: SHA, workspace: ws.root, runnerTemp: ws.runnerTemp },
      standIns,
    );
    expect(run.stderr).toBe('');
    expect(run.failedStep).toBeUndefined();
    expect(run.ran).not.toContain('stage');
    expect(builds).toHaveLength(1);
    expect(builds[0]).toMatchObject({ file: 'ui/Dockerfile', tags: `${UI}:ui-${SHA}` });
    const uiDigest = contextDigest(ws.root);
    // Declared outputs of an image not built are empty, as on GitHub.
    expect(run.outputs).toEqual({
      'ui-image': `${UI}:ui-${SHA}`,
      'ui-digest': uiDigest,
      'ui-image-ref': `${UI}@${uiDigest}`,
      'model-version': '',
      'api-image': '',
      'api-digest': '',
      'api-image-ref': '',
    });
    expect(attestations).toEqual([{ 'subject-name': UI, 'subject-digest': uiDigest, 'push-to-registry': 'true' }]);
  });

  it('builds only the API when images is api, tagged <project>-<sha> and with its model tag', () => {
    const project = `${REGISTRY}/slipway/house-prices-api`;
    const run = runComposite(
      {
        images: 'api',
        'api-repository': 'slipway/house-prices-api',
        'api-tag': `house-prices-${SHA}`,
        'bundle-path': inputs['bundle-path'],
      },
      { sha: SHA, workspace: ws.root, runnerTemp: ws.runnerTemp },
      standIns,
    );
    expect(run.stderr).toBe('');
    expect(builds).toHaveLength(1);
    expect(builds[0]!.tags).toBe(`${project}:house-prices-${SHA}\n${project}:${MODEL_VERSION}-3f78685`);
    expect(run.outputs['api-image']).toBe(`${project}:house-prices-${SHA}`);
    expect(run.outputs['ui-image']).toBe('');
    expect(attestations.map((a) => a['subject-name'])).toEqual([project]);
  });
});
