// "What was the actual value?": the typed text checked as a number, and the API's answer turned
// into what the result panel says. Every message quotes the server; nothing is assumed.
import type { ApiResult } from './api';
import type { FeedbackAnswer } from './api-types';

export type ActualCheck = { ok: true; value: number } | { ok: false; message: string };

/** The typed actual value as a number (the server checks the target's type and range). */
export function parseActual(text: string, target: string): ActualCheck {
  const trimmed = text.trim().replaceAll(',', '');
  if (trimmed === '') return { ok: false, message: `Enter the actual ${target}.` };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, message: `The actual ${target} must be a number; got “${text.trim()}”.` };
  return { ok: true, value };
}

export interface FeedbackMessage {
  tone: 'done' | 'problem';
  text: string;
}

/** What the panel says after the API answered (201 recorded, 200 replayed, 404, 409, 422, …). */
export function feedbackMessage(result: ApiResult<FeedbackAnswer>): FeedbackMessage {
  switch (result.kind) {
    case 'ok':
      return result.data.status === 'recorded'
        ? { tone: 'done', text: `Recorded: the actual value ${result.data.actual} for model ${result.data.model_version}.` }
        : { tone: 'done', text: `Already recorded: the actual value ${result.data.actual} was given before.` };
    case 'invalid':
      return { tone: 'problem', text: `Not accepted: ${result.detail}` };
    case 'not-ready':
      return { tone: 'problem', text: `Feedback is not available: ${result.detail}` };
    case 'unreachable':
      return { tone: 'problem', text: `The API did not answer: ${result.detail}` };
    case 'error':
      if (result.status === 404) return { tone: 'problem', text: `Not recorded (404): ${result.detail}` };
      if (result.status === 409) return { tone: 'problem', text: `Not changed (409): ${result.detail}` };
      return { tone: 'problem', text: `Not accepted (${result.status}): ${result.detail}` };
  }
}
