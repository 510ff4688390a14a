// END TO END against a model of AWS: the synthesized Slipway-Shared, Slipway-Staging and
// Slipway-Production templates, adapted to what moto's CloudFormation creates (support/moto-template.ts), are deployed into
// moto in server mode on 127.0.0.1; then the stack outputs are checked against the resources
// moto holds, the real deploy-ecs bundle deploys to the cluster and API service the stack
// created, and the data-read role's policy is enforced by moto against S3.
// What moto skips is listed in infra/README.md ("End to end in moto") and printed by this test.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RequestCertificateCommand, ACMClient } from '@aws-sdk/client-acm';
import {
  CloudFormationClient,
  CreateStackCommand,
  DescribeStacksCommand,
  ListStackResourcesCommand,
  type Output,
} from '@aws-sdk/client-cloudformation';
import { DescribeRepositoriesCommand, ECRClient } from '@aws-sdk/client-ecr';
import { DescribeClustersCommand, DescribeServicesCommand, DescribeTaskDefinitionCommand, ECSClient } from '@aws-sdk/client-ecs';
import { GetRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import {
  GetBucketEncryptionCommand,
  GetBucketVersioningCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runActionProcess } from '../../runner/src/action-process.js';
import { STACK_IDS } from '../lib/app.js';
import { API_CONTAINER } from '../lib/environment/environment-stack.js';
import { GITHUB_OIDC_HOST } from '../lib/shared/github-oidc.js';
import { adaptForMoto, type CfnTemplate, type MotoAdaptation } from './support/moto-template.js';
import { enforceIam, motoCloudFormationTypes, startMoto, type MotoServer } from './support/moto-server.js';
import { synthesizeTo } from '../scripts/synth.js';
import { configWith, TEST_IMAGE_TAG } from './support/test-app.js';

const REGION = 'eu-west-1';
const ACCOUNT = '123456789012';
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const credentials = { accessKeyId: 'testing', secretAccessKey: 'testing' };

let moto: MotoServer;
let clientConfig: { region: string; endpoint: string; credentials: typeof credentials };
const adaptations: Record<string, MotoAdaptation> = {};
const outputs: Record<string, Record<string, string>> = {};
let certificateArn: string;
let supported: Set<string>;
const timings: string[] = [];
const runnerTemp = mkdtempSync(join(tmpdir(), 'slipway-infra-e2e-'));

function outputMap(list: Output[] | undefined): Record<string, string> {
  return Object.fromEntries((list ?? []).map((o) => [o.OutputKey ?? '', o.OutputValue ?? '']));
}

async function createStack(cfn: CloudFormationClient, stackName: string, template: CfnTemplate): Promise<Record<string, string>> {
  await cfn.send(
    new CreateStackCommand({ StackName: stackName, TemplateBody: JSON.stringify(template), Capabilities: ['CAPABILITY_NAMED_IAM'] }),
  );
  for (let attempt = 0; attempt < 600; attempt++) {
    const stack = (await cfn.send(new DescribeStacksCommand({ StackName: stackName }))).Stacks?.[0];
    const status = stack?.StackStatus ?? 'MISSING';
    if (status === 'CREATE_COMPLETE') return outputMap(stack?.Outputs);
    if (!status.endsWith('_IN_PROGRESS')) throw new Error(`${stackName}: ${status} (${stack?.StackStatusReason ?? 'no reason given'})`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${stackName}: not CREATE_COMPLETE after 60 s`);
}

beforeAll(async () => {
  // Each service runs this many tasks at once: staging's desired count, so a staging deploy
  // settles (production's services, which want more, are checked but not deployed to).
  const desiredCount = configWith(() => undefined).environments.staging.desiredCount;
  moto = await startMoto({ env: { MOTO_ECS_SERVICE_RUNNING: String(desiredCount) } });
  clientConfig = { region: REGION, endpoint: moto.endpoint, credentials };

  // The HTTPS listener needs a certificate moto's ACM knows: request one and give its ARN to
  // the configuration, as a team with an existing certificate would.
  const acm = new ACMClient(clientConfig);
  certificateArn = (await acm.send(new RequestCertificateCommand({ DomainName: 'staging.slipway.example.com' }))).CertificateArn ?? '';
  acm.destroy();
  const config = configWith((c) => {
    for (const env of Object.values(c.environments)) {
      env.certificate = { kind: 'arn', arn: certificateArn, domainName: env.certificate.domainName };
    }
  });
  const started = performance.now();
  const askingMoto = motoCloudFormationTypes(); // a Python process, while this one synthesizes
  // The templates as the synth script writes them for a deploy (synthesizeTo, lib/app.ts).
  const templates = synthesizeTo(join(runnerTemp, 'cdk.out'), TEST_IMAGE_TAG, config);
  timings.push(`synthesized at ${Math.round(performance.now() - started)} ms`);
  supported = await askingMoto;
  const cfn = new CloudFormationClient(clientConfig);
  for (const stackName of [STACK_IDS.shared, STACK_IDS.staging, STACK_IDS.production]) {
    const file = templates.find((path) => path.endsWith(`/${stackName}.template.json`));
    if (!file) throw new Error(`synthesizeTo wrote no template for ${stackName}: ${templates.join(', ')}`);
    const adapted = adaptForMoto(JSON.parse(readFileSync(file, 'utf8')) as CfnTemplate, (type) => supported.has(type));
    adaptations[stackName] = adapted;
    timings.push(`${stackName} adapted at ${Math.round(performance.now() - started)} ms`);
    outputs[stackName] = await createStack(cfn, stackName, adapted.template);
    timings.push(`${stackName} CREATE_COMPLETE at ${Math.round(performance.now() - started)} ms`);
  }
  cfn.destroy();
  const report = Object.entries(adaptations).map(([name, a]) => ({
    stack: name,
    droppedTypes: [...new Set(a.droppedResources.map((r) => r.type))].sort(),
    droppedForReferences: a.droppedResources.filter((r) => r.reason !== 'unsupported type'),
    droppedOutputs: a.droppedOutputs,
    removedReferences: a.removedReferences.map((r) => `${r.resource} ${r.path} -> ${r.to.join(', ')}`),
    removedDependsOn: a.removedDependsOn.length,
  }));
  console.log(`moto skipped:\n${JSON.stringify(report, null, 1)}\n${timings.join('\n')}`);
}, 600_000);

afterAll(async () => {
  await moto.stop();
  rmSync(runnerTemp, { recursive: true, force: true });
});

/** Properties of the resources of one type in the template moto was given. */
function resourcesOf(stackName: string, type: string): Record<string, Record<string, unknown>> {
  const resources = Object.entries(adaptations[stackName]?.template.Resources ?? {}).filter(([, r]) => r.Type === type);
  return Object.fromEntries(resources.map(([id, r]) => [id, r.Properties ?? {}]));
}

const shared = () => outputs[STACK_IDS.shared] ?? {};
const staging = () => outputs[STACK_IDS.staging] ?? {};

describe('end to end in moto: the synthesized stacks deploy', () => {
  it('creates the three stacks with every output the workflows read but the dashboard’s name', () => {
    expect(Object.keys(shared()).sort()).toEqual(
      [
        'AwsRegion',
        'BuildRoleArn',
        'DataReadRoleArn',
        'DataBucketName',
        'ArtifactsBucketName',
        'EcrUiRepositoryUri',
        'RecordsReadRoleArn',
        'EcrApiRepositories',
        'TrainingRoleArn',
        'SageMakerExecutionRoleArn',
        'EcrTrainerRepositoryUri',
      ].sort(),
    );
    expect(adaptations[STACK_IDS.shared]?.droppedOutputs).toEqual([]);
    // Only the dashboard's name is missing: its body names the alarms, which moto does not
    // create. A new gap shows up here.
    expect(adaptations[STACK_IDS.staging]?.droppedOutputs.map((o) => o.id)).toEqual(['Dashboard']);
    expect(adaptations[STACK_IDS.production]?.droppedOutputs.map((o) => o.id)).toEqual(['Dashboard']);
    expect(staging().EcsCluster).toBe('slipway-staging');
    expect(JSON.parse(staging().ApiServices ?? '{}')).toEqual({
      'house-prices': 'slipway-staging-house-prices-api',
      abalone: 'slipway-staging-abalone-api',
    });
    expect(shared().AwsRegion).toBe(REGION);
  });

  it('skips exactly the resource types infra/README.md lists under "End to end in moto"', () => {
    const droppedTypes = (stackName: string) => [...new Set(adaptations[stackName]?.droppedResources.map((r) => r.type))].sort();
    expect(droppedTypes(STACK_IDS.shared)).toEqual([
      'AWS::IAM::OIDCProvider',
      'AWS::Lambda::EventInvokeConfig',
      'AWS::Lambda::Function',
      'AWS::Lambda::Permission',
      'AWS::S3::BucketPolicy',
      'AWS::SQS::QueuePolicy',
      'AWS::SecretsManager::Secret',
    ]);
    // The data-arrived function goes only because its environment names the secret.
    expect(adaptations[STACK_IDS.shared]?.droppedResources.filter((r) => r.reason !== 'unsupported type').map((r) => r.type)).toEqual([
      'AWS::Lambda::Function',
      'AWS::Lambda::Permission',
    ]);
    const environmentSkips = [
      'AWS::ApplicationAutoScaling::ScalableTarget',
      'AWS::ApplicationAutoScaling::ScalingPolicy',
      'AWS::CloudWatch::Alarm',
      'AWS::CloudWatch::Dashboard',
      'AWS::EC2::SecurityGroupEgress',
      'AWS::ECS::ClusterCapacityProviderAssociations',
      'AWS::S3::BucketPolicy',
      'AWS::SNS::TopicPolicy',
      'AWS::ServiceDiscovery::PrivateDnsNamespace',
      'AWS::ServiceDiscovery::Service',
    ];
    expect(droppedTypes(STACK_IDS.staging)).toEqual(environmentSkips);
    expect(droppedTypes(STACK_IDS.production)).toEqual(environmentSkips);
    // moto has the dashboard type; it goes only because its body names the alarms.
    for (const stackName of [STACK_IDS.staging, STACK_IDS.production]) {
      expect(adaptations[stackName]?.droppedResources.filter((r) => r.reason !== 'unsupported type').map((r) => r.type)).toEqual([
        'AWS::CloudWatch::Dashboard',
      ]);
      // The services lose only their Cloud Map registrations.
      expect(adaptations[stackName]?.removedReferences.map((r) => r.path)).toEqual(Array(3).fill('Properties.ServiceRegistries[0]'));
    }
  });

  it('lists the kept resources as created by moto, and none of the dropped ones', async () => {
    const cfn = new CloudFormationClient(clientConfig);
    for (const [stackName, adapted] of Object.entries(adaptations)) {
      const listed = await cfn.send(new ListStackResourcesCommand({ StackName: stackName }));
      const ids = new Set((listed.StackResourceSummaries ?? []).map((r) => r.LogicalResourceId));
      for (const id of Object.keys(adapted.template.Resources)) expect([stackName, id, ids.has(id)]).toEqual([stackName, id, true]);
      for (const dropped of adapted.droppedResources) expect(ids.has(dropped.id)).toBe(false);
    }
    cfn.destroy();
  });
});

describe('end to end in moto: the list of types moto creates is the one moto_server uses', () => {
  it('skips a type outside the list, creates one in it, and fails a stack that refers to the skipped one', async () => {
    const skipped = 'AWS::ServiceDiscovery::HttpNamespace';
    expect([supported.has(skipped), supported.has('AWS::S3::Bucket'), supported.has('AWS::ECS::Service')]).toEqual([false, true, true]);
    const cfn = new CloudFormationClient(clientConfig);
    const namespace = { Type: skipped, Properties: { Name: 'probe' } };
    await createStack(cfn, 'Probe-Skips', { Resources: { Namespace: namespace, Bucket: { Type: 'AWS::S3::Bucket' } } });
    const listed = await cfn.send(new ListStackResourcesCommand({ StackName: 'Probe-Skips' }));
    // moto answers a skipped resource with an empty summary (no id, no type).
    const summaries = listed.StackResourceSummaries?.map((r) => [r.LogicalResourceId ?? '', r.ResourceType ?? '']);
    expect(summaries?.filter(([id]) => id !== '')).toEqual([['Bucket', 'AWS::S3::Bucket']]);
    expect(summaries).toHaveLength(2);
    const referring = {
      Resources: {
        Namespace: namespace,
        Bucket: { Type: 'AWS::S3::Bucket', Properties: { Tags: [{ Key: 'namespace', Value: { 'Fn::GetAtt': ['Namespace', 'Arn'] } }] } },
      },
    };
    await expect(createStack(cfn, 'Probe-Refers', referring)).rejects.toThrow('Fn::GetAtt references undefined resource Namespace');
    cfn.destroy();
  });
});

describe('end to end in moto: outputs name real resources', () => {
  it('the cluster and every service of the environment exist and are active', async () => {
    const ecs = new ECSClient(clientConfig);
    const clusters = await ecs.send(new DescribeClustersCommand({ clusters: [staging().EcsCluster ?? ''] }));
    expect(clusters.clusters?.map((c) => [c.clusterName, c.status])).toEqual([['slipway-staging', 'ACTIVE']]);
    const names = [...Object.values(JSON.parse(staging().ApiServices ?? '{}') as Record<string, string>), staging().UiService ?? ''];
    const services = await ecs.send(new DescribeServicesCommand({ cluster: staging().EcsCluster, services: names }));
    expect(services.failures).toEqual([]);
    expect(services.services?.map((s) => [s.serviceName, s.status, s.desiredCount])).toEqual(names.map((n) => [n, 'ACTIVE', 1]));
    // Production too: its own cluster, and every service at production's desired count.
    const production = outputs[STACK_IDS.production] ?? {};
    const prodNames = [...Object.values(JSON.parse(production.ApiServices ?? '{}') as Record<string, string>), production.UiService ?? ''];
    const prodServices = await ecs.send(new DescribeServicesCommand({ cluster: production.EcsCluster, services: prodNames }));
    expect(prodServices.services?.map((s) => [s.clusterArn, s.serviceName, s.status, s.desiredCount])).toEqual(
      prodNames.map((n) => [`arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/slipway-production`, n, 'ACTIVE', 2]),
    );
    ecs.destroy();
  });

  it('the ECR repositories exist with immutable tags at the URIs the outputs give', async () => {
    const ecr = new ECRClient(clientConfig);
    const apis = JSON.parse(shared().EcrApiRepositories ?? '{}') as Record<string, string>;
    const uris = [...Object.values(apis), shared().EcrUiRepositoryUri ?? '', shared().EcrTrainerRepositoryUri ?? ''];
    const names = uris.map((uri) => uri.split('/').slice(1).join('/'));
    expect(names).toEqual(['slipway/house-prices-api', 'slipway/abalone-api', 'slipway/ui', 'slipway/trainer']);
    const found = await ecr.send(new DescribeRepositoriesCommand({ repositoryNames: names }));
    expect(found.repositories?.map((r) => [r.repositoryUri, r.imageTagMutability]).sort()).toEqual(
      uris.map((uri) => [uri, 'IMMUTABLE']).sort(),
    );
    // moto keeps ImageScanningConfiguration from a template under CloudFormation's key casing,
    // which its API does not answer with: scan on push is checked in what moto was given.
    const repositories = Object.values(resourcesOf(STACK_IDS.shared, 'AWS::ECR::Repository'));
    expect(repositories.map((r) => r.ImageScanningConfiguration)).toEqual(names.map(() => ({ ScanOnPush: true })));
    ecr.destroy();
  });

  it('the data and artifacts buckets exist encrypted, and were given versioning', async () => {
    const s3 = new S3Client({ ...clientConfig, forcePathStyle: true });
    for (const bucket of [shared().DataBucketName ?? '', shared().ArtifactsBucketName ?? '']) {
      const encryption = await s3.send(new GetBucketEncryptionCommand({ Bucket: bucket }));
      expect(encryption.ServerSideEncryptionConfiguration?.Rules?.[0]?.ApplyServerSideEncryptionByDefault?.SSEAlgorithm).toBe('AES256');
      // moto's CloudFormation reads only BucketEncryption and Tags of an AWS::S3::Bucket: the
      // bucket exists unversioned. Versioning is checked in the template moto was given.
      expect((await s3.send(new GetBucketVersioningCommand({ Bucket: bucket }))).Status).toBeUndefined();
    }
    const versioned = Object.values(resourcesOf(STACK_IDS.shared, 'AWS::S3::Bucket')).filter((b) => b.VersioningConfiguration);
    expect(versioned.map((b) => b.VersioningConfiguration)).toEqual([{ Status: 'Enabled' }, { Status: 'Enabled' }]);
    s3.destroy();
  });

  it('the roles exist with trust pinned to GitHub OIDC and the repository', async () => {
    const iam = new IAMClient(clientConfig);
    const expected: [string, string, string | string[]][] = [
      [shared().BuildRoleArn ?? '', 'slipway-build', 'repo:slipway-org/slipway:ref:refs/heads/main'],
      [
        shared().DataReadRoleArn ?? '',
        'slipway-data-read',
        ['repo:slipway-org/slipway:ref:refs/heads/main', 'repo:slipway-org/slipway:pull_request'],
      ],
      [
        shared().TrainingRoleArn ?? '',
        'slipway-training',
        ['repo:slipway-org/slipway:ref:refs/heads/main', 'repo:slipway-org/slipway:pull_request'],
      ],
      [staging().DeployRoleArn ?? '', 'slipway-deploy-staging', 'repo:slipway-org/slipway:environment:staging'],
      [outputs[STACK_IDS.production]?.DeployRoleArn ?? '', 'slipway-deploy-production', 'repo:slipway-org/slipway:environment:production'],
    ];
    for (const [arn, name, subject] of expected) {
      expect(arn).toBe(`arn:aws:iam::${ACCOUNT}:role/${name}`);
      const role = (await iam.send(new GetRoleCommand({ RoleName: name }))).Role;
      const trust = JSON.parse(decodeURIComponent(role?.AssumeRolePolicyDocument ?? '{}')) as {
        Statement: { Principal: { Federated: string }; Action: string; Condition: Record<string, Record<string, unknown>> }[];
      };
      expect(trust.Statement).toEqual([
        {
          Effect: 'Allow',
          Action: 'sts:AssumeRoleWithWebIdentity',
          Principal: { Federated: `arn:aws:iam::${ACCOUNT}:oidc-provider/${GITHUB_OIDC_HOST}` },
          Condition: { StringEquals: { [`${GITHUB_OIDC_HOST}:aud`]: 'sts.amazonaws.com', [`${GITHUB_OIDC_HOST}:sub`]: subject } },
        },
      ]);
    }
    iam.destroy();
  });

  it("each environment's SageMaker serving role (SAGEMAKER_SERVING_ROLE_ARN) exists, trusted by SageMaker only", async () => {
    const iam = new IAMClient(clientConfig);
    for (const env of ['staging', 'production'] as const) {
      const name = `slipway-sagemaker-serving-${env}`;
      const stackOutputs = env === 'staging' ? staging() : (outputs[STACK_IDS.production] ?? {});
      expect(stackOutputs.SageMakerServingRoleArn).toBe(`arn:aws:iam::${ACCOUNT}:role/${name}`);
      const role = (await iam.send(new GetRoleCommand({ RoleName: name }))).Role;
      const trust = JSON.parse(decodeURIComponent(role?.AssumeRolePolicyDocument ?? '{}')) as { Statement: unknown[] };
      expect(trust.Statement).toEqual([{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'sagemaker.amazonaws.com' } }]);
    }
    iam.destroy();
  });
});

describe('end to end in moto: the real deploy-ecs bundle deploys to the stack’s service', () => {
  it('registers a revision with the new image and reaches a steady state', async () => {
    const ecs = new ECSClient(clientConfig);
    const cluster = staging().EcsCluster ?? '';
    const service = (JSON.parse(staging().ApiServices ?? '{}') as Record<string, string>)['house-prices'] ?? '';
    const before = (await ecs.send(new DescribeServicesCommand({ cluster, services: [service] }))).services?.[0]?.taskDefinition ?? '';
    const repository = (JSON.parse(shared().EcrApiRepositories ?? '{}') as Record<string, string>)['house-prices'];
    const beforeImage = (await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: before }))).taskDefinition
      ?.containerDefinitions?.[0]?.image;
    expect(beforeImage).toBe(`${repository}:house-prices-${TEST_IMAGE_TAG}`);
    const newImage = `${repository}:house-prices-fedcba9876543210fedcba9876543210fedcba98`;

    const result = await runActionProcess({
      actionDir: join(repoRoot, 'actions', 'deploy-ecs'),
      inputs: {
        cluster,
        service,
        'container-images': `${API_CONTAINER}=${newImage}`,
        'poll-interval-seconds': '0.05',
        'timeout-minutes': '1',
      },
      workspace: repoRoot,
      runnerTemp,
      // moto's environment for a child's SDK, in the stacks' region.
      env: { ...moto.env, AWS_REGION: REGION, AWS_DEFAULT_REGION: REGION },
    });
    expect(result.errorMessage).toBeUndefined();
    expect(result.exitCode).toBe(0);
    expect(result.outputs.outcome).toBe('completed');
    expect(result.outputs['previous-task-definition-arn']).toBe(before);
    const revision = Number(before.split(':').pop());
    expect(result.outputs['task-definition-arn']).toBe(before.replace(/:\d+$/, `:${revision + 1}`));
    const after = (await ecs.send(new DescribeServicesCommand({ cluster, services: [service] }))).services?.[0];
    expect(after?.taskDefinition).toBe(result.outputs['task-definition-arn']);
    const registered = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: after?.taskDefinition }));
    const container = registered.taskDefinition?.containerDefinitions?.[0];
    expect([container?.name, container?.image]).toEqual([API_CONTAINER, newImage]);
    // The rest of the stack's definition is carried over: the project's SLIPWAY_PATH_PREFIX, the size.
    expect(container?.environment).toContainEqual({ name: 'SLIPWAY_PATH_PREFIX', value: '/projects/house-prices' });
    const first = (await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: before }))).taskDefinition;
    expect(registered.taskDefinition?.memory).toBe('1024');
    expect([registered.taskDefinition?.family, registered.taskDefinition?.cpu, registered.taskDefinition?.executionRoleArn]).toEqual([
      first?.family,
      first?.cpu,
      first?.executionRoleArn,
    ]);
    expect(result.summary).toContain(`## deploy-ecs: ${service} on ${cluster} — ✅ steady`);
    ecs.destroy();
  });
});

describe('end to end in moto: the data-read role against S3, with IAM enforced', () => {
  it('reads the data bucket, and may neither write it nor read the artifacts bucket', async () => {
    const data = shared().DataBucketName ?? '';
    const artifacts = shared().ArtifactsBucketName ?? '';
    const admin = new S3Client({ ...clientConfig, forcePathStyle: true });
    await admin.send(new PutObjectCommand({ Bucket: data, Key: 'house-prices/train.csv', Body: 'area,price\n50,100000\n' }));
    await admin.send(new PutObjectCommand({ Bucket: artifacts, Key: 'bundles/model.tar.gz', Body: 'bundle' }));
    admin.destroy();

    const sts = new STSClient(clientConfig);
    const assumed = await sts.send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: shared().DataReadRoleArn,
        RoleSessionName: 'train-model',
        // moto does not verify the token; the trust conditions are evaluated in roles.test.ts.
        WebIdentityToken: 'header.payload.signature',
      }),
    );
    sts.destroy();
    const role = new S3Client({
      ...clientConfig,
      forcePathStyle: true,
      credentials: {
        accessKeyId: assumed.Credentials?.AccessKeyId ?? '',
        secretAccessKey: assumed.Credentials?.SecretAccessKey ?? '',
        sessionToken: assumed.Credentials?.SessionToken ?? '',
      },
    });
    const outcome = async (call: () => Promise<unknown>): Promise<string> => {
      try {
        await call();
        return 'allowed';
      } catch (error) {
        return (error as { name?: string }).name ?? String(error);
      }
    };
    await enforceIam(moto.endpoint, true);
    try {
      const read = await role.send(new GetObjectCommand({ Bucket: data, Key: 'house-prices/train.csv' }));
      expect(await read.Body?.transformToString()).toBe('area,price\n50,100000\n');
      const listed = await role.send(new ListObjectsV2Command({ Bucket: data }));
      expect(listed.Contents?.map((o) => o.Key)).toEqual(['house-prices/train.csv']);
      expect(await outcome(() => role.send(new PutObjectCommand({ Bucket: data, Key: 'house-prices/x.csv', Body: 'x' })))).toBe(
        'AccessDenied',
      );
      expect(await outcome(() => role.send(new GetObjectCommand({ Bucket: artifacts, Key: 'bundles/model.tar.gz' })))).toBe('AccessDenied');
      // Enforcement is real: the static test keys, which moto never issued, are refused too.
      const outsider = new S3Client({ ...clientConfig, forcePathStyle: true });
      expect(await outcome(() => outsider.send(new GetObjectCommand({ Bucket: data, Key: 'house-prices/train.csv' })))).not.toBe('allowed');
      outsider.destroy();
    } finally {
      await enforceIam(moto.endpoint, false);
      role.destroy();
    }
  });
});
