// Which step failed: the workflow passes each step's outcome (`steps.<id>.outcome`) as
// `name=outcome` lines, in the order the steps ran.

export interface StepOutcome {
  step: string;
  outcome: string;
}

const OUTCOMES = new Set(['success', 'failure', 'cancelled', 'skipped']);

export function parseStepOutcomes(raw: string): StepOutcome[] {
  return raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line, i) => {
      const match = /^([^=\s]+)\s*=\s*(\S*)$/.exec(line);
      const outcome = match?.[2] ?? '';
      if (!match?.[1] || !OUTCOMES.has(outcome)) {
        throw new Error(`input step-outcomes: line ${i + 1} "${line}": expected <step>=<success|failure|cancelled|skipped>`);
      }
      return { step: match[1], outcome };
    });
}
