// Which old revisions of a family to deregister: beyond the newest `keep`, never one the
// service still runs or could roll back to. Pure.

/** `arn:aws:ecs:us-east-1:123456789012:task-definition/api:7` → { family: 'api', revision: 7 }. */
export function parseTaskDefinitionArn(arn: string): { family: string; revision: number } | undefined {
  const match = /:task-definition\/([A-Za-z0-9_-]+):(\d+)$/.exec(arn);
  if (!match?.[1] || !match[2]) return undefined;
  return { family: match[1], revision: Number(match[2]) };
}

export function revisionsToPrune(options: { family: string; active: string[]; keep: number; protectedArns: string[] }): string[] {
  const protectedSet = new Set(options.protectedArns);
  const ofFamily = options.active
    .map((arn) => ({ arn, parsed: parseTaskDefinitionArn(arn) }))
    .filter((r) => r.parsed?.family === options.family)
    .sort((a, b) => (b.parsed?.revision ?? 0) - (a.parsed?.revision ?? 0));
  return ofFamily
    .slice(options.keep)
    .map((r) => r.arn)
    .filter((arn) => !protectedSet.has(arn));
}
