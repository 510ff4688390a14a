// The scripts the multi-project workflows run around a deploy: reading a project's targets from
// the JSON variables, finding the live model's data profile, and — against ECS as moto serves
// it — recording what a service runs before a deploy and reporting (after a cancel, rolling
// back) a half-finished one. `aws` on PATH is fixtures/aws-cli-standin.py (boto3; the
// machines may lack the CLI binary); the ECS behind it is moto's.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { motoAvailable, startMoto, type MotoServer as Moto } from '../../actions/test-support/moto.js';
import { awsCliStandin, runWorkflowScript as run, venvPython as python } from './support/workflow-script.js';

const URI = (name: string): string => `123456789012.dkr.ecr.eu-west-1.amazonaws.com/${name}`;

describe('deploy-targets.sh', () => {
  const variables = {
    API_SERVICES: '{"house-prices":"slipway-staging-house-prices-api","abalone":"slipway-staging-abalone-api"}',
    ECR_API_REPOSITORIES: JSON.stringify({ 'house-prices': URI('slipway/house-prices-api'), abalone: URI('slipway/abalone-api') }),
    ECR_UI_REPOSITORY: URI('slipway/ui'),
  };

  it("reads the project's own service and repository names", () => {
    const result = run('deploy-targets.sh', { PROJECT: 'abalone', ...variables });
    expect(result.status).toBe(0);
    expect(result.output).toBe('api-service=slipway-staging-abalone-api\napi-repository=slipway/abalone-api\nui-repository=slipway/ui\n');
  });

  it('fails naming the variable when the project has no entry, writing nothing', () => {
    const result = run('deploy-targets.sh', { PROJECT: 'wine', ...variables });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('::error::API_SERVICES has no entry for project wine');
    expect(result.output).toBe('');
  });

  it('refuses a repository variable that is not an ECR URI', () => {
    const result = run('deploy-targets.sh', { ECR_UI_REPOSITORY: 'slipway/ui' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('ECR_UI_REPOSITORY: "slipway/ui" is not an ECR repository URI');
  });
});

describe('record-run.sh', () => {
  it("points at the run whose data-profile artifact holds the live model's training data", () => {
    const record = JSON.stringify({ model_version: 'abalone-1', run_url: 'https://github.com/o/r/actions/runs/19511402288' });
    const result = run('record-run.sh', { RECORD: record, PROJECT: 'abalone' });
    expect(result.output).toBe('run-id=19511402288\nnote=\n');
  });

  it('says why drift cannot be checked when nothing is live or the record names no run', () => {
    expect(run('record-run.sh', { RECORD: '' }).output).toBe(
      'run-id=\nnote=nothing of this project is live in production yet, so there is no reference profile\n',
    );
    expect(run('record-run.sh', { RECORD: '{"run_url":"https://example.com/x"}' }).output).toBe(
      "run-id=\nnote=the production record's run_url https://example.com/x names no workflow run\n",
    );
    expect(run('record-run.sh', { RECORD: '{"model_version":"x"}' }).status).toBe(1);
  });
});

(motoAvailable() ? describe : describe.skip)('around a deploy, against ECS (moto)', () => {
  let moto: Moto;
  let env: Record<string, string>;
  let before: string;
  let next: string;

  const ecs = (code: string): string =>
    execFileSync(python, ['-c', `import boto3, sys\necs = boto3.client("ecs")\n${code}`], {
      env: { ...process.env, ...moto.env },
      encoding: 'utf8',
    }).trim();

  beforeAll(async () => {
    moto = await startMoto();
    env = {
      ...moto.env,
      PATH: `${awsCliStandin()}:${process.env.PATH ?? ''}`,
      CLUSTER: 'slipway-staging',
      SERVICES: 'slipway-staging-abalone-api',
    };
    ecs('ecs.create_cluster(clusterName="slipway-staging")');
    const register = (image: string) =>
      ecs(
        `print(ecs.register_task_definition(family="abalone-api", containerDefinitions=[{"name": "inference-api", "image": "${image}", "memory": 512}])["taskDefinition"]["taskDefinitionArn"])`,
      );
    before = register('api@sha256:1');
    next = register('api@sha256:2');
    ecs(
      `ecs.create_service(cluster="slipway-staging", serviceName="slipway-staging-abalone-api", taskDefinition="${before}", desiredCount=1)`,
    );
  }, 60_000);
  afterAll(async () => {
    await moto.stop();
  });

  const serviceRuns = (): string =>
    ecs(
      'print(ecs.describe_services(cluster="slipway-staging", services=["slipway-staging-abalone-api"])["services"][0]["taskDefinition"])',
    );

  it('current-task-definitions.sh records what the service runs before the deploy', () => {
    const result = run('current-task-definitions.sh', env);
    expect(result.status).toBe(0);
    expect(result.output).toMatch(new RegExp(`^arns<<arns_[0-9a-f]{16}\\n${before}\\n\\n?arns_[0-9a-f]{16}\\n$`));
  });

  it('a failed job: service-state.sh reports the half-finished deploy and leaves the rollback to deploy-ecs', () => {
    ecs(`ecs.update_service(cluster="slipway-staging", service="slipway-staging-abalone-api", taskDefinition="${next}")`);
    const result = run('service-state.sh', { ...env, JOB_STATUS: 'failure', PREVIOUS: before });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      `::warning::slipway-staging-abalone-api: its newest deployment (${next}) is IN_PROGRESS, not COMPLETED`,
    );
    expect(result.summary).toContain('### Service state after a failure deploy job');
    expect(result.summary).toContain('PRIMARY\tIN_PROGRESS');
    expect(serviceRuns()).toBe(next);
  });

  it('a cancelled (killed) job: service-state.sh points the service back at what it ran before', () => {
    const result = run('service-state.sh', { ...env, JOB_STATUS: 'cancelled', PREVIOUS: before });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      `::error::slipway-staging-abalone-api: the job was cancelled mid-deploy; pointed the service back at ${before}`,
    );
    expect(result.summary).toContain(`Rolled back to \`${before}\``);
    expect(serviceRuns()).toBe(before);
  });

  it('names a service it cannot read and goes on', () => {
    const result = run('service-state.sh', { ...env, SERVICES: 'nope', JOB_STATUS: 'cancelled', PREVIOUS: before });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('::error::nope: cannot read its state');
  });
});
