// quality-gate's `verdicts` output, checked against schemas/gate-verdicts.schema.json.
import { validateDocument, type GateVerdict, type GateVerdicts } from '@slipway/shared';

export type { GateVerdict };

const WHERE = 'input verdicts';

export function parseVerdicts(raw: string): GateVerdict[] {
  if (raw.trim() === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new Error(`${WHERE}: not JSON; pass quality-gate's verdicts output as it is`);
  }
  return validateDocument<GateVerdicts>('gate-verdicts', parsed, WHERE);
}
