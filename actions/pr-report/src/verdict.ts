// The report's first line: passed, or the first step that failed and why. Steps run in the
// pipeline's order (validate-data → train-model → quality-gate), which is how a failed step's
// outcome is matched with the evidence: data errors explain the first step, breached gates the last.
import type { GateVerdict } from './verdicts.js';
import type { StepOutcome } from './step-outcomes.js';
import type { ValidationReport } from './validation-report.js';

export interface Verdict {
  passed: boolean;
  /** The step that failed first, e.g. "quality-gate". */
  failedStep?: string;
  /** Why, in a few words. */
  reason?: string;
}

interface Evidence {
  outcomes: StepOutcome[];
  validation?: ValidationReport;
  verdicts: GateVerdict[];
}

function dataReason(validation: ValidationReport | undefined): string | undefined {
  if (!validation || validation.passed) return undefined;
  return `${validation.findings.filter((f) => f.severity === 'error').length} data check error(s)`;
}

function gateReason(verdicts: GateVerdict[]): string | undefined {
  const breached = verdicts.filter((v) => !v.passed).length;
  return breached === 0 ? undefined : `${breached} of ${verdicts.length} gate checks failed`;
}

function reasonFor(step: StepOutcome, input: Evidence): string {
  if (step.outcome === 'cancelled') return 'the step was cancelled';
  const position = input.outcomes.indexOf(step);
  const fromData = position === 0 ? dataReason(input.validation) : undefined;
  const fromGate = position === input.outcomes.length - 1 ? gateReason(input.verdicts) : undefined;
  return fromData ?? fromGate ?? 'the step failed';
}

export function decideVerdict(input: Evidence): Verdict {
  const stopped = input.outcomes.find((o) => o.outcome === 'failure' || o.outcome === 'cancelled');
  if (stopped) return { passed: false, failedStep: stopped.step, reason: reasonFor(stopped, input) };
  const data = dataReason(input.validation);
  if (data) return { passed: false, failedStep: 'validate-data', reason: data };
  const gate = gateReason(input.verdicts);
  if (gate) return { passed: false, failedStep: 'quality-gate', reason: gate };
  return { passed: true };
}
