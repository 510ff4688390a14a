// Prediction records (docs/API.md, "Records"): each API task records its predictions and
// feedback under s3://<artifacts bucket>/records/<env>/ (SLIPWAY_RECORDS_URI) and reads them
// back for feedback look-ups and the live summary. The task role may touch that prefix only.
import { Fn } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { SlipwayService } from './service.js';

/** app.ts's STACK_IDS.shared (imported there from here would be a cycle; a test checks they agree). */
export const SHARED_STACK_NAME = 'Slipway-Shared';

/** The artifacts bucket's name, exported by Slipway-Shared (output ArtifactsBucketName). */
export const artifactsBucketName = (): string => Fn.importValue(`${SHARED_STACK_NAME}-ArtifactsBucketName`);

export const recordsPrefix = (envName: string): string => `records/${envName}`;

/** What every role of a recording server needs: put and get the environment's records, list only them. */
export function grantRecords(role: iam.IRole, bucketArn: string, envName: string): string {
  const prefix = recordsPrefix(envName);
  const recordsArn = `${bucketArn}/${prefix}/*`;
  role.addToPrincipalPolicy(
    new iam.PolicyStatement({ sid: 'RecordPredictions', actions: ['s3:PutObject', 's3:GetObject'], resources: [recordsArn] }),
  );
  role.addToPrincipalPolicy(
    new iam.PolicyStatement({
      sid: 'ListRecords',
      actions: ['s3:ListBucket'],
      resources: [bucketArn],
      conditions: { StringLike: { 's3:prefix': [`${prefix}/*`] } },
    }),
  );
  return recordsArn;
}

/** Sets SLIPWAY_RECORDS_URI on the API container and grants its task role the records prefix. */
export function recordPredictions(api: SlipwayService, containerName: string, bucketName: string, envName: string): void {
  const prefix = recordsPrefix(envName);
  api.taskDefinition.findContainer(containerName)?.addEnvironment('SLIPWAY_RECORDS_URI', `s3://${bucketName}/${prefix}`);
  const bucketArn = `arn:${api.taskDefinition.stack.partition}:s3:::${bucketName}`;
  grantRecords(api.taskDefinition.taskRole, bucketArn, envName);
  // A feedback claim whose feedback file could not be written is released, so the id stays open.
  api.taskDefinition.taskRole.addToPrincipalPolicy(
    new iam.PolicyStatement({ actions: ['s3:DeleteObject'], resources: [`${bucketArn}/${prefix}/*/feedback-claims/*`] }),
  );
}
