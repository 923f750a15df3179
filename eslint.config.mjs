// @ts-check
/**
 * Lint: ESLint's recommended rules, typescript-eslint's type-checked rules for TypeScript (they read the types, so
 * they catch unsafe `any`, floating promises and needless casts), and the Astro plugin's rules for components.
 * Formatting is Prettier's job (`.prettierrc.json`), not ESLint's.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-kb/',
      '.astro/',
      '.bench/',
      'node_modules/',
      'reports/',
      'test-results/',
      'playwright-report/',
      '.stryker-tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  { languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests read JSON and parsed frontmatter whose shape they then assert, fake async interfaces with plain values,
    // and import .astro components (typed by astro check, not by the TypeScript service ESLint uses).
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
);
