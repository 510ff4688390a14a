// The trainer prints `[slipway] <stage>: <text>` per event. Consecutive lines of one stage
// are folded into one log group (core.startGroup), so the log reads as a list of stages.

export interface ProgressEvent {
  stage: string;
  text: string;
}

const PROGRESS = /^\[slipway\] ([A-Za-z0-9_.-]+): (.*)$/;

export function parseProgressLine(line: string): ProgressEvent | undefined {
  const match = PROGRESS.exec(line);
  return match ? { stage: match[1] ?? '', text: match[2] ?? '' } : undefined;
}

/** Where grouped lines go: @actions/core in the action, a recorder in tests. */
export interface LogSink {
  startGroup(name: string): void;
  endGroup(): void;
  info(line: string): void;
}

export class GroupedProgress {
  private stage: string | undefined;

  constructor(private readonly sink: LogSink) {}

  line(line: string): void {
    const event = parseProgressLine(line);
    if (event && event.stage !== this.stage) {
      this.close();
      this.sink.startGroup(`train: ${event.stage}`);
      this.stage = event.stage;
    }
    this.sink.info(line);
  }

  close(): void {
    if (this.stage !== undefined) this.sink.endGroup();
    this.stage = undefined;
  }
}

/** Splits a stream of chunks into whole lines; `flush` returns the unterminated rest. */
export class LineSplitter {
  private pending = '';

  push(chunk: string): string[] {
    const lines = (this.pending + chunk).split('\n');
    this.pending = lines.pop() ?? '';
    return lines.map((l) => l.replace(/\r$/, ''));
  }

  flush(): string[] {
    const rest = this.pending;
    this.pending = '';
    return rest === '' ? [] : [rest];
  }
}
