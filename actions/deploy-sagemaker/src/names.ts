// Names of what one deploy creates: the model and the endpoint config share one name,
// `<endpoint>-<first 8 of the bundle digest>-<UTC yyyymmddhhmmss>`, so a name says which bundle
// it serves and when it was made, and pruning can tell this endpoint's resources from others'.

export function resourceName(endpointName: string, bundleSha256: string, now: Date): string {
  const stamp = now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return `${endpointName}-${bundleSha256.slice(0, 8)}-${stamp}`;
}

/** True for a model or endpoint config this action made for `endpointName` (and no other's:
 * endpoint `a`'s resources are not those of endpoint `a-b`). */
export function belongsTo(name: string, endpointName: string): boolean {
  if (!name.startsWith(`${endpointName}-`)) return false;
  return /^[0-9a-f]{8}-\d{14}$/.test(name.slice(endpointName.length + 1));
}
