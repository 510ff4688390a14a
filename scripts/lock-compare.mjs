// Compares two package-lock.json files, ignoring optional packages for other platforms, which
// npm adds to or leaves out of a lock depending on what the registry it talked to lists
// (e.g. @unrs/resolver-binding-darwin-x64). Anything else that differs is a real change.
//
//   node scripts/lock-compare.mjs <before> <after>   exit 0: same pins; 1: changed (printed)
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';

/** True for an entry npm never installs on this machine: optional and built for another os/cpu. */
function otherPlatformOptional(entry) {
  if (entry?.optional !== true) return false;
  const osMismatch = Array.isArray(entry.os) && !entry.os.includes(process.platform);
  const cpuMismatch = Array.isArray(entry.cpu) && !entry.cpu.includes(process.arch);
  return osMismatch || cpuMismatch;
}

function pins(file) {
  const lock = JSON.parse(readFileSync(file, 'utf8'));
  const packages = Object.fromEntries(Object.entries(lock.packages ?? {}).filter(([, entry]) => !otherPlatformOptional(entry)));
  return { ...lock, packages };
}

const [beforeFile, afterFile] = process.argv.slice(2);
if (!beforeFile || !afterFile) {
  console.error('usage: node scripts/lock-compare.mjs <before> <after>');
  process.exit(2);
}
const before = pins(beforeFile);
const after = pins(afterFile);
if (isDeepStrictEqual(before, after)) process.exit(0);
const names = new Set([...Object.keys(before.packages), ...Object.keys(after.packages)]);
const changed = [...names].filter((name) => !isDeepStrictEqual(before.packages[name], after.packages[name]));
console.error(
  `package-lock.json pins changed: ${changed.slice(0, 10).join(', ') || '(top-level fields)'}${changed.length > 10 ? ` and ${changed.length - 10} more` : ''}`,
);
process.exit(1);
