import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-results/', 'data/'] },
  js.configs.recommended,
  // Type-aware: rules that need the types see what the syntax alone cannot (a promise left
  // unawaited, an assertion the compiler already knows, a value of type any spreading).
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Both are in recommendedTypeChecked; named here because the project relies on them.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
    },
  },
  // Plain JavaScript (browser scripts, this file) has no types to check.
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['public/js/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
    // Written for the evergreen browsers these scripts already need: keep it that way.
    rules: {
      'no-var': 'error',
      'prefer-const': 'error',
      'prefer-arrow-callback': 'error',
      'prefer-template': 'error',
      'object-shorthand': 'error',
    },
  },
  {
    files: ['*.js', 'bench/**/*.js'],
    languageOptions: { globals: globals.node },
  },
  prettier,
);
