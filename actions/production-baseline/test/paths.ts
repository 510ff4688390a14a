// Fixture locations of this action's tests.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const githubFixture = (name: string): string => join(fixtures, 'github', name);
export const productionBundle = join(fixtures, 'production-bundle');
