// The report's first line: passed, or the first step that failed and why.
import type { GateVerdict } from './verdicts.js';
import type { StepOutcome } from './step-outcomes.js';
import type { ValidationSummary } from './validation-report.js';

export interface Verdict {
  passed: boolean;
  /** The step that failed first, e.g. "quality-gate". */
  failedStep?: string;
  /** Why, in a few words. */
  reason?: string;
}

export function decideVerdict(input: { outcomes: StepOutcome[]; validation?: ValidationSummary; verdicts: GateVerdict[] }): Verdict {
  const stopped = input.outcomes.find((o) => o.outcome === 'failure' || o.outcome === 'cancelled');
  if (stopped)
    return {
      passed: false,
      failedStep: stopped.step,
      reason: stopped.outcome === 'failure' ? 'the step failed' : 'the step was cancelled',
    };
  if (input.validation && !input.validation.passed) {
    const errors = input.validation.findings.filter((f) => f.severity === 'error').length;
    return { passed: false, failedStep: 'validate-data', reason: `${errors} data check error(s)` };
  }
  const breached = input.verdicts.filter((v) => !v.passed);
  if (breached.length > 0) {
    return { passed: false, failedStep: 'quality-gate', reason: `${breached.length} of ${input.verdicts.length} gate checks failed` };
  }
  return { passed: true };
}
