import { fileURLToPath } from 'node:url';
import { actionJestConfig } from '../../jest.config.base.js';

export default actionJestConfig(fileURLToPath(new URL('.', import.meta.url)), 'model-registry');
