// Backends by name. Adding one is adding an entry here; the action and its inputs do not change.
import { LocalBackend } from './local.js';
import type { BackendSettings, TrainingBackend } from './types.js';

type BackendFactory = (settings: BackendSettings) => TrainingBackend;

const backends: Record<string, BackendFactory> = {
  local: (settings) => new LocalBackend({ python: settings.python }),
};

/** Named in the design but not shipped yet: an input error, not a silent fallback. */
const planned = new Set(['sagemaker']);

export function backendNames(): string[] {
  return Object.keys(backends);
}

/** Checks a backend name at input-parsing time, with a message that quotes it. */
export function checkBackendName(name: string): string {
  if (name in backends) return name;
  if (planned.has(name)) {
    throw new Error(
      `input backend: "${name}" is not available in this version; use ${backendNames()
        .map((n) => `"${n}"`)
        .join(', ')}`,
    );
  }
  throw new Error(
    `input backend: "${name}" is not a known backend; use one of ${backendNames()
      .map((n) => `"${n}"`)
      .join(', ')}`,
  );
}

export function createBackend(name: string, settings: BackendSettings): TrainingBackend {
  const factory = backends[checkBackendName(name)];
  if (!factory) throw new Error(`backend "${name}" has no factory`);
  return factory(settings);
}
