// Validates action.yml files against SchemaStore's github-action schema (vendored in
// runner/schemas/), because actionlint checks workflows but not action metadata.
// CLI: tsx runner/src/action-metadata-check.ts <action.yml>...
import { Ajv, type ErrorObject } from 'ajv';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

const SCHEMA_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas', 'github-action.schema.json');

function dottedPath(instancePath: string): string {
  const path = instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
    .join('')
    .replace(/^\./, '');
  return path || '(root)';
}

function describe(error: ErrorObject): string {
  if (error.keyword === 'additionalProperties') return `unknown key "${String(error.params.additionalProperty)}"`;
  if (error.keyword === 'enum') return `${error.message ?? 'is not allowed'}: ${(error.params.allowedValues as unknown[]).join(', ')}`;
  return error.message ?? error.keyword;
}

export function createActionMetadataValidator(): (file: string) => string[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object);
  return (file) => {
    let doc: unknown;
    try {
      doc = parseYaml(readFileSync(file, 'utf8'));
    } catch (error) {
      return [`${file}: (file): ${(error as Error).message}`];
    }
    if (validate(doc)) return [];
    // oneOf/if branches repeat the real cause; keep the specific messages.
    const errors = (validate.errors ?? []).filter((e) => !['oneOf', 'if', 'anyOf'].includes(e.keyword));
    return [...new Set(errors.map((e) => `${file}: ${dottedPath(e.instancePath)}: ${describe(e)}`))];
  };
}

function main(files: string[]): number {
  if (files.length === 0) {
    process.stderr.write('usage: action-metadata-check <action.yml>...\n');
    return 2;
  }
  const validate = createActionMetadataValidator();
  const problems = files.flatMap(validate);
  for (const problem of problems) process.stderr.write(`${problem}\n`);
  process.stdout.write(`${files.length - new Set(problems.map((p) => p.split(':')[0])).size}/${files.length} action.yml files valid\n`);
  return problems.length === 0 ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
