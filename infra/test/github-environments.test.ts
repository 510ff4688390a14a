// scripts/github-environments.sh with DRY_RUN=1 against describe-stacks answers of the three
// stacks (fixtures in the AWS CLI's JSON shape, their output keys checked against the
// synthesized templates), through a fake `aws` first on PATH that logs how it was called.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTestApp } from './support/test-app.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures/describe-stacks', import.meta.url));
const STACKS = ['Slipway-Shared', 'Slipway-Staging', 'Slipway-Production'];

const FAKE_AWS = `#!/usr/bin/env bash
echo "$*" >>"$FAKE_AWS_DIR/calls.log"
[[ "$1 $2" == "cloudformation describe-stacks" && "$3" == "--stack-name" ]] || { echo "fake aws: unexpected call: $*" >&2; exit 2; }
file="$FAKE_AWS_DIR/$4.json"
if [[ -f "$file" ]]; then cat "$file"; else
  echo "An error occurred (ValidationError) when calling the DescribeStacks operation: Stack with id $4 does not exist" >&2; exit 254
fi
`;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  awsCalls: string[];
}

function run(deployed: string[], change?: (stackName: string, answer: string) => string): Run {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-fake-aws-'));
  writeFileSync(join(dir, 'aws'), FAKE_AWS);
  chmodSync(join(dir, 'aws'), 0o755);
  for (const stack of deployed) {
    const answer = readFileSync(join(fixtures, `${stack}.json`), 'utf8');
    writeFileSync(join(dir, `${stack}.json`), change ? change(stack, answer) : answer);
  }
  writeFileSync(join(dir, 'calls.log'), '');
  const result = spawnSync('bash', ['scripts/github-environments.sh'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: `${dir}:${process.env.PATH}`,
      FAKE_AWS_DIR: dir,
      DRY_RUN: '1',
      REPO: 'slipway-org/slipway',
      REVIEWERS: 'alice,slipway-org/ml-leads',
      AWS_REGION: 'eu-west-1',
    },
  });
  return { ...result, awsCalls: readFileSync(join(dir, 'calls.log'), 'utf8').trim().split('\n').filter(Boolean) };
}

/** The variables a dry run sets: `scope name` → value (printf %q quoting undone). */
function variables(stdout: string): Record<string, string> {
  const unquote = (word: string) => word.replace(/\\(.)/g, '$1');
  const entries = stdout
    .split('\n')
    .filter((line) => line.startsWith('gh api -X POST') && line.includes('/variables '))
    .map((line) => {
      const scope = /repos\/slipway-org\/slipway\/(\S+)\/variables/.exec(line)![1]!;
      const name = / -f name=(\S+)/.exec(line)![1]!;
      const value = / -f value=(\S+)/.exec(line)![1]!;
      return [`${scope} ${unquote(name)}`, unquote(value)] as const;
    });
  return Object.fromEntries(entries);
}

describe('scripts/github-environments.sh (DRY_RUN)', () => {
  it('sets every repository and environment variable of docs/ENVIRONMENTS.md from the stack outputs', () => {
    const result = run(STACKS);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.awsCalls).toEqual(
      STACKS.map((stack) => `cloudformation describe-stacks --stack-name ${stack} --output json --region eu-west-1`),
    );
    const vars = variables(result.stdout);
    expect(vars).toMatchObject({
      'actions AWS_REGION': 'eu-west-1',
      'actions AWS_BUILD_ROLE_ARN': 'arn:aws:iam::123456789012:role/slipway-build',
      'actions AWS_DATA_READ_ROLE_ARN': 'arn:aws:iam::123456789012:role/slipway-data-read',
      'actions AWS_RECORDS_READ_ROLE_ARN': 'arn:aws:iam::123456789012:role/slipway-records-read',
      'actions DATA_BUCKET': 'slipway-shared-bucketsdata941f65f0-1x2y3z4w5v6u',
      'actions ARTIFACTS_BUCKET': 'slipway-shared-bucketsartifacts5d3c1b2a-9q8r7s6t5u4v',
      'actions ECR_UI_REPOSITORY': '123456789012.dkr.ecr.eu-west-1.amazonaws.com/slipway/ui',
      'environments/staging AWS_DEPLOY_ROLE_ARN': 'arn:aws:iam::123456789012:role/slipway-deploy-staging',
      'environments/production AWS_DEPLOY_ROLE_ARN': 'arn:aws:iam::123456789012:role/slipway-deploy-production',
      'environments/production ECS_CLUSTER': 'slipway-production',
      'environments/production UI_SERVICE': 'slipway-production-ui',
      'environments/production SERVICE_URL': 'https://ml.slipway.example.com',
      'environments/staging ALARM_TOPIC_ARN': 'arn:aws:sns:eu-west-1:123456789012:slipway-staging-alarms',
    });
    expect(JSON.parse(vars['actions ECR_API_REPOSITORIES']!)).toEqual({
      'house-prices': '123456789012.dkr.ecr.eu-west-1.amazonaws.com/slipway/house-prices-api',
      abalone: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/slipway/abalone-api',
    });
    expect(JSON.parse(vars['environments/staging API_SERVICES']!)).toEqual({
      'house-prices': 'slipway-staging-house-prices-api',
      abalone: 'slipway-staging-abalone-api',
    });
    // abalone is served from a SageMaker endpoint: its deploys watch the endpoint's alarms.
    expect((JSON.parse(vars['environments/production ALARM_NAMES']!) as Record<string, string[]>).abalone).toEqual([
      'slipway-production-abalone-5xx-rate',
      'slipway-production-abalone-p99-model-latency',
    ]);
    expect((JSON.parse(vars['environments/production ALARM_NAMES']!) as Record<string, string[]>)['house-prices']).toContain(
      'slipway-production-house-prices-api-p99-latency',
    );
    expect(vars['environments/staging SAGEMAKER_SERVING_ROLE_ARN']).toBe(
      'arn:aws:iam::123456789012:role/slipway-sagemaker-serving-staging',
    );
    expect(vars['environments/production SAGEMAKER_SERVING_ROLE_ARN']).toBe(
      'arn:aws:iam::123456789012:role/slipway-sagemaker-serving-production',
    );
    const perEnvironment = [
      'AWS_DEPLOY_ROLE_ARN',
      'ECS_CLUSTER',
      'API_SERVICES',
      'SERVICE_URL',
      'ALARM_NAMES',
      'ALARM_TOPIC_ARN',
      'SAGEMAKER_SERVING_ROLE_ARN',
      'UI_SERVICE',
    ];
    expect(Object.keys(vars).sort()).toEqual(
      [
        ...[
          'AWS_REGION',
          'AWS_BUILD_ROLE_ARN',
          'AWS_DATA_READ_ROLE_ARN',
          'DATA_BUCKET',
          'ARTIFACTS_BUCKET',
          'ECR_UI_REPOSITORY',
          'ECR_API_REPOSITORIES',
          'AWS_TRAINING_ROLE_ARN',
          'SAGEMAKER_EXECUTION_ROLE_ARN',
          'ECR_TRAINER_REPOSITORY',
          'AWS_RECORDS_READ_ROLE_ARN',
        ].map((n) => `actions ${n}`),
        ...perEnvironment.map((n) => `environments/staging ${n}`),
        ...perEnvironment.map((n) => `environments/production ${n}`),
      ].sort(),
    );
  });

  it('protects production with reviewers, no self-review and no admin bypass; staging with the branch rule only', () => {
    const { stdout } = run(STACKS);
    const body = (env: string) =>
      JSON.parse(new RegExp(`environments/${env} --input - <<< '(.*)'`).exec(stdout)![1]!) as Record<string, unknown>;
    expect(body('production')).toEqual({
      deployment_branch_policy: { protected_branches: false, custom_branch_policies: true },
      reviewers: [
        { type: 'User', id: 0 },
        { type: 'Team', id: 0 },
      ],
      prevent_self_review: true,
      can_admins_bypass: false,
    });
    expect(body('staging')).toEqual({ deployment_branch_policy: { protected_branches: false, custom_branch_policies: true } });
    expect(stdout).toContain(
      'gh api -X POST repos/slipway-org/slipway/environments/production/deployment-branch-policies -f name=main -f type=branch',
    );
  });

  it('creates the environments but sets no variables of an environment whose stack is not deployed, and says so', () => {
    const result = run(['Slipway-Shared', 'Slipway-Staging']);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('stack Slipway-Production is not deployed');
    expect(result.stdout).toContain('environments/production --input -');
    const names = Object.keys(variables(result.stdout));
    expect(names.filter((n) => n.startsWith('environments/production'))).toEqual([]);
    expect(names).toContain('environments/staging ECS_CLUSTER');
  });

  it('skips UI_SERVICE when the environment serves the static UI', () => {
    const result = run(STACKS, (stack, answer) => {
      if (stack !== 'Slipway-Staging') return answer;
      const parsed = JSON.parse(answer) as { Stacks: { Outputs: { OutputKey: string }[] }[] };
      parsed.Stacks[0]!.Outputs = parsed.Stacks[0]!.Outputs.filter((o) => o.OutputKey !== 'UiService');
      return JSON.stringify(parsed);
    });
    expect(result.status).toBe(0);
    const vars = variables(result.stdout);
    expect(vars['environments/staging UI_SERVICE']).toBeUndefined();
    expect(vars['environments/production UI_SERVICE']).toBe('slipway-production-ui');
  });

  it('changes nothing and names the fix when the shared stack is missing', () => {
    const result = run([]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('cannot read stack Slipway-Shared; deploy it first');
    expect(result.stdout).toBe('');
  });

  it('changes nothing and names the stack and output when an output is missing', () => {
    const result = run(STACKS, (stack, answer) =>
      stack === 'Slipway-Production' ? answer.replace('"AlarmTopicArn"', '"SomethingElse"') : answer,
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('stack Slipway-Production has no output AlarmTopicArn');
    expect(result.stdout).toBe('');
  });

  it('reads answers whose output keys are exactly the synthesized stacks’ outputs', () => {
    const app = buildTestApp();
    for (const stack of [app.shared, app.environments.staging, app.environments.production]) {
      const answer = JSON.parse(readFileSync(join(fixtures, `${stack.stackName}.json`), 'utf8')) as {
        Stacks: { Outputs: { OutputKey: string }[] }[];
      };
      const keys = answer.Stacks[0]!.Outputs.map((o) => o.OutputKey).sort();
      expect(keys).toEqual(Object.keys(app.template(stack).findOutputs('*')).sort());
    }
  });
});
