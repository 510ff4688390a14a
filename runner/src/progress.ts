// What the user sees while the pipeline runs: one header per step, the step's own lines
// indented under it, then ✓ or ✗ with the duration.

export interface ProgressReporter {
  stepStarted(id: string, action: string): void;
  stepLine(line: string, stream: 'stdout' | 'stderr'): void;
  stepFinished(id: string, action: string, ok: boolean, durationMs: number): void;
}

/** Workflow commands that only steer GitHub's log viewer are hidden; annotations are shown readably. */
export function displayLine(line: string): string | undefined {
  const command = /^::([a-zA-Z-]+)(?: [^:]*)?::(.*)$/.exec(line);
  if (!command) return line;
  const [, name = '', message = ''] = command;
  if (name === 'error' || name === 'warning' || name === 'notice') return `${name}: ${message.replace(/%0A/gi, ' ')}`;
  if (name === 'group') return `── ${message}`;
  return undefined; // debug, endgroup, add-mask, echo, ...
}

export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export function consoleReporter(write: (text: string) => void): ProgressReporter {
  return {
    stepStarted: (id, action) => {
      write(`▶ ${action} (${id})\n`);
    },
    stepLine: (line) => {
      const shown = displayLine(line);
      if (shown !== undefined && shown.trim() !== '') write(`    ${shown}\n`);
    },
    stepFinished: (_id, action, ok, durationMs) => {
      write(`${ok ? '✓' : '✗'} ${action} ${formatDuration(durationMs)}\n`);
    },
  };
}
