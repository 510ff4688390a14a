import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDatasetContract, loadProjectSpec, loadProjectWithContract } from '../src/spec-loader.js';
import { contractFileFor, resolveProjectSpecFile } from '../src/project-resolution.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'slipway-spec-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('shipped projects', () => {
  it.each(['house-prices', 'abalone'])('%s validates with its contract', (project) => {
    const specFile = resolveProjectSpecFile({ project, workspace: repo });
    const spec = loadProjectSpec(specFile);
    const contractFile = contractFileFor({ dataset: spec.dataset, dataRoot: join(repo, 'data') });
    expect(loadProjectWithContract({ specFile, contractFile }).spec.project).toBe(project);
  });
});

describe('project resolution', () => {
  it('lists the known projects when a name does not exist', () => {
    expect(() => resolveProjectSpecFile({ project: 'house-price', workspace: repo })).toThrow(
      /project "house-price": .*ml\/projects\/house-price\.yaml does not exist \(known projects: abalone, house-prices\)/,
    );
  });
  it('accepts a path relative to the workspace', () => {
    expect(resolveProjectSpecFile({ project: 'ml/projects/abalone.yaml', workspace: repo })).toBe(join(repo, 'ml/projects/abalone.yaml'));
  });
});

describe('file problems', () => {
  it('names the line of a YAML syntax error', () => {
    const file = write('broken.yaml', 'project: demo\ngates: [\n');
    expect(() => loadProjectSpec(file)).toThrow(new RegExp(`${file}: line \\d+, column \\d+: `));
  });
  it('rejects an empty file', () => {
    const file = write('empty.yaml', '\n');
    expect(() => loadProjectSpec(file)).toThrow(`${file}: the file is empty; expected a YAML mapping`);
  });
  it('rejects duplicate keys', () => {
    const file = write('dup.yaml', 'project: a\nproject: b\n');
    expect(() => loadProjectSpec(file)).toThrow(/dup\.yaml: line 2/);
  });
});

describe('semantic checks', () => {
  const contract = write(
    'contract.yaml',
    'dataset: demo\nsource: {kind: path, path: d.csv}\ncolumns:\n  - {name: x, type: number}\n  - {name: y, type: number}\ntarget: y\n',
  );
  it('rejects a contract whose target is not a column', () => {
    const file = write(
      'bad-target.yaml',
      'dataset: demo\nsource: {kind: path, path: d.csv}\ncolumns:\n  - {name: x, type: number}\n  - {name: y, type: number}\ntarget: price\n',
    );
    expect(() => loadDatasetContract(file)).toThrow(`${file}: target: column "price" is not among the columns (x, y)`);
  });
  const checksContract = (columns: string, checks: string): string =>
    `dataset: demo\nsource: {kind: path, path: d.csv}\ncolumns:\n${columns}  - {name: y, type: number}\ntarget: y\nchecks:\n${checks}`;
  it('rejects a leakage exemption for an unknown column', () => {
    const file = write('exempt.yaml', checksContract('  - {name: x, type: number}\n', '  leakage: {exempt: [x, z]}\n'));
    expect(() => loadDatasetContract(file)).toThrow(`${file}: checks.leakage.exempt[1]: column "z" is not among the columns`);
  });
  it('rejects a drift warning threshold above the error threshold', () => {
    const file = write('psi.yaml', checksContract('  - {name: x, type: number}\n', '  drift: {psi_warning: 0.5, psi_error: 0.2}\n'));
    expect(() => loadDatasetContract(file)).toThrow(`${file}: checks.drift.psi_warning: psi_warning 0.5 is greater than psi_error 0.2`);
  });
  it('rejects max_null_rate on a column that is not nullable', () => {
    const file = write('null-rate.yaml', checksContract('  - {name: x, type: number, max_null_rate: 0.1}\n', '  null-rate: {max: 0.2}\n'));
    expect(() => loadDatasetContract(file)).toThrow(
      `${file}: columns[0].max_null_rate: applies to nullable columns only; set nullable: true or remove it`,
    );
  });
  it('rejects a derived feature on an unknown column and one computed from the target', () => {
    const spec = write(
      'spec.yaml',
      [
        'project: demo',
        'dataset: demo',
        'task: regression',
        'features:',
        '  derived:',
        '    - {name: x_log, transform: log1p, inputs: [z]}',
        '    - {name: leak, transform: ratio, inputs: [x, y]}',
        'split: {test_fraction: 0.2, seed: 1, cv_folds: 3}',
        'candidates: [{name: lin, model: linear_regression}]',
        'selection: {metric: rmse}',
        'gates: [{metric: rmse, op: "<=", threshold: 1}]',
      ].join('\n'),
    );
    expect(() => loadProjectWithContract({ specFile: spec, contractFile: contract })).toThrow(
      `${spec}: features.derived[0].inputs[0]: column "z" is not in dataset "demo" (x, y)\n${spec}: features.derived[1].inputs[1]: "y" is the target; a feature computed from the target leaks it`,
    );
  });
  it('rejects a split grouped by the target or an unknown column, and stratified by a numeric column', () => {
    const specWithSplit = (name: string, split: string): string =>
      write(
        name,
        [
          'project: demo',
          'dataset: demo',
          'task: regression',
          `split: {test_fraction: 0.2, seed: 1, cv_folds: 3, ${split}}`,
          'candidates: [{name: lin, model: linear_regression}]',
          'selection: {metric: rmse}',
          'gates: [{metric: rmse, op: "<=", threshold: 1}]',
        ].join('\n'),
      );
    const byTarget = specWithSplit('group-target.yaml', 'group_by: y, stratify: {column: x}');
    expect(() => loadProjectWithContract({ specFile: byTarget, contractFile: contract })).toThrow(
      `${byTarget}: split.group_by: "y" is not a column of dataset "demo" other than the target\n${byTarget}: split.stratify.column: "x" is not a category column of dataset "demo"`,
    );
    const fine = specWithSplit('group-x.yaml', 'group_by: x, stratify: {target_quantiles: 4}');
    expect(loadProjectWithContract({ specFile: fine, contractFile: contract }).spec.split.group_by).toBe('x');
  });
});
