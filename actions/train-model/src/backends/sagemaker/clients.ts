// The AWS SDK clients, loaded on first use: the SDK is most of the bundle, and a local
// training run must not pay for its start.
import type { S3Client } from '@aws-sdk/client-s3';
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';

export interface AwsClients {
  s3: S3Client;
  sagemaker: SageMakerClient;
  logs: CloudWatchLogsClient;
}

const USER_AGENT = 'slipway-train-model';

function region(): string {
  return process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';
}

export async function awsClients(): Promise<AwsClients> {
  const [{ S3Client }, { SageMakerClient }, { CloudWatchLogsClient }] = await Promise.all([
    import('@aws-sdk/client-s3'),
    import('@aws-sdk/client-sagemaker'),
    import('@aws-sdk/client-cloudwatch-logs'),
  ]);
  const endpoint = process.env.AWS_ENDPOINT_URL_S3 ?? process.env.AWS_ENDPOINT_URL;
  const common = { region: region(), customUserAgent: USER_AGENT };
  return {
    // Endpoints other than AWS (moto, MinIO) take the bucket in the path, not the host name.
    s3: new S3Client({ ...common, followRegionRedirects: true, forcePathStyle: endpoint !== undefined }),
    sagemaker: new SageMakerClient(common),
    logs: new CloudWatchLogsClient(common),
  };
}
