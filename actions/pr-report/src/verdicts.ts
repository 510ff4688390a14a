// quality-gate's `verdicts` output: a JSON array of {gate, metric, value, op, threshold,
// baseline, delta, passed} (actions/quality-gate/action.yml).

export interface GateVerdict {
  gate: string;
  metric: string;
  value: number | null;
  op: string;
  threshold: number | null;
  baseline: number | null;
  delta: number | null;
  passed: boolean;
  /** quality-gate's explanation of a regression row ('' for others and for older gates). */
  note: string;
}

const numberOrNull = (v: unknown): number | null => (typeof v === 'number' ? v : null);

export function parseVerdicts(raw: string): GateVerdict[] {
  if (raw.trim() === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new Error(`input verdicts: not JSON; pass quality-gate's verdicts output as it is`);
  }
  if (!Array.isArray(parsed)) throw new Error('input verdicts: expected a JSON array of verdict rows');
  return parsed.map((row: unknown, i) => {
    const r = (typeof row === 'object' && row !== null ? row : {}) as Record<string, unknown>;
    if (typeof r.gate !== 'string' || typeof r.passed !== 'boolean') {
      throw new Error(`input verdicts: [${i}]: expected {gate, passed, ...}; pass quality-gate's verdicts output as it is`);
    }
    return {
      gate: r.gate,
      metric: typeof r.metric === 'string' ? r.metric : '',
      value: numberOrNull(r.value),
      op: typeof r.op === 'string' ? r.op : '',
      threshold: numberOrNull(r.threshold),
      baseline: numberOrNull(r.baseline),
      delta: numberOrNull(r.delta),
      passed: r.passed,
      note: typeof r.note === 'string' ? r.note : '',
    };
  });
}
