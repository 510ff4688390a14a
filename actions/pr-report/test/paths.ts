// Fixture locations of this action's tests: real trainer, quality-gate and validate-data
// outputs, and GitHub REST response bodies (fixtures/README.md says where each came from).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const fixture = (name: string): string => join(fixtures, name);
export const githubFixture = (name: string): string => join(fixtures, 'github', name);
export const candidateMetrics = join(fixtures, 'candidate-bundle', 'metrics.json');
