import { describe, expect, it } from '@jest/globals';
import { parseBoolean } from '../src/input-values.js';

describe('parseBoolean', () => {
  it('accepts true and false in any case, with surrounding space', () => {
    expect(parseBoolean('x', ' TRUE ')).toBe(true);
    expect(parseBoolean('x', 'False')).toBe(false);
  });

  it('quotes a value that is not a boolean', () => {
    expect(() => parseBoolean('fail-on-breach', 'yes')).toThrow('input fail-on-breach: "yes" is not a boolean; use true or false');
    expect(() => parseBoolean('fail-on-breach', '')).toThrow('input fail-on-breach: "" is not a boolean; use true or false');
  });
});
