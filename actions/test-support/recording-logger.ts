// A Logger that keeps what an action printed, with the group each line was printed in.
import type { Logger } from '@slipway/shared';

export interface RecordingLogger extends Logger {
  lines: string[];
  warnings: string[];
  groups: string[];
}

export function recordingLogger(): RecordingLogger {
  const log: RecordingLogger = {
    lines: [],
    warnings: [],
    groups: [],
    info: (message) => log.lines.push(message),
    warning: (message) => log.warnings.push(message),
    group: async (name, body) => {
      log.groups.push(name);
      return body();
    },
  };
  return log;
}
