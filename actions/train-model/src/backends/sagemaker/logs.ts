// The training job's log in CloudWatch Logs (/aws/sagemaker/TrainingJobs, one stream per host:
// <job>/algo-1-<epoch>), followed as it grows. The last lines are kept for a failure message.
import { DescribeLogStreamsCommand, GetLogEventsCommand, type CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';

export const LOG_GROUP = '/aws/sagemaker/TrainingJobs';
const KEPT_LINES = 20;
// The trainer's line when a restarted Spot job found its checkpoint (slipway_ml.checkpoints).
const RESUMED = /^\[slipway\] checkpoint: resumed from checkpoint: stages (.+)$/;

export class TrainingLog {
  private readonly tokens = new Map<string, string | undefined>();
  private readonly last: string[] = [];
  private resumed: string[] | undefined;

  constructor(
    private readonly logs: CloudWatchLogsClient,
    private readonly jobName: string,
    private readonly print: (line: string) => void,
  ) {}

  /** Prints every line written since the last call; a missing group or stream is not an error
   * (SageMaker creates them when the container starts). */
  async poll(): Promise<void> {
    for (const stream of await this.streams()) {
      for (;;) {
        const token = this.tokens.get(stream);
        const page = await this.logs.send(
          new GetLogEventsCommand({
            logGroupName: LOG_GROUP,
            logStreamName: stream,
            startFromHead: true,
            ...(token === undefined ? {} : { nextToken: token }),
          }),
        );
        for (const event of page.events ?? []) this.line(event.message ?? '');
        this.tokens.set(stream, page.nextForwardToken);
        // The same token back means nothing more for now.
        if (page.nextForwardToken === undefined || page.nextForwardToken === token || (page.events ?? []).length === 0) break;
      }
    }
  }

  lastLines(): string[] {
    return [...this.last];
  }

  /** The checkpoint stages the (last) restarted container resumed from, if it said so. */
  resumedStages(): string[] | undefined {
    return this.resumed === undefined ? undefined : [...this.resumed];
  }

  private line(message: string): void {
    for (const line of message.replace(/\n$/, '').split('\n')) {
      this.print(line);
      const resumed = RESUMED.exec(line);
      if (resumed?.[1] !== undefined) this.resumed = resumed[1].split(', ');
      this.last.push(line);
      if (this.last.length > KEPT_LINES) this.last.shift();
    }
  }

  private async streams(): Promise<string[]> {
    try {
      const found = await this.logs.send(
        new DescribeLogStreamsCommand({ logGroupName: LOG_GROUP, logStreamNamePrefix: `${this.jobName}/` }),
      );
      return (found.logStreams ?? [])
        .map((s) => s.logStreamName ?? '')
        .filter((name) => name !== '')
        .sort();
    } catch (error) {
      if ((error as Error).name === 'ResourceNotFoundException') return [];
      throw error;
    }
  }
}
