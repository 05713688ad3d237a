// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';

export default tseslint.config(
  {
    ignores: [
      '.tmp/**',
      'test-results/**',
      'dist/**',
      'node_modules/**',
      'data/**',
      'coverage/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { console: 'readonly', process: 'readonly', URL: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-empty': ['error', { allowEmptyCatch: false }],
      'no-undef': 'off', // TypeScript checks this better, with the DOM and Node types.
    },
  },
  {
    // Import loops make module order matter and hide which layer depends on which.
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/resolver-next': [
        importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // The layers (shared/README.md): core below the activities, the session above them, and
      // shared/ below both apps, which talk to each other only over the wire.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './shared/core',
              from: ['./shared/activities', './shared/session'],
              message: 'shared/core is the bottom layer: it knows no activity and no session.',
            },
            {
              target: './shared/activities',
              from: './shared/session',
              message: 'shared/session assembles the activities; an activity never imports it.',
            },
            {
              target: './shared',
              from: ['./client', './server'],
              message: 'shared/ is pure and used by both apps; it imports neither.',
            },
            {
              target: './client',
              from: './server',
              message: 'The client reaches the server over HTTP and WebSocket, never by import.',
            },
            {
              target: './server',
              from: './client',
              message: 'The server never imports client code; share it through shared/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
);
