import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Every Node built-in by its bare name; `node:`-prefixed specifiers are caught by a pattern below.
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_') && !name.startsWith('node:'));

export default defineConfig(
  { ignores: ['out/', 'dist/', 'node_modules/', '.vscode-test/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: globals.node, sourceType: 'module' },
  },
  {
    files: ['bin/**/*.js'],
    languageOptions: { globals: globals.node, sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The analysis core, the Word reader and writer are pure: no file system, no process, no editor. Hosts bring those.
    files: ['server/src/core/**/*.ts', 'server/src/docx/**/*.ts', 'server/src/export/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({
            name,
            message: 'The core is pure: Node built-ins belong in the hosts (server/src/lsp, node, cli).',
          })),
          patterns: [
            { group: ['node:*'], message: 'The core is pure: Node built-ins belong in the hosts (server/src/lsp, node, cli).' },
            { group: ['vscode', 'vscode-*', 'vscode/*'], message: 'The core knows no editor or LSP library: convert in server/src/lsp.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['process', 'require', 'module', '__dirname', '__filename', 'Buffer', 'window', 'document', 'self'].map((name) => ({
          name,
          message: 'The core is pure and runs in any host: pass what it needs in as arguments.',
        })),
      ],
    },
  },
);
