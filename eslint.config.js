// Layering is checked by the machine, not by memory (DESIGN.md "One core, three shells").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import layers from './scripts/lint/layers.mjs';
import noUserKeyIndex from './scripts/lint/no-user-key-index.mjs';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'zlib'];

export default tseslint.config(
  // docs/readings holds the material outside testers built (saved web pages with their scripts), not our code.
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'coverage/**', 'docs/readings/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // User text never indexes a plain object (issue 12): the checker knows which objects are records.
    // core/ and main/ are where user text and file contents become lookup keys.
    files: ['core/**/*.ts', 'main/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { wengao: { rules: { 'no-user-key-index': noUserKeyIndex } } },
    rules: { 'wengao/no-user-key-index': 'error' },
  },
  {
    // Write transactions begin IMMEDIATE (issue 12, defect 5): made only by immediate() in the store.
    files: ['main/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='transaction']",
          message: 'Use immediate() from main/services/store/transaction.ts: a deferred transaction fails with SQLITE_BUSY instead of waiting for the other writer.',
        },
      ],
    },
  },
  {
    // Every file of the application is in a layer and imports only from those below it.
    files: ['core/**/*.ts', 'main/**/*.ts', 'renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { layers: { rules: { layers } } },
    rules: { 'layers/layers': 'error' },
  },
  {
    // core/ is the pure domain: no shell, no disk, no UI framework.
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', 'better-sqlite3', 'docx', ...nodeBuiltins.filter((n) => !n.includes('*'))].map(
            (name) => ({ name, message: 'core/ must stay pure: no electron, react, better-sqlite3, docx or Node built-ins.' }),
          ),
          patterns: [
            { group: ['node:*'], message: 'core/ must not import Node built-ins.' },
            { group: ['**/main/**', '**/renderer/**'], message: 'core/ must not depend on a shell.' },
          ],
        },
      ],
    },
  },
  {
    // The renderer talks to main only through the API contract in core/api.ts.
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['better-sqlite3', 'docx', ...nodeBuiltins.filter((n) => !n.includes('*'))].map((name) => ({
            name,
            message: 'renderer/ runs in a sandboxed page: no Node modules.',
          })),
          patterns: [
            { group: ['node:*'], message: 'renderer/ must not import Node built-ins.' },
            { group: ['**/main/**', 'electron'], message: 'renderer/ must not import main/ or electron; use core/api.ts.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // The command's entry and its two helpers are CommonJS (bin/wengao.cjs says why).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', exports: 'writable', __dirname: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
