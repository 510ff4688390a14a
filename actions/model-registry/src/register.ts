// register: a gated bundle becomes a model package of the project's group, always
// PendingManualApproval (only approve mode, after a human's approval, moves it on). A rerun
// for the same model version finds the package it made instead of adding another.
import type { CreateModelPackageCommandInput } from '@aws-sdk/client-sagemaker';
import { readBundleFacts, tarballSha256, type BundleFacts } from './bundle-facts.js';
import type { RegisterInputs, RegistryInputs } from './inputs.js';
import { customerMetadata, KEYS, modelQualityDocument, packageDescription } from './package-content.js';
import type { ModelPackage, RegistryApi } from './registry-api.js';

/** How many of the group's newest packages a rerun looks through for its model version. */
export const RERUN_SCAN_LIMIT = 50;

export interface RegisterResult {
  package: ModelPackage;
  created: boolean;
  groupCreated: boolean;
  facts: BundleFacts;
  metricsUri?: string;
}

type Context = Pick<RegistryInputs, 'project' | 'group' | 'runUrl' | 'gitSha' | 'repositoryUrl'>;

export async function findPackageOf(api: RegistryApi, group: string, modelVersion: string): Promise<ModelPackage | undefined> {
  for (const arn of await api.listPackageArns(group, RERUN_SCAN_LIMIT)) {
    const found = await api.describe(arn);
    if (found.metadata[KEYS.modelVersion] === modelVersion) return found;
  }
  return undefined;
}

function metadataProperties(context: Context, facts: BundleFacts): CreateModelPackageCommandInput['MetadataProperties'] {
  const commit = context.gitSha ?? facts.gitSha;
  const properties = {
    ...(commit === undefined ? {} : { CommitId: commit }),
    ...(context.repositoryUrl === undefined ? {} : { Repository: context.repositoryUrl }),
    ...(context.runUrl === undefined ? {} : { GeneratedBy: context.runUrl }),
  };
  return Object.keys(properties).length === 0 ? undefined : properties;
}

export async function registerBundle(api: RegistryApi, context: Context, inputs: RegisterInputs): Promise<RegisterResult> {
  // Everything is read and checked before the first call to AWS.
  const facts = readBundleFacts(inputs.bundleDir, context.project);
  const bundleSha256 = inputs.bundleTarball === undefined ? undefined : tarballSha256(inputs.bundleTarball);
  const metadata = customerMetadata(facts, {
    ...(bundleSha256 === undefined ? {} : { bundleSha256 }),
    ...(inputs.bundleLocation === undefined ? {} : { bundleLocation: inputs.bundleLocation }),
    ...(context.runUrl === undefined ? {} : { runUrl: context.runUrl }),
  });
  const groupCreated = await api.ensureGroup(
    context.group,
    `Slipway model project ${context.project}: gated bundles awaiting or holding a production approval`,
  );
  const existing = groupCreated ? undefined : await findPackageOf(api, context.group, facts.version);
  if (existing !== undefined) {
    const recorded = existing.metadata[KEYS.bundleSha256];
    if (bundleSha256 !== undefined && recorded !== undefined && recorded !== bundleSha256) {
      throw new Error(
        `${existing.arn} already registers ${facts.version} with bundle sha256 ${recorded}, but ${inputs.bundleTarball ?? ''} has ${bundleSha256}: the same model version must be the same bundle; investigate before deploying`,
      );
    }
    return { package: existing, created: false, groupCreated, facts };
  }
  let metricsUri: string | undefined;
  if (inputs.metricsLocation !== undefined) {
    const { bucket, prefix } = inputs.metricsLocation;
    const key = `${prefix === '' ? '' : `${prefix}/`}${context.project}/${facts.version}/model-quality.json`;
    await api.putJson(bucket, key, modelQualityDocument(facts));
    metricsUri = `s3://${bucket}/${key}`;
  }
  const properties = metadataProperties(context, facts);
  const arn = await api.create({
    ModelPackageGroupName: context.group,
    ModelPackageDescription: packageDescription(facts),
    // The one status this action ever creates a package with (the design's rule: no model is
    // registered as approved without a human).
    ModelApprovalStatus: 'PendingManualApproval',
    CustomerMetadataProperties: metadata,
    ...(properties === undefined ? {} : { MetadataProperties: properties }),
    ...(metricsUri === undefined
      ? {}
      : { ModelMetrics: { ModelQuality: { Statistics: { ContentType: 'application/json', S3Uri: metricsUri } } } }),
    ...(inputs.inference === undefined
      ? {}
      : {
          InferenceSpecification: {
            Containers: [{ Image: inputs.inference.image, ModelDataUrl: inputs.inference.modelDataUrl }],
            SupportedContentTypes: ['application/json', 'text/csv'],
            SupportedResponseMIMETypes: ['application/json'],
          },
        }),
  });
  return { package: await api.describe(arn), created: true, groupCreated, facts, ...(metricsUri === undefined ? {} : { metricsUri }) };
}
