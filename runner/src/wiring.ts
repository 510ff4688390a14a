// Resolves a step's `with:` values against the run context and earlier steps' outputs,
// the way GitHub evaluates `${{ }}` in a workflow (only the two forms the pipeline uses).
import type { RunContext, StepDefinition } from './pipeline-definition.js';

export type StepOutputs = Record<string, Record<string, string>>;

const EXPRESSION = /\$\{\{\s*([^}]*?)\s*\}\}/g;

function evaluate(expression: string, run: RunContext, outputs: StepOutputs, where: string): string {
  const runRef = /^run\.([A-Za-z_][\w-]*)$/.exec(expression);
  if (runRef) {
    const key = runRef[1] as keyof RunContext;
    if (!(key in run)) throw new Error(`${where}: unknown run value "${key}" — known: ${Object.keys(run).join(', ')}`);
    return run[key];
  }
  const stepRef = /^steps\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)$/.exec(expression);
  if (stepRef) {
    const [, stepId = '', name = ''] = stepRef;
    const stepOutputs = outputs[stepId];
    if (!stepOutputs) throw new Error(`${where}: step "${stepId}" has not run before this step — reorder the pipeline`);
    const value = stepOutputs[name];
    if (value === undefined) {
      throw new Error(`${where}: step "${stepId}" did not set output "${name}" — it set ${Object.keys(stepOutputs).join(', ') || 'none'}`);
    }
    return value;
  }
  throw new Error(`${where}: unsupported expression "\${{ ${expression} }}" — use run.<key> or steps.<id>.outputs.<name>`);
}

export function resolveInputs(step: StepDefinition, run: RunContext, outputs: StepOutputs): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const [name, template] of Object.entries(step.with)) {
    const where = `step ${step.id} input ${name}`;
    const value = template.replace(EXPRESSION, (_match, expression: string) => evaluate(expression, run, outputs, where));
    if (value !== '') inputs[name] = value;
  }
  return inputs;
}

/** Checks ids are unique and every step reference points backwards, before anything runs. */
export function checkPipeline(steps: readonly StepDefinition[]): void {
  const seen = new Set<string>();
  for (const step of steps) {
    if (seen.has(step.id)) throw new Error(`pipeline: step id "${step.id}" is used twice`);
    for (const [name, template] of Object.entries(step.with)) {
      for (const match of template.matchAll(/steps\.([A-Za-z_][\w-]*)\.outputs/g)) {
        if (!seen.has(match[1] ?? '')) {
          throw new Error(`pipeline: step ${step.id} input ${name} reads step "${match[1]}", which does not run before it`);
        }
      }
    }
    seen.add(step.id);
  }
}
