// ESLint flat config: typescript-eslint's recommended rules, and a guard that keeps src/core pure (no IO).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'viz/dist/', '.neo4j/', 'neo4j/lib/', 'neo4j/target/', '.cache/', 'coverage/', 'test/e2e/out/', '.*.mts', '.*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'child_process', 'worker_threads', 'neo4j-driver'], message: 'src/core is pure: IO belongs in src/adapters.' },
            { group: ['**/adapters/**', '**/cli/**'], message: 'src/core must not depend on adapters or the CLI.' },
          ],
        },
      ],
    },
  },
);
