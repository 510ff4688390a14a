// The Lambda entry point (Node.js 22+ runtime, bundled by lib/shared/data-arrival.ts). Clients
// and the credential cache live for the container; each invocation handles one EventBridge event.
import { S3Client } from '@aws-sdk/client-s3';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SQSClient } from '@aws-sdk/client-sqs';
import { setTimeout as sleep } from 'node:timers/promises';
import { GithubAuth } from './auth.js';
import { configFromEnv } from './config.js';
import type { GithubTransport } from './github.js';
import { processEvent, type Deps, type Outcome } from './process-event.js';

/** Time kept back at the end of an invocation to release the claim and report. */
const MARGIN_MS = 15_000;

interface LambdaContext {
  getRemainingTimeInMillis(): number;
}

export function log(entry: Record<string, unknown>): void {
  console.log(JSON.stringify(entry));
}

export function createDeps(
  env: Record<string, string | undefined>,
  fetchImpl: typeof fetch = fetch,
): Deps & { transport: GithubTransport } {
  const config = configFromEnv(env);
  const secrets = new SecretsManagerClient({});
  const transport: GithubTransport = {
    fetch: fetchImpl,
    sleep: async (ms) => {
      await sleep(ms);
    },
    now: Date.now,
    deadline: () => Number.POSITIVE_INFINITY,
    log,
  };
  const loadSecret = async (): Promise<string> => {
    const answer = await secrets.send(new GetSecretValueCommand({ SecretId: config.secretId }));
    if (answer.SecretString === undefined) throw new Error(`secret ${config.secretId} has no SecretString: store the credential as text`);
    return answer.SecretString;
  };
  return {
    config,
    s3: new S3Client({}),
    sqs: new SQSClient({}),
    auth: new GithubAuth(loadSecret, config.secretId, transport, config.githubApiUrl, config.repository),
    transport,
  };
}

let deps: ReturnType<typeof createDeps> | undefined;

export async function handler(event: unknown, context: LambdaContext): Promise<Outcome> {
  deps ??= createDeps(process.env);
  const end = Date.now() + context.getRemainingTimeInMillis() - MARGIN_MS;
  deps.transport.deadline = () => end;
  return processEvent(deps, event);
}
