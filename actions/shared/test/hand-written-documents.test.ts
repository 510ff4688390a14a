// Every document with a schema has one declaration: the type generated from it
// (src/generated/documents.ts). This fails when an action or the runner declares an interface,
// class or object type under a generated name or under one of types.ts's aliases of them
// (ProjectSpec, DatasetContract, Gate, ...): derive from the generated type instead. The UI's
// types come from the OpenAPI document, not from these schemas, so ui/ is not scanned.
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const generated = readFileSync(join(repo, 'actions/shared/src/generated/documents.ts'), 'utf8');
const aliases = readFileSync(join(repo, 'actions/shared/src/types.ts'), 'utf8');

const generatedNames = new Set([...generated.matchAll(/^export (?:interface|type) (\w+)/gm)].map((m) => m[1] ?? ''));
const aliasNames = [...aliases.matchAll(/^export type (\w+) = (\w+)(?:\[[^\]]+\])?;$/gm)]
  .filter((m) => generatedNames.has(m[2] ?? ''))
  .map((m) => m[1] ?? '');
const documentNames = new Set([...generatedNames, ...aliasNames]);

/** Declarations (not aliases or derivations) of a document's name in `text`. */
function handWrittenDeclarations(text: string, names: Set<string>): string[] {
  const declaration = /\b(?:interface|class)\s+(\w+)\b|\btype\s+(\w+)\s*=\s*\{/g;
  return [...text.matchAll(declaration)].map((m) => m[1] ?? m[2] ?? '').filter((name) => names.has(name));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ['node_modules', 'dist', 'generated'].includes(entry.name) ? [] : sourceFiles(path);
    return /\.(?:ts|mts)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const scanned = [
  ...readdirSync(join(repo, 'actions'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(repo, 'actions', entry.name, 'src')),
  join(repo, 'runner', 'src'),
].flatMap((dir) => {
  try {
    return sourceFiles(dir);
  } catch {
    return []; // an action without src/ (a composite action)
  }
});

describe('documents with a schema are declared once, by the generator', () => {
  it('knows the generated names and the aliases of types.ts', () => {
    for (const name of ['ModelProjectSpec', 'DatasetContractDocument', 'MetricsFile', 'ProductionRecord', 'DataProfile'])
      expect(generatedNames).toContain(name);
    for (const name of ['ProjectSpec', 'DatasetContract', 'Gate', 'ContractColumn', 'ChecksConfig']) expect(aliasNames).toContain(name);
  });

  it('finds a hand-written declaration and lets aliases and derivations pass', () => {
    const text = [
      'export interface ProjectSpec { project: string }',
      'type MetricsFile = { project: string };',
      'export type PredictionRecord = Omit<PredictionLine, "time"> & { time: number };',
      'export type Gate = ModelProjectSpecGate;',
      'interface Unrelated { gate: Gate }',
    ].join('\n');
    expect(handWrittenDeclarations(text, documentNames)).toEqual(['ProjectSpec', 'MetricsFile']);
  });

  it('scans the actions and the runner', () => {
    expect(scanned.length).toBeGreaterThan(50);
  });

  it('finds no hand-written copy of a document in the actions or the runner', () => {
    const found = scanned.flatMap((file) =>
      handWrittenDeclarations(readFileSync(file, 'utf8'), documentNames).map((name) => `${relative(repo, file)}: ${name}`),
    );
    expect(found).toEqual([]);
  });
});
