// Flat config for the TypeScript workspaces (actions/, runner/): typescript-eslint's strict
// and stylistic rules with type information; formatting is prettier's job, not eslint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      'ui/server-dist/**',
      'infra/cdk.out/**',
      'actions/shared/src/generated/**',
      'ui/src/lib/generated/**',
      '**/node_modules/**',
      'ml/**',
      'runs/**',
      'coverage/**',
      '.test-results/**',
    ],
  },
  js.configs.recommended,
  {
    files: ['actions/**/*.ts', 'runner/**/*.ts', 'ui/**/*.ts', 'infra/**/*.ts'],
    extends: [...tseslint.configs.strictTypeChecked, ...tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Template literals with numbers are how messages are built here.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // An empty input or variable means "not set" on a runner: `||` is the intended fallback.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
    },
  },
  {
    files: ['**/test/**/*.ts', 'actions/test-support/**/*.ts', 'ui/e2e/**/*.ts'],
    rules: {
      // Tests index into parsed JSON and assert afterwards.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', performance: 'readonly' },
    },
  },
);
