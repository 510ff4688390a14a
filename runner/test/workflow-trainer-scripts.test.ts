// The scripts before a SageMaker training run in train-and-deploy-project.yml: where the project
// trains (the spec's training.backend or a manual run's input) and whether the trainer image for
// the commit is in ECR — against ECR as moto serves it, `aws` on PATH being
// fixtures/aws-cli-standin.py (boto3).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { motoAvailable, startMoto, type MotoServer as Moto } from '../../actions/test-support/moto.js';
import { tempDir } from './fixture-actions.js';
import { awsCliStandin, repoRoot as root, runWorkflowScript as run, venvPython as python } from './support/workflow-script.js';

function spec(text: string): string {
  const file = join(tempDir('slipway-spec-'), 'project.yaml');
  writeFileSync(file, text);
  return file;
}

describe('training-backend.sh', () => {
  it("follows the spec's training.backend, local when the spec has none", () => {
    expect(run('training-backend.sh', { SPEC: join(root, 'ml', 'projects', 'abalone.yaml') }).output).toBe('backend=sagemaker\n');
    expect(run('training-backend.sh', { SPEC: join(root, 'ml', 'projects', 'house-prices.yaml') }).output).toBe('backend=local\n');
    expect(run('training-backend.sh', { SPEC: spec('project: a\ntraining:\n  instance_type: ml.m5.large\n') }).output).toBe(
      'backend=local\n',
    );
  });

  it("lets a manual run's input override the spec; `spec` or empty defers to it", () => {
    const abalone = join(root, 'ml', 'projects', 'abalone.yaml');
    const local = run('training-backend.sh', { SPEC: abalone, BACKEND_INPUT: 'local' });
    expect(local.output).toBe('backend=local\n');
    expect(local.stdout).toContain("from the run's backend input");
    expect(run('training-backend.sh', { SPEC: abalone, BACKEND_INPUT: 'spec' }).output).toBe('backend=sagemaker\n');
    expect(run('training-backend.sh', { SPEC: abalone, BACKEND_INPUT: '' }).output).toBe('backend=sagemaker\n');
  });

  it('fails naming the value and the choices, writing no output', () => {
    const input = run('training-backend.sh', { SPEC: join(root, 'ml', 'projects', 'abalone.yaml'), BACKEND_INPUT: 'lambda' });
    expect(input.status).toBe(1);
    expect(input.stderr).toContain('::error::input backend: "lambda" is not a training backend — use spec');
    expect(input.output).toBe('');
    const file = spec('project: a\ntraining:\n  backend: batch\n');
    const bad = run('training-backend.sh', { SPEC: file });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(`::error::${file}: training.backend "batch" is not a training backend`);
    expect(bad.output).toBe('');
    const missing = run('training-backend.sh', { SPEC: join(root, 'ml', 'projects', 'wine.yaml') });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('wine.yaml: no such project spec');
  });
});

(motoAvailable() ? describe : describe.skip)('trainer-image.sh against ECR (moto)', () => {
  const sha = 'a'.repeat(40);
  const other = 'b'.repeat(40);
  const uri = '123456789012.dkr.ecr.us-east-1.amazonaws.com/slipway/trainer';
  let moto: Moto;
  let env: Record<string, string>;
  let pushedDigest: string;

  // Pushes an image manifest under `tag`, as a build's push does; answers its digest.
  function pushImage(tag: string, seed: string): string {
    const code = [
      'import boto3, json, sys',
      'manifest = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json", "config": {"digest": "sha256:" + sys.argv[2] * 64, "size": 1, "mediaType": "application/vnd.oci.image.config.v1+json"}, "layers": []})',
      'answer = boto3.client("ecr").put_image(repositoryName="slipway/trainer", imageManifest=manifest, imageTag=sys.argv[1])',
      'print(answer["image"]["imageId"]["imageDigest"])',
    ].join('\n');
    return execFileSync(python, ['-c', code, tag, seed], { env: { ...process.env, ...moto.env }, encoding: 'utf8' }).trim();
  }

  beforeAll(async () => {
    moto = await startMoto();
    const bin = awsCliStandin();
    env = { ...moto.env, PATH: `${bin}:${process.env.PATH ?? ''}`, ECR_TRAINER_REPOSITORY: uri };
    const code = 'import boto3\nboto3.client("ecr").create_repository(repositoryName="slipway/trainer", imageTagMutability="IMMUTABLE")';
    execFileSync(python, ['-c', code], { env: { ...process.env, ...moto.env } });
    pushedDigest = pushImage(sha, 'c');
  }, 60_000);
  afterAll(async () => {
    await moto.stop();
  });

  it("reuses the commit's image when ECR has it: nothing to build, pinned by digest", () => {
    expect(pushedDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const result = run('trainer-image.sh', { ...env, TAG: sha });
    expect(result.status).toBe(0);
    expect(result.output).toBe(`repository=slipway/trainer\nimage=${uri}:${sha}\nbuild=false\nimage-ref=${uri}@${pushedDigest}\n`);
    expect(result.stdout).toContain('is already in ECR: reusing');
  });

  it('asks for a build when the tag is not there, then takes the pushed digest', () => {
    const before = run('trainer-image.sh', { ...env, TAG: other });
    expect(before.status).toBe(0);
    expect(before.output).toBe(`repository=slipway/trainer\nimage=${uri}:${other}\nbuild=true\n`);
    const built = `sha256:${'d'.repeat(64)}`;
    const after = run('trainer-image.sh', { ...env, TAG: other, BUILD_OUTCOME: 'success', BUILT_DIGEST: built });
    expect(after.output).toBe(`repository=slipway/trainer\nimage=${uri}:${other}\nbuild=false\nimage-ref=${uri}@${built}\n`);
  });

  it('after a failed push, uses the image a concurrent job pushed; fails when there is none', () => {
    const tag = 'e'.repeat(40);
    const lost = run('trainer-image.sh', { ...env, TAG: tag, BUILD_OUTCOME: 'failure' });
    expect(lost.status).toBe(1);
    expect(lost.stderr).toContain(`::error::the trainer image build ended failure and ${uri}:${tag} is not in ECR`);
    expect(lost.output).toBe('');
    const digest = pushImage(tag, 'f');
    const raced = run('trainer-image.sh', { ...env, TAG: tag, BUILD_OUTCOME: 'failure' });
    expect(raced.status).toBe(0);
    expect(raced.output).toContain(`image-ref=${uri}@${digest}\n`);
  });

  it('fails naming a bad repository URI, tag or digest, and an ECR error', () => {
    const badUri = run('trainer-image.sh', { ...env, ECR_TRAINER_REPOSITORY: 'slipway/trainer', TAG: sha });
    expect(badUri.stderr).toContain('ECR_TRAINER_REPOSITORY: "slipway/trainer" is not an ECR repository URI');
    expect(run('trainer-image.sh', { ...env, ECR_TRAINER_REPOSITORY: '', TAG: sha }).stderr).toContain('ECR_TRAINER_REPOSITORY is not set');
    expect(run('trainer-image.sh', { ...env, TAG: 'main' }).stderr).toContain('TAG: "main" is not a commit sha');
    const badDigest = run('trainer-image.sh', { ...env, TAG: other, BUILD_OUTCOME: 'success', BUILT_DIGEST: '' });
    expect(badDigest.status).toBe(1);
    expect(badDigest.output).toBe('');
    const noRepository = run('trainer-image.sh', {
      ...env,
      ECR_TRAINER_REPOSITORY: '123456789012.dkr.ecr.us-east-1.amazonaws.com/slipway/none',
      TAG: sha,
    });
    expect(noRepository.status).toBe(1);
    expect(noRepository.stderr).toContain('could not ask ECR whether slipway/none:');
    expect(noRepository.stderr).toContain('RepositoryNotFoundException');
  });
});

describe('train-and-deploy-project.yml around the trainer build', () => {
  interface Job {
    needs?: string | string[];
    if?: string;
    permissions?: Record<string, string>;
    steps?: { uses?: string; if?: string; with?: Record<string, string> }[];
  }
  const workflow = parseYaml(readFileSync(join(root, '.github', 'workflows', 'train-and-deploy-project.yml'), 'utf8')) as {
    jobs: Record<string, Job>;
  };
  const { jobs } = workflow;
  const needsOf = (job: Job): string[] => [job.needs ?? []].flat();
  const downstream = (id: string): string[] => {
    const found = new Set<string>();
    const visit = (from: string) => {
      for (const [other, job] of Object.entries(jobs)) {
        if (needsOf(job).includes(from) && !found.has(other)) {
          found.add(other);
          visit(other);
        }
      }
    };
    visit(id);
    return [...found];
  };

  it('builds the trainer only for the sagemaker backend, and only that job gets OIDC for it', () => {
    expect(jobs['build-trainer']?.if).toContain("needs.training-backend.outputs.backend == 'sagemaker'");
    expect(jobs['build-trainer']?.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(jobs['training-backend']?.permissions).toEqual({ contents: 'read' });
  });

  it('runs every job after a skipped trainer build: each names a status function (GitHub skips the rest)', () => {
    const after = downstream('build-trainer');
    expect(after).toEqual(expect.arrayContaining(['train', 'build', 'deploy-staging', 'deploy-production']));
    for (const id of after) {
      expect([id, jobs[id]?.if ?? '']).toEqual([id, expect.stringMatching(/!cancelled\(\)|always\(\)/)]);
      // …and, having dropped the implicit success(), checks the results it depends on.
      for (const need of needsOf(jobs[id]!).filter((n) => n !== 'build-trainer' && n !== 'training-backend')) {
        if (id === 'release-card' && need === 'smoke-staging') continue; // the card reports a failed smoke test
        if (id === 'release-card' && need === 'train') continue; // build succeeded only after train did
        expect([id, jobs[id]?.if]).toEqual([id, expect.stringContaining(`needs.${need}.result == 'success'`)]);
      }
    }
  });

  it('trains with the resolved backend, as the training role only for sagemaker, on the pinned trainer image', () => {
    const steps = jobs.train?.steps ?? [];
    const train = steps.find((s) => s.uses === './actions/train-model');
    expect(train?.with).toMatchObject({
      backend: '${{ needs.training-backend.outputs.backend }}',
      'sagemaker-image': '${{ needs.build-trainer.outputs.image-ref }}',
      'sagemaker-role-arn': '${{ vars.SAGEMAKER_EXECUTION_ROLE_ARN }}',
    });
    const role = steps.find((s) => s.with?.['role-to-assume'] === '${{ vars.AWS_TRAINING_ROLE_ARN }}');
    expect(role?.if).toBe("${{ needs.training-backend.outputs.backend == 'sagemaker' }}");
    expect(steps.indexOf(role!)).toBeLessThan(steps.indexOf(train!));
    // The gate follows training whatever the backend, with no condition that could skip it.
    const gate = steps.find((s) => s.uses === './actions/quality-gate');
    expect(steps.indexOf(gate!)).toBeGreaterThan(steps.indexOf(train!));
    expect(gate?.if).toBeUndefined();
  });
});
