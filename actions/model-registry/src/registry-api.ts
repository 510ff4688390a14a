// The SageMaker Model Registry calls this action makes, each wrapped so an AWS error names the
// operation and, when access is denied, the permission to grant. No decisions are made here.
import {
  CreateModelPackageCommand,
  CreateModelPackageGroupCommand,
  DescribeModelPackageCommand,
  DescribeModelPackageGroupCommand,
  ListModelPackagesCommand,
  SageMakerClient,
  UpdateModelPackageCommand,
  type CreateModelPackageCommandInput,
  type DescribeModelPackageCommandOutput,
} from '@aws-sdk/client-sagemaker';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { explainAwsError, isAlreadyExists, isMissingGroup } from './aws-errors.js';
import { USER_AGENT } from './version.js';

export type ApprovalStatus = 'PendingManualApproval' | 'Approved' | 'Rejected';

export interface ModelPackage {
  arn: string;
  group: string;
  version: number;
  status: ApprovalStatus;
  approvalDescription?: string;
  metadata: Record<string, string>;
}

const clientSettings = (region: string) => ({
  region,
  retryMode: 'adaptive',
  maxAttempts: 5,
  customUserAgent: USER_AGENT,
  // A connection that hangs times out (and is retried) instead of holding the job.
  requestHandler: { connectionTimeout: 10_000, requestTimeout: 60_000 },
});

function toPackage(output: DescribeModelPackageCommandOutput): ModelPackage {
  return {
    arn: output.ModelPackageArn ?? '',
    group: output.ModelPackageGroupName ?? '',
    version: output.ModelPackageVersion ?? 0,
    status: output.ModelApprovalStatus ?? 'PendingManualApproval',
    ...(output.ApprovalDescription ? { approvalDescription: output.ApprovalDescription } : {}),
    metadata: output.CustomerMetadataProperties ?? {},
  };
}

export class RegistryApi {
  constructor(
    private readonly sagemaker: SageMakerClient,
    private readonly s3: S3Client,
    /** Named in access-denied messages: which role should have the permission. */
    private readonly role: string,
  ) {}

  static create(region: string, role: string): RegistryApi {
    // Endpoints come from the standard settings (AWS_ENDPOINT_URL_SAGEMAKER, AWS_ENDPOINT_URL),
    // which is how the tests point the clients at moto.
    return new RegistryApi(
      new SageMakerClient(clientSettings(region)),
      new S3Client({ ...clientSettings(region), forcePathStyle: true }),
      role,
    );
  }

  destroy(): void {
    this.sagemaker.destroy();
    this.s3.destroy();
  }

  private async call<T>(operation: string, send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (error) {
      throw explainAwsError(error, operation, this.role);
    }
  }

  /** Creates the group unless it exists; true when this call created it. */
  async ensureGroup(group: string, description: string): Promise<boolean> {
    try {
      await this.sagemaker.send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: group }));
      return false;
    } catch (error) {
      if (!isMissingGroup(error)) throw explainAwsError(error, 'DescribeModelPackageGroup', this.role);
    }
    try {
      await this.sagemaker.send(
        new CreateModelPackageGroupCommand({ ModelPackageGroupName: group, ModelPackageGroupDescription: description }),
      );
      return true;
    } catch (error) {
      // Another run of the same project created it in between: that group is the one.
      if (isAlreadyExists(error)) return false;
      throw explainAwsError(error, 'CreateModelPackageGroup', this.role);
    }
  }

  /** The group's packages, newest first, up to `limit`. */
  async listPackageArns(group: string, limit: number): Promise<string[]> {
    const arns: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.call('ListModelPackages', () =>
        this.sagemaker.send(
          new ListModelPackagesCommand({
            ModelPackageGroupName: group,
            SortBy: 'CreationTime',
            SortOrder: 'Descending',
            MaxResults: 100,
            ...(token === undefined ? {} : { NextToken: token }),
          }),
        ),
      );
      for (const summary of page.ModelPackageSummaryList ?? []) if (summary.ModelPackageArn) arns.push(summary.ModelPackageArn);
      token = page.NextToken ?? undefined;
    } while (token !== undefined && arns.length < limit);
    return arns.slice(0, limit);
  }

  async describe(arn: string): Promise<ModelPackage> {
    return toPackage(
      await this.call('DescribeModelPackage', () => this.sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: arn }))),
    );
  }

  async create(request: CreateModelPackageCommandInput): Promise<string> {
    const output = await this.call('CreateModelPackage', () => this.sagemaker.send(new CreateModelPackageCommand(request)));
    if (!output.ModelPackageArn) throw new Error('CreateModelPackage answered without a ModelPackageArn');
    return output.ModelPackageArn;
  }

  /** Sets the approval status; `metadata` is the package's whole metadata after the change. */
  async setStatus(arn: string, status: ApprovalStatus, description: string, metadata: Record<string, string>): Promise<void> {
    await this.call('UpdateModelPackage', () =>
      this.sagemaker.send(
        new UpdateModelPackageCommand({
          ModelPackageArn: arn,
          ModelApprovalStatus: status,
          ApprovalDescription: description,
          CustomerMetadataProperties: metadata,
        }),
      ),
    );
  }

  async putJson(bucket: string, key: string, document: unknown): Promise<void> {
    await this.call('s3:PutObject', () =>
      this.s3.send(
        new PutObjectCommand({ Bucket: bucket, Key: key, Body: `${JSON.stringify(document, null, 2)}\n`, ContentType: 'application/json' }),
      ),
    );
  }
}
