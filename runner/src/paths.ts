// Resolves what the command line names into absolute paths the actions can use, and fails
// early with the fix when something is missing (before any step starts).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

/** The repository root: runner/src/ is two levels below it. */
export function repoRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
}

export interface ResolvedProject {
  /** What the actions receive as `project`: the name, or an absolute spec path. */
  input: string;
  /** The spec file that will be used. */
  specFile: string;
  /** The project's name (the spec's `project:` key), used in the run folder's name. */
  name: string;
}

function looksLikePath(project: string): boolean {
  return project.includes('/') || /\.ya?ml$/i.test(project);
}

function availableProjects(root: string): string[] {
  const dir = join(root, 'ml', 'projects');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => f.replace(/\.ya?ml$/, ''))
    .sort();
}

function projectNameOf(specFile: string): string {
  const doc = parseYaml(readFileSync(specFile, 'utf8')) as { project?: unknown } | null;
  const name = typeof doc?.project === 'string' ? doc.project : basename(specFile).replace(/\.ya?ml$/i, '');
  // The name becomes part of a folder name: keep it to safe characters.
  return name.replace(/[^A-Za-z0-9._-]/g, '_');
}

export function resolveProject(root: string, project: string, cwd: string): ResolvedProject {
  if (looksLikePath(project)) {
    const specFile = isAbsolute(project) ? project : resolve(cwd, project);
    if (!existsSync(specFile) || !statSync(specFile).isFile()) {
      throw new Error(`--project: spec file ${specFile} does not exist — pass a project name or an existing .yaml path`);
    }
    return { input: specFile, specFile, name: projectNameOf(specFile) };
  }
  const specFile = join(root, 'ml', 'projects', `${project}.yaml`);
  if (!existsSync(specFile)) {
    const known = availableProjects(root);
    throw new Error(`--project: no project "${project}" (looked for ${specFile}) — known projects: ${known.join(', ') || 'none'}`);
  }
  return { input: project, specFile, name: projectNameOf(specFile) };
}

export function resolveDataFile(data: string, cwd: string): string {
  return existingFile('--data', data, cwd, 'a CSV file');
}

export function resolveReferenceProfile(profile: string, cwd: string): string {
  return existingFile('--reference-profile', profile, cwd, "an earlier run's validation/profile.json");
}

function existingFile(option: string, path: string, cwd: string, what: string): string {
  const file = isAbsolute(path) ? path : resolve(cwd, path);
  if (!existsSync(file)) throw new Error(`${option}: ${file} does not exist — pass the path of ${what}`);
  if (!statSync(file).isFile()) throw new Error(`${option}: ${file} is not a file — pass the path of ${what}`);
  return file;
}

/** The trainer's interpreter: the project's virtual environment, made by make install. */
export function venvPython(root: string): string {
  const python = join(root, 'ml', '.venv', 'bin', 'python');
  if (!existsSync(python)) {
    throw new Error(`${python} does not exist — run \`make install\` (or \`bash ml/scripts/setup-venv.sh\`) first`);
  }
  return python;
}

/** Checks that an action has been built, so a missing bundle is reported before any step runs. */
export function actionBundle(root: string, action: string): string {
  const dir = join(root, 'actions', action);
  const main = join(dir, 'dist', 'index.js');
  if (!existsSync(join(dir, 'action.yml')))
    throw new Error(`${join(dir, 'action.yml')} does not exist — is the action "${action}" part of this checkout?`);
  if (!existsSync(main)) throw new Error(`${main} does not exist — run \`make build\` to bundle the actions`);
  return dir;
}
