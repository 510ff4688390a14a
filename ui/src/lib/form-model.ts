// The prediction form, generated from the model's feature list, and the browser-side checks.
// Messages are worded like the API's 422 messages, so a user reads the same sentence whichever
// side caught the mistake.
import type { Feature, FeatureRow, FeatureValue } from './api-types';

export type InputKind = 'number' | 'select' | 'text';

export interface FormField {
  name: string;
  kind: InputKind;
  /** The number input's step: 1 for integers, the contract's step, or "any". */
  step: string;
  unit: string | undefined;
  description: string | undefined;
  min: number | undefined;
  max: number | undefined;
  choices: string[];
  feature: Feature;
}

export function formFields(features: Feature[]): FormField[] {
  return features.map((feature) => ({
    name: feature.name,
    kind: inputKind(feature),
    step: feature.type === 'integer' ? String(feature.step ?? 1) : feature.step === undefined ? 'any' : String(feature.step),
    unit: feature.unit,
    description: feature.description,
    min: feature.min,
    max: feature.max,
    choices: choicesOf(feature),
    feature,
  }));
}

function inputKind(feature: Feature): InputKind {
  if (feature.type === 'integer' || feature.type === 'number') return 'number';
  if (feature.type === 'category' || feature.type === 'boolean') return 'select';
  return 'text';
}

function choicesOf(feature: Feature): string[] {
  if (feature.type === 'category') return feature.categories ?? [];
  if (feature.type === 'boolean') return ['true', 'false'];
  return [];
}

/** A short line under the input: unit and allowed range, from the metadata. */
export function fieldHint(field: FormField): string {
  const parts: string[] = [];
  if (field.unit) parts.push(field.unit);
  if (field.min !== undefined && field.max !== undefined) parts.push(`${field.min} to ${field.max}`);
  else if (field.min !== undefined) parts.push(`at least ${field.min}`);
  else if (field.max !== undefined) parts.push(`at most ${field.max}`);
  if (field.kind === 'number' && field.step !== 'any' && field.step !== '1') parts.push(`steps of ${field.step}`);
  return parts.join(' · ');
}

export type FieldCheck = { ok: true; value: FeatureValue } | { ok: false; message: string };

/** Checks one raw text value against its feature: required, type, range, category. */
export function checkValue(feature: Feature, raw: string): FieldCheck {
  const text = raw.trim();
  if (text === '' && feature.nullable) return { ok: true, value: null };
  if (text === '') return { ok: false, message: `${feature.name} is required; add it` };
  switch (feature.type) {
    case 'integer':
    case 'number':
      return checkNumber(feature, text);
    case 'category':
      return checkCategory(feature, text);
    case 'boolean':
      return checkBoolean(feature, text);
    default:
      return { ok: true, value: text };
  }
}

function checkNumber(feature: Feature, text: string): FieldCheck {
  const value = Number(text);
  const noun = feature.type === 'integer' ? 'an integer' : 'a number';
  if (Number.isNaN(value)) return { ok: false, message: `${feature.name} must be ${noun}; got "${text}"` };
  if (!Number.isFinite(value)) return { ok: false, message: `${feature.name} must be a finite number; got ${text}` };
  if (feature.type === 'integer' && !Number.isInteger(value))
    return { ok: false, message: `${feature.name} must be a whole number; got ${value}` };
  const { min, max } = feature;
  const below = min !== undefined && value < min;
  const above = max !== undefined && value > max;
  if (below || above) return { ok: false, message: rangeMessage(feature.name, min, max, value) };
  return { ok: true, value };
}

function rangeMessage(name: string, min: number | undefined, max: number | undefined, value: number): string {
  if (min !== undefined && max !== undefined) return `${name} must be between ${min} and ${max}; got ${value}`;
  if (min !== undefined) return `${name} must be at least ${min}; got ${value}`;
  return `${name} must be at most ${max ?? ''}; got ${value}`;
}

function checkCategory(feature: Feature, text: string): FieldCheck {
  const categories = feature.categories ?? [];
  if (categories.includes(text)) return { ok: true, value: text };
  return { ok: false, message: `${feature.name} must be one of ${categories.join(', ')}; got "${text}"` };
}

function checkBoolean(feature: Feature, text: string): FieldCheck {
  if (text === 'true' || text === 'false') return { ok: true, value: text === 'true' };
  return { ok: false, message: `${feature.name} must be true or false; got "${text}"` };
}

export interface RowCheck {
  row: FeatureRow | undefined;
  /** Message per field name; empty when the row is valid. */
  errors: Record<string, string>;
}

export function checkRow(features: Feature[], raw: Record<string, string>): RowCheck {
  const row: FeatureRow = {};
  const errors: Record<string, string> = {};
  for (const feature of features) {
    const check = checkValue(feature, raw[feature.name] ?? '');
    if (check.ok) row[feature.name] = check.value;
    else errors[feature.name] = check.message;
  }
  return { row: Object.keys(errors).length === 0 ? row : undefined, errors };
}
