// The data bucket (datasets; the data-arrival trigger reads its EventBridge events) and the
// artifacts bucket (model bundles). Versioned, encrypted, SSL-only, no public access.
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export interface DataBucketsProps {
  noncurrentVersionDays: number;
}

export class DataBuckets extends Construct {
  readonly accessLogs: s3.Bucket;
  readonly data: s3.Bucket;
  readonly artifacts: s3.Bucket;

  constructor(scope: Construct, id: string, props: DataBucketsProps) {
    super(scope, id);
    this.accessLogs = new s3.Bucket(this, 'AccessLogs', {
      ...secureBucketDefaults,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(props.noncurrentVersionDays) }],
    });
    this.data = this.versioned('Data', 'data/', props);
    this.artifacts = this.versioned('Artifacts', 'artifacts/', props);
    // EventBridge notifications set on the bucket itself: CDK's eventBridgeEnabled would add
    // its notifications custom resource (a Lambda), which offline CloudFormation cannot run.
    (this.data.node.defaultChild as s3.CfnBucket).notificationConfiguration = {
      eventBridgeConfiguration: { eventBridgeEnabled: true },
    };
  }

  private versioned(id: string, logPrefix: string, props: DataBucketsProps): s3.Bucket {
    return new s3.Bucket(this, id, {
      ...secureBucketDefaults,
      versioned: true,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: logPrefix,
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(props.noncurrentVersionDays) }],
    });
  }
}

export const secureBucketDefaults = {
  encryption: s3.BucketEncryption.S3_MANAGED,
  enforceSSL: true,
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
  removalPolicy: RemovalPolicy.RETAIN,
} satisfies s3.BucketProps;
