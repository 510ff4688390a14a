// Where a project's files live: `project` is either a name (→ ml/projects/<name>.yaml under the
// workspace) or a path to a spec; `dataset: <name>` → <data root>/<name>/contract.yaml.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { InputFileError } from './read-document.js';

const PROJECT_NAME = /^[a-z0-9][a-z0-9-]*$/;

export function projectsDir(workspace: string): string {
  return join(workspace, 'ml', 'projects');
}

export function listProjects(workspace: string): string[] {
  const dir = projectsDir(workspace);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();
}

/** Resolves the `project` value to an existing spec file, or says what exists instead. */
export function resolveProjectSpecFile(options: { project: string; workspace: string }): string {
  const { project, workspace } = options;
  const asName = PROJECT_NAME.test(project) && !/\.ya?ml$/.test(project);
  const file = asName ? join(projectsDir(workspace), `${project}.yaml`) : isAbsolute(project) ? project : resolve(workspace, project);
  if (existsSync(file)) return file;
  if (asName) {
    const known = listProjects(workspace);
    const listed = known.length > 0 ? `known projects: ${known.join(', ')}` : `no specs found in ${projectsDir(workspace)}`;
    throw new InputFileError(`project "${project}": ${file} does not exist (${listed}); give a project name or a path to a spec file`);
  }
  throw new InputFileError(`project "${project}": spec file ${file} does not exist; give a project name or a path to a spec file`);
}

/**
 * The data root of a project spec: the `data/` folder of the spec's repository, which is the
 * nearest folder at or above the spec's own folder that has a `data/` folder; else (a spec with
 * no such folder above it) `<workspace>/data`. Every step looks for the dataset's contract there
 * (the trainer too: ml/slipway_ml/data_resolve.py), for specs inside or outside the repository.
 */
export function dataRootFor(specFile: string, workspace: string): string {
  for (let dir = dirname(resolve(specFile)); ; dir = dirname(dir)) {
    const data = join(dir, 'data');
    if (existsSync(data) && statSync(data).isDirectory()) return data;
    if (dirname(dir) === dir) return join(workspace, 'data');
  }
}

export function contractFileFor(options: { dataset: string; dataRoot: string }): string {
  return join(options.dataRoot, options.dataset, 'contract.yaml');
}
