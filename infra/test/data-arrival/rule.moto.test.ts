// The rule's event pattern against events S3 itself emits: moto, with EventBridge notifications
// on the bucket, sends its "Object Created" events to a rule carrying the construct's pattern and
// an SQS target (moto delivers to SQS targets, not Lambda ones). What arrives is exactly what the
// function would get: it must match only incoming/ keys of the data bucket, and the handler
// must dispatch from it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EventBridgeClient, PutRuleCommand, PutTargetsCommand } from '@aws-sdk/client-eventbridge';
import { PutBucketNotificationConfigurationCommand } from '@aws-sdk/client-s3';
import { GetQueueAttributesCommand, ReceiveMessageCommand, CreateQueueCommand } from '@aws-sdk/client-sqs';
import nock from 'nock';
import { dataArrivedPattern } from '../../lib/shared/data-arrival.js';
import { processEvent } from '../../lambda/data-arrived/process-event.js';
import { useRecordedGitHub } from '../../../actions/test-support/nock-isolation.js';
import { startMoto, type MotoServer } from '../support/moto-server.js';
import { answer, createWorld, harness, REGION, REPOSITORY, upload, type World } from './harness.js';

let moto: MotoServer;
let world: World;
let queueUrl = '';

useRecordedGitHub();

/** The CDK pattern as CloudFormation (and EventBridge) spell it. */
function patternJson(bucket: string): string {
  const { source, detailType, detail } = dataArrivedPattern(bucket);
  return JSON.stringify({ source, 'detail-type': detailType, detail });
}

async function delivered(): Promise<unknown[]> {
  const received = await world.sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }));
  return (received.Messages ?? []).map((message) => JSON.parse(message.Body ?? '{}') as unknown);
}

beforeAll(async () => {
  nock.enableNetConnect('127.0.0.1');
  moto = await startMoto();
  world = await createWorld(moto, 'rule');
  await world.s3.send(
    new PutBucketNotificationConfigurationCommand({ Bucket: world.bucket, NotificationConfiguration: { EventBridgeConfiguration: {} } }),
  );
  queueUrl = (await world.sqs.send(new CreateQueueCommand({ QueueName: 'rule-target' }))).QueueUrl ?? '';
  const queueArn = (await world.sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }))).Attributes
    ?.QueueArn;
  const events = new EventBridgeClient({
    region: REGION,
    endpoint: moto.endpoint,
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
  });
  await events.send(new PutRuleCommand({ Name: 'slipway-data-arrived', EventPattern: patternJson(world.bucket) }));
  await events.send(new PutTargetsCommand({ Rule: 'slipway-data-arrived', Targets: [{ Id: 'queue', Arn: queueArn }] }));
});

afterAll(async () => {
  await moto.stop();
});

describe('the rule on events S3 emits', () => {
  it('passes an object created under incoming/, and the handler dispatches from that very event', async () => {
    const object = await upload(world, 'incoming/abalone/from-s3.csv', 'length,rings\n0.4,9\n');
    const [event, ...more] = await delivered();
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      source: 'aws.s3',
      'detail-type': 'Object Created',
      detail: { bucket: { name: world.bucket }, object: { key: object.key, size: object.size } },
    });
    const bodies: unknown[] = [];
    answer(`/repos/${REPOSITORY}/dispatches`, 'dispatch-204', bodies);
    expect(await processEvent(harness(world).deps, event)).toMatchObject({ kind: 'dispatched', manifest: { key: object.key } });
    expect(bodies).toHaveLength(1);
    // The manifest the handler wrote is under incoming/ too: it arrives, and is ignored.
    const [manifestEvent] = await delivered();
    expect(manifestEvent).toMatchObject({ detail: { object: { key: `${object.key}.manifest.json` } } });
    expect(await processEvent(harness(world).deps, manifestEvent)).toEqual({ kind: 'ignored', reason: 'a manifest this function wrote' });
  });

  it('does not pass objects outside incoming/', async () => {
    await upload(world, 'datasets/abalone/elsewhere.csv', 'x\n1\n');
    await upload(world, 'data-arrived/dispatched/incoming/abalone/x.csv/v.json', '{}');
    expect(await delivered()).toEqual([]);
  });
});
