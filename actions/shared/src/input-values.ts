// Parsers for input values that several actions take in the same form.

/** `true`/`false` in any case and surrounding space; anything else is rejected, quoted. */
export function parseBoolean(name: string, raw: string): boolean {
  const value = raw.trim().toLowerCase();
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new Error(`input ${name}: "${raw}" is not a boolean; use true or false`);
}
