// Which project an object belongs to: keys `<prefix><project>/<file>` (prefix `incoming/`),
// for the projects the configuration names. Everything else is ignored with the reason logged,
// never dispatched.

export const MANIFEST_SUFFIX = '.manifest.json';
/** File names that need no URL encoding anywhere (S3 events, s3:// URIs, shell, logs). */
export const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

export type Route = { kind: 'data'; project: string; file: string } | { kind: 'ignore'; reason: string };

export function routeKey(key: string, prefix: string, projects: readonly string[]): Route {
  if (!key.startsWith(prefix)) return { kind: 'ignore', reason: `outside ${prefix}` };
  const rest = key.slice(prefix.length);
  if (key.endsWith(MANIFEST_SUFFIX)) return { kind: 'ignore', reason: 'a manifest this function wrote' };
  const parts = rest.split('/');
  if (parts.length !== 2) {
    return { kind: 'ignore', reason: `not ${prefix}<project>/<file> (folders below the project are not read)` };
  }
  const [project = '', file = ''] = parts;
  if (!projects.includes(project)) {
    return { kind: 'ignore', reason: `"${project}" is not a configured project (${projects.join(', ')})` };
  }
  if (file === '') return { kind: 'ignore', reason: 'a folder marker, not a file' };
  if (!FILE_NAME.test(file)) {
    return { kind: 'ignore', reason: `file name "${file}" has characters other than A-Z a-z 0-9 . _ - : rename it and upload again` };
  }
  return { kind: 'data', project, file };
}

export function manifestKey(key: string): string {
  return `${key}${MANIFEST_SUFFIX}`;
}
