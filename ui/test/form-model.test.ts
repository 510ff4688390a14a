import { describe, expect, it } from 'vitest';
import { checkRow, checkValue, fieldHint, formFields } from '../src/lib/form-model';
import type { Feature } from '../src/lib/api-types';
import { features } from './fixtures';

const byName = (name: string): Feature => {
  const found = features().find((feature) => feature.name === name);
  if (!found) throw new Error(name);
  return found;
};

describe('formFields', () => {
  it('makes number inputs for numbers and selects for categories, with steps from the metadata', () => {
    const fields = formFields(features());
    expect(fields.map((field) => [field.name, field.kind, field.step])).toEqual([
      ['sqft', 'number', '1'],
      ['bedrooms', 'number', '1'],
      ['bathrooms', 'number', '0.5'],
      ['location', 'select', 'any'],
      ['condition', 'select', 'any'],
      ['year_built', 'number', '1'],
    ]);
    expect(fields[3]?.choices).toEqual(['Downtown', 'Urban', 'Suburb', 'Rural', 'Waterfront', 'Mountain']);
  });

  it('offers true/false for a boolean and a text input for a string', () => {
    const fields = formFields([
      { name: 'garage', type: 'boolean' },
      { name: 'notes', type: 'string' },
    ]);
    expect(fields.map((field) => [field.kind, field.choices])).toEqual([
      ['select', ['true', 'false']],
      ['text', []],
    ]);
  });

  it('describes unit, range and step in the hint', () => {
    const [sqft, , bathrooms] = formFields(features());
    expect(fieldHint(sqft!)).toBe('square feet · 400 to 10000');
    expect(fieldHint(bathrooms!)).toBe('1 to 6 · steps of 0.5');
  });
});

describe('checkValue', () => {
  it('accepts valid values with their types', () => {
    expect(checkValue(byName('sqft'), ' 1800 ')).toEqual({ ok: true, value: 1800 });
    expect(checkValue(byName('bathrooms'), '2.5')).toEqual({ ok: true, value: 2.5 });
    expect(checkValue(byName('location'), 'Suburb')).toEqual({ ok: true, value: 'Suburb' });
    expect(checkValue({ name: 'garage', type: 'boolean' }, 'false')).toEqual({ ok: true, value: false });
  });

  it('words range and category errors as the API does', () => {
    expect(checkValue(byName('sqft'), '50')).toEqual({ ok: false, message: 'sqft must be between 400 and 10000; got 50' });
    expect(checkValue(byName('location'), 'Moon')).toEqual({
      ok: false,
      message: 'location must be one of Downtown, Urban, Suburb, Rural, Waterfront, Mountain; got "Moon"',
    });
  });

  it('rejects empty, non-numeric and fractional integer values', () => {
    expect(checkValue(byName('sqft'), '')).toEqual({ ok: false, message: 'sqft is required; add it' });
    expect(checkValue(byName('sqft'), 'big')).toEqual({ ok: false, message: 'sqft must be an integer; got "big"' });
    expect(checkValue(byName('bathrooms'), 'two')).toEqual({ ok: false, message: 'bathrooms must be a number; got "two"' });
    expect(checkValue(byName('bedrooms'), '2.5')).toEqual({ ok: false, message: 'bedrooms must be a whole number; got 2.5' });
    expect(checkValue({ name: 'x', type: 'number', min: 0 }, '-1')).toEqual({ ok: false, message: 'x must be at least 0; got -1' });
    expect(checkValue({ name: 'x', type: 'number', max: 1 }, '-Infinity')).toEqual({
      ok: false,
      message: 'x must be a finite number; got -Infinity',
    });
  });

  it('sends an empty value of a nullable column as null', () => {
    expect(checkValue({ name: 'x', type: 'number', nullable: true }, ' ')).toEqual({ ok: true, value: null });
  });
});

describe('checkRow', () => {
  it('returns the typed row when every field is valid', () => {
    const raw = { sqft: '1800', bedrooms: '3', bathrooms: '2', location: 'Suburb', condition: 'Good', year_built: '1995' };
    expect(checkRow(features(), raw)).toEqual({
      row: { sqft: 1800, bedrooms: 3, bathrooms: 2, location: 'Suburb', condition: 'Good', year_built: 1995 },
      errors: {},
    });
  });

  it('returns no row and one message per bad field', () => {
    const raw = { sqft: '1800', bedrooms: '30', bathrooms: '2', location: 'Suburb', condition: 'Good' };
    const check = checkRow(features(), raw);
    expect(check.row).toBeUndefined();
    expect(check.errors).toEqual({ bedrooms: 'bedrooms must be between 1 and 8; got 30', year_built: 'year_built is required; add it' });
  });
});
