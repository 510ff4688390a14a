// Reads a YAML or JSON file into a plain value, with errors that name the file and the line.
import { readFileSync, statSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';

/** A file that cannot be used, with the reason already phrased for the user. */
export class InputFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputFileError';
  }
}

export function readText(file: string, what: string): string {
  let isFile = false;
  try {
    isFile = statSync(file).isFile();
  } catch {
    throw new InputFileError(`${file}: ${what} not found; check the path (relative paths are resolved against the workspace)`);
  }
  if (!isFile) throw new InputFileError(`${file}: ${what} is not a regular file`);
  return readFileSync(file, 'utf8');
}

export function parseYamlText(text: string, file: string): unknown {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, lineCounter });
  const first = doc.errors[0];
  if (first) {
    const pos = lineCounter.linePos(first.pos[0]);
    const where = `line ${pos.line}, column ${pos.col}: `;
    throw new InputFileError(`${file}: ${where}${first.message.split('\n')[0] ?? 'invalid YAML'} — fix the YAML syntax`);
  }
  const value: unknown = doc.toJS();
  if (value === null || value === undefined) throw new InputFileError(`${file}: the file is empty; expected a YAML mapping`);
  return value;
}

export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InputFileError(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

export function readYamlFile(file: string, what: string): unknown {
  return parseYamlText(readText(file, what), file);
}

export function readJsonFile(file: string, what: string): unknown {
  return parseJsonText(readText(file, what), file);
}
