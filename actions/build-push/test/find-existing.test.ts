// find-existing.sh against ECR as moto serves it: which images a run builds, and the digest a
// rerun reuses when its tag is already pushed (immutable tags are never moved). The script
// calls the AWS CLI; these machines may not have it, so `aws` on PATH is a small boto3 program
// that answers `ecr describe-images` as the CLI does (JSON on stdout; exit 254 and the
// service's error code on stderr). The ECR behind it is moto's, not a stand-in.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { motoAvailable, startMoto, type MotoServer } from '../../test-support/moto.js';
import { repoRoot } from '../../test-support/paths.js';
import { MODEL_VERSION, SHA } from './fixtures.js';
import { runScript } from './script-runner.js';

const python = join(repoRoot, 'ml', '.venv', 'bin', 'python');
const MODEL_TAG = `${MODEL_VERSION}-3f78685`;
const API_TAG = `house-prices-${SHA}`;
const UI_TAG = `ui-${SHA}`;

const AWS_CLI = `#!${python}
import json, sys
import boto3
from botocore.exceptions import ClientError
args = sys.argv[1:]
if args[:2] != ["ecr", "describe-images"]:
    sys.exit(f"aws stand-in: only ecr describe-images is supported, not {args}")
repository = args[args.index("--repository-name") + 1]
tag = args[args.index("--image-ids") + 1].removeprefix("imageTag=")
try:
    answer = boto3.client("ecr").describe_images(repositoryName=repository, imageIds=[{"imageTag": tag}])
except ClientError as error:
    code, message = error.response["Error"]["Code"], error.response["Error"]["Message"]
    print(f"\\nAn error occurred ({code}) when calling the DescribeImages operation: {message}", file=sys.stderr)
    sys.exit(254)
answer.pop("ResponseMetadata", None)
print(json.dumps(answer, default=str, indent=4))
`;

/** Pushes an image manifest to moto's ECR under the given tags; returns its digest. */
function pushImage(env: Record<string, string>, repository: string, tags: string[], content: string): string {
  const script = `
import boto3, hashlib, json, sys
ecr = boto3.client("ecr")
repository, content, tags = sys.argv[1], sys.argv[2], sys.argv[3:]
try:
    ecr.create_repository(repositoryName=repository, imageTagMutability="IMMUTABLE")
except ecr.exceptions.RepositoryAlreadyExistsException:
    pass
config = "sha256:" + hashlib.sha256(content.encode()).hexdigest()
manifest = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
    "config": {"mediaType": "application/vnd.docker.container.image.v1+json", "size": 1, "digest": config}, "layers": []})
digest = None
for tag in tags:
    digest = ecr.put_image(repositoryName=repository, imageManifest=manifest, imageTag=tag)["image"]["imageId"]["imageDigest"]
print(digest)
`;
  return execFileSync(python, ['-c', script, repository, content, ...tags], { env: { ...process.env, ...env }, encoding: 'utf8' }).trim();
}

(motoAvailable() ? describe : describe.skip)('find-existing.sh against ECR (moto)', () => {
  let moto: MotoServer;
  let bin: string;
  let apiDigest: string;
  let uiDigest: string;

  beforeAll(async () => {
    moto = await startMoto();
    bin = mkdtempSync(join(tmpdir(), 'slipway-aws-cli-'));
    writeFileSync(join(bin, 'aws'), AWS_CLI);
    chmodSync(join(bin, 'aws'), 0o755);
    apiDigest = pushImage(moto.env, 'slipway/house-prices-api', [API_TAG, MODEL_TAG], 'api image of the first attempt');
    uiDigest = pushImage(moto.env, 'slipway/ui', [UI_TAG], 'ui image');
    pushImage(moto.env, 'slipway/abalone-api', [`abalone-${SHA}`, `abalone-0123456789ab-3f78685`], 'another model');
  }, 60_000);
  afterAll(async () => {
    await moto.stop();
    rmSync(bin, { recursive: true, force: true });
  });

  function find(env: Record<string, string>) {
    return runScript('find-existing.sh', {
      ...moto.env,
      PATH: `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}`,
      EXISTING_TAGS: 'reuse',
      API_REPOSITORY: 'slipway/house-prices-api',
      UI_REPOSITORY: 'slipway/ui',
      API_TAG,
      UI_TAG,
      MODEL_TAG,
      ATTEST: 'true',
      ...env,
    });
  }

  it('a rerun reuses both images its first attempt pushed: nothing to build, attest or move', () => {
    const result = find({});
    expect(result.stderr).toBe('');
    expect(result.outputs).toEqual({
      'build-api': 'false',
      'build-ui': 'false',
      'build-any': 'false',
      'attest-api': 'false',
      'attest-ui': 'false',
      'api-existing-digest': apiDigest,
      'ui-existing-digest': uiDigest,
    });
    expect(apiDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(result.stdout).toContain(
      `slipway/house-prices-api:${API_TAG} is already in ECR with model tag ${MODEL_TAG}: reusing ${apiDigest}`,
    );
  });

  it('a first attempt builds what is not there yet', () => {
    const result = find({ API_TAG: `house-prices-${'0'.repeat(40)}`, UI_TAG: `ui-${'0'.repeat(40)}` });
    expect(result.stderr).toBe('');
    expect(result.outputs).toEqual({
      'build-api': 'true',
      'build-ui': 'true',
      'build-any': 'true',
      'attest-api': 'true',
      'attest-ui': 'true',
      'api-existing-digest': '',
      'ui-existing-digest': '',
    });
  });

  it('refuses to reuse a tag that holds another model, naming both and the fix', () => {
    const result = find({ API_REPOSITORY: 'slipway/abalone-api', API_TAG: `abalone-${SHA}`, MODEL_TAG: 'abalone-ffffffffffff-3f78685' });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `error: slipway/abalone-api:abalone-${SHA} already holds another image (tags abalone-${SHA},abalone-0123456789ab-3f78685), not model tag abalone-ffffffffffff-3f78685: this run trained a different model on the same commit, and immutable ECR tags cannot move — push a new commit (or delete the old image) and rerun\n`,
    );
    expect(result.outputs).toEqual({});
  });

  it('fails with the CLI message when ECR cannot answer (no such repository)', () => {
    const result = find({ UI_REPOSITORY: 'slipway/missing', API_REPOSITORY: '' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('error: could not ask ECR whether slipway/missing:ui-');
    expect(result.stderr).toContain('RepositoryNotFoundException');
  });

  it('with existing-tags push, or for an image not asked for, asks ECR nothing', () => {
    const result = find({ EXISTING_TAGS: 'push', UI_REPOSITORY: '', PATH: '/usr/bin:/bin', AWS_ENDPOINT_URL: 'http://127.0.0.1:9' });
    expect(result.stderr).toBe('');
    expect(result.outputs).toMatchObject({ 'build-api': 'true', 'build-ui': 'false', 'attest-ui': 'false', 'api-existing-digest': '' });
  });
});
