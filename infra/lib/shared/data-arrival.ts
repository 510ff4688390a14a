// Data arrival (issue 15): an object created under incoming/<project>/ in the data bucket
// → EventBridge rule → the data-arrived Lambda (lambda/data-arrived/) → GitHub
// repository_dispatch `data-arrived`, which starts train-and-deploy for that project. The
// GitHub credential is a Secrets Manager secret the team fills in (docs/DATA-ARRIVAL.md); events
// that still fail after the retries are kept in an encrypted dead-letter queue.
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { bundleDataArrivedLambda } from './data-arrival-bundle.js';

export const INCOMING_PREFIX = 'incoming/';
export const MARKER_PREFIX = 'data-arrived/dispatched/';
export const DATA_ARRIVED_FUNCTION = 'slipway-data-arrived';
export const GITHUB_SECRET_NAME = 'slipway/github-dispatch';

export interface DataArrivalProps {
  dataBucket: s3.IBucket;
  projects: string[];
  /** owner/name: the repository that receives the dispatch. */
  githubRepository: string;
  /** Default: three months. */
  logRetention?: logs.RetentionDays;
}

export class DataArrival extends Construct {
  readonly function: lambda.Function;
  readonly role: iam.Role;
  readonly deadLetterQueue: sqs.Queue;
  readonly secret: secretsmanager.Secret;
  readonly rule: events.Rule;

  constructor(scope: Construct, id: string, props: DataArrivalProps) {
    super(scope, id);
    const { dataBucket } = props;
    this.secret = new secretsmanager.Secret(this, 'GithubCredential', {
      secretName: GITHUB_SECRET_NAME,
      description: 'GitHub credential of the data-arrived Lambda: a fine-grained token, or {"app_id","installation_id","private_key"}',
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetters', {
      queueName: 'slipway-data-arrived-dlq',
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    const logGroup = new logs.LogGroup(this, 'Logs', {
      logGroupName: `/aws/lambda/${DATA_ARRIVED_FUNCTION}`,
      retention: props.logRetention ?? logs.RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.role = new iam.Role(this, 'Role', {
      roleName: DATA_ARRIVED_FUNCTION,
      description: 'The data-arrived Lambda: read incoming data, write its manifests and dispatch markers, read the GitHub secret',
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
    });
    this.grant(dataBucket, logGroup);

    this.function = new lambda.Function(this, 'Function', {
      functionName: DATA_ARRIVED_FUNCTION,
      description: 'New data in s3://<data bucket>/incoming/<project>/ → GitHub repository_dispatch data-arrived',
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      handler: 'index.handler',
      code: bundleDataArrivedLambda(),
      role: this.role,
      logGroup,
      // Streaming the hash of a large object takes time, not memory.
      memorySize: 256,
      timeout: Duration.minutes(5),
      // Lambda's own retries of a thrown (transient) failure, then the dead-letter queue.
      retryAttempts: 2,
      maxEventAge: Duration.hours(6),
      deadLetterQueue: this.deadLetterQueue,
      environment: {
        DATA_BUCKET: dataBucket.bucketName,
        INCOMING_PREFIX,
        PROJECTS: props.projects.join(','),
        GITHUB_REPOSITORY: props.githubRepository,
        GITHUB_SECRET_ID: this.secret.secretArn,
        DEAD_LETTER_QUEUE_URL: this.deadLetterQueue.queueUrl,
      },
    });

    this.rule = new events.Rule(this, 'ObjectCreated', {
      ruleName: 'slipway-data-arrived',
      description: 'Objects created under incoming/ in the Slipway data bucket',
      eventPattern: dataArrivedPattern(dataBucket.bucketName),
      targets: [
        new targets.LambdaFunction(this.function, {
          deadLetterQueue: this.deadLetterQueue,
          retryAttempts: 8,
          maxEventAge: Duration.hours(6),
        }),
      ],
    });
  }

  private grant(dataBucket: s3.IBucket, logGroup: logs.LogGroup): void {
    const statement = (sid: string, actions: string[], resources: string[]) =>
      this.role.addToPolicy(new iam.PolicyStatement({ sid, actions, resources }));
    statement('Logs', ['logs:CreateLogStream', 'logs:PutLogEvents'], [logGroup.logGroupArn]);
    statement('ReadIncoming', ['s3:GetObject', 's3:GetObjectVersion'], [dataBucket.arnForObjects(`${INCOMING_PREFIX}*`)]);
    statement('WriteManifests', ['s3:PutObject'], [dataBucket.arnForObjects(`${INCOMING_PREFIX}*.manifest.json`)]);
    statement('DispatchMarkers', ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'], [dataBucket.arnForObjects(`${MARKER_PREFIX}*`)]);
    this.secret.grantRead(this.role);
    this.deadLetterQueue.grantSendMessages(this.role);
    // Without ListBucket S3 answers 403 instead of 404 for a missing key or version: the handler
    // tells "gone" from "denied" by that status. Listing shows keys, never contents.
    statement('ListData', ['s3:ListBucket'], [dataBucket.bucketArn]);
  }
}

/** The rule's pattern: S3 "Object Created" in the data bucket, keys under incoming/. */
export function dataArrivedPattern(bucketName: string): events.EventPattern {
  return {
    source: ['aws.s3'],
    detailType: ['Object Created'],
    detail: { bucket: { name: [bucketName] }, object: { key: [{ prefix: INCOMING_PREFIX }] } },
  };
}
