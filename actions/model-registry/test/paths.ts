// Fixture locations of this action's tests.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const githubFixture = (name: string): string => join(fixtures, 'github', name);
export const fixtureBundle = join(fixtures, 'bundle');
export const FIXTURE_VERSION = 'house-prices-83a4aa653ee8';
