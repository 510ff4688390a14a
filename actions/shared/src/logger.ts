// What an action prints, behind an interface so tests can read it back.
import * as core from '@actions/core';

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  /** A collapsible group in the log. */
  group<T>(name: string, body: () => Promise<T>): Promise<T>;
}

export const coreLogger: Logger = {
  info: (message) => {
    core.info(message);
  },
  warning: (message) => {
    core.warning(message);
  },
  group: (name, body) => core.group(name, body),
};
