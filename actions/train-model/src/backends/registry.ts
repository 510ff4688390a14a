// Backends by name. Adding one is adding an entry here; the action and its inputs do not change.
import * as core from '@actions/core';
import { LocalBackend } from './local.js';
import type { BackendSettings, TrainingBackend, TrainingRequest, TrainingResult } from './types.js';

type BackendFactory = (settings: BackendSettings) => TrainingBackend;

/** Loads the SageMaker backend (and the AWS SDK with it) only when it trains. */
class LazySageMakerBackend implements TrainingBackend {
  readonly name = 'sagemaker';

  constructor(private readonly settings: BackendSettings) {}

  async train(request: TrainingRequest): Promise<TrainingResult> {
    const sagemaker = this.settings.sagemaker;
    if (sagemaker === undefined) throw new Error('backend "sagemaker" needs its settings (role, image, bucket)');
    const { SageMakerBackend } = await import('./sagemaker/backend.js');
    return new SageMakerBackend({
      python: this.settings.python,
      settings: sagemaker,
      print: core.info,
      ...(this.settings.cancel === undefined ? {} : { cancel: this.settings.cancel }),
    }).train(request);
  }
}

const backends: Record<string, BackendFactory> = {
  local: (settings) => new LocalBackend({ python: settings.python }),
  sagemaker: (settings) => new LazySageMakerBackend(settings),
};

export function backendNames(): string[] {
  return Object.keys(backends);
}

/** Checks a backend name at input-parsing time, with a message that quotes it. */
export function checkBackendName(name: string): string {
  if (name in backends) return name;
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
