// Follows a training job to its end: status and secondary-status transitions as they happen,
// the log as it grows; a cancel (SIGINT/SIGTERM from the runner) stops the job first.
import {
  DescribeTrainingJobCommand,
  StopTrainingJobCommand,
  type DescribeTrainingJobCommandOutput,
  type SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { realClock } from '@slipway/shared';
import type { TrainingLog } from './logs.js';

export type JobDescription = DescribeTrainingJobCommandOutput;

const TERMINAL = new Set(['Completed', 'Failed', 'Stopped']);

export interface WatchOptions {
  sagemaker: SageMakerClient;
  jobName: string;
  log: TrainingLog;
  print: (line: string) => void;
  pollMs: number;
  /** Aborted when the run is cancelled: the job is stopped and followed until it has. */
  cancel: AbortSignal;
}

export class JobWatcher {
  private status: string | undefined;
  private transitionsSeen = 0;
  private stopRequested = false;

  constructor(private readonly options: WatchOptions) {}

  /** Resolves with the job's final description (Completed, Failed or Stopped). */
  async follow(): Promise<JobDescription> {
    const { sagemaker, jobName, log, pollMs, cancel } = this.options;
    for (;;) {
      if (cancel.aborted && !this.stopRequested) await this.stop();
      const job = await sagemaker.send(new DescribeTrainingJobCommand({ TrainingJobName: jobName }));
      this.report(job);
      await log.poll();
      if (TERMINAL.has(job.TrainingJobStatus ?? '')) return job;
      await realClock.sleep(pollMs, this.stopRequested ? undefined : cancel);
    }
  }

  private async stop(): Promise<void> {
    this.stopRequested = true;
    this.options.print(`cancelled: stopping the training job ${this.options.jobName}`);
    await this.options.sagemaker.send(new StopTrainingJobCommand({ TrainingJobName: this.options.jobName }));
  }

  private report(job: JobDescription): void {
    const status = job.TrainingJobStatus ?? 'unknown';
    if (status !== this.status) {
      this.options.print(`status: ${status}`);
      this.status = status;
    }
    const transitions = job.SecondaryStatusTransitions ?? [];
    for (const transition of transitions.slice(this.transitionsSeen)) {
      const message = transition.StatusMessage ? ` — ${transition.StatusMessage}` : '';
      this.options.print(`secondary status: ${transition.Status ?? 'unknown'}${message}`);
    }
    this.transitionsSeen = Math.max(this.transitionsSeen, transitions.length);
  }
}

export interface Billing {
  trainingSeconds: number;
  billableSeconds: number;
  /** Share of the on-demand cost saved by Spot: 1 − billable / training; 0 without Spot. */
  spotSaving: number;
}

export function billing(job: JobDescription): Billing | undefined {
  const training = job.TrainingTimeInSeconds;
  const billable = job.BillableTimeInSeconds;
  if (training === undefined || billable === undefined) return undefined;
  return { trainingSeconds: training, billableSeconds: billable, spotSaving: training > 0 ? Math.max(0, 1 - billable / training) : 0 };
}

/** Times Spot took the instances away (SageMaker restarts the job each time). */
export function spotInterruptions(job: JobDescription): number {
  return (job.SecondaryStatusTransitions ?? []).filter((t) => t.Status === 'Interrupted').length;
}

/** Why SageMaker stopped a job on one of its limits, naming the setting and the fix. */
function limitReason(job: JobDescription): string | undefined {
  const limits = job.StoppingCondition ?? {};
  if (job.SecondaryStatus === 'MaxWaitTimeExceeded') {
    const waited = limits.MaxWaitTimeInSeconds === undefined ? '' : ` (${limits.MaxWaitTimeInSeconds} s)`;
    const interrupted = spotInterruptions(job);
    return (
      `StoppingCondition.MaxWaitTimeInSeconds${waited} exceeded: waiting for Spot capacity plus training took longer` +
      (interrupted > 0 ? ` (${interrupted} Spot interruption${interrupted === 1 ? '' : 's'})` : '') +
      '; raise training.spot.max_wait_seconds in the project spec (or the input spot-max-wait-seconds), ' +
      'or train on demand (training.spot.enabled: false or the input spot: false)'
    );
  }
  if (job.SecondaryStatus === 'MaxRuntimeExceeded') {
    const ran = limits.MaxRuntimeInSeconds === undefined ? '' : ` (${limits.MaxRuntimeInSeconds} s)`;
    return (
      `StoppingCondition.MaxRuntimeInSeconds${ran} exceeded: the training ran longer; raise ` +
      'training.max_runtime_seconds in the project spec (or the input max-runtime-seconds), or use a larger instance type'
    );
  }
  return undefined;
}

export function failureMessage(job: JobDescription, lastLines: string[]): string {
  const status = job.TrainingJobStatus ?? 'unknown';
  const reason = limitReason(job) ?? job.FailureReason ?? (status === 'Stopped' ? 'stopped before it completed' : 'no reason given');
  const tail = lastLines.length > 0 ? `\nlast log lines:\n${lastLines.join('\n')}` : '\nthe job wrote no log lines';
  return `training job ${job.TrainingJobName ?? ''} ${status.toLowerCase()}: ${reason}${tail}`;
}
