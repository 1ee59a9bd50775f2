// ESLint, as Taro 4's own project template sets it up (`taro init` writes `extends: ['taro/react']` with the two
// JSX-runtime rules off), plus typescript-eslint's recommended rules for our TypeScript, and adapted to a tree that
// is more than a mini-program: the React rules apply to miniprogram/ only, plain .js files are Node CommonJS.
// Run with `npm run lint` (part of `npm test`). Type-aware rules stay off: they would need a full type-check per
// run, which `tsc` in `npm test` already does.
const taroJsxRules = Object.keys(require('eslint-config-taro/rules/jsx').rules);

module.exports = {
  root: true,
  extends: ['taro/react', 'eslint:recommended', 'plugin:@eslint-community/eslint-comments/recommended'],
  // An `eslint-disable` that no longer suppresses anything is an error, so stale ones cannot pile up.
  reportUnusedDisableDirectives: true,
  ignorePatterns: [
    'node_modules/',
    'dist/',
    'data/',
    'coverage/',
    'test/artifacts/',
    '.swc/',
    // build output of scripts/build-functions.js
    'cloudfunctions/*/index.js',
  ],
  rules: {
    // The template's own .eslintrc turns these two off: with the automatic JSX runtime (tsconfig "jsx": "react-jsx")
    // a file with JSX does not import React.
    'react/jsx-uses-react': 'off',
    'react/react-in-jsx-scope': 'off',
    // Every inline `eslint-disable` says why after `--`, on the same line.
    '@eslint-community/eslint-comments/require-description': 'error',
    // Off: fast-check and decimal.js export their API both as the default object and as named exports, and their
    // own docs write `import fc from 'fast-check'; fc.integer()` and `import Decimal from 'decimal.js'`; these two
    // rules flag exactly that (292 hits, none a mistake) and parse every imported module to do it.
    'import/no-named-as-default': 'off',
    'import/no-named-as-default-member': 'off',
    // Chinese text sets a full-width space (U+3000) between a name and a number (张小红, U+3000, 511902…) on purpose;
    // strings already may hold it (the rule's default), and so may template literals and JSX text. Code and
    // comments are still checked.
    'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipJSXText: true }],
  },
  overrides: [
    {
      files: ['**/*.ts', '**/*.tsx'],
      parser: '@typescript-eslint/parser',
      extends: ['plugin:@typescript-eslint/recommended'],
      rules: {
        // taro's config sets these to 'warn'; a warning nobody reads is noise, so they are errors here.
        '@typescript-eslint/consistent-type-assertions': 'error',
        '@typescript-eslint/no-use-before-define': ['error', { functions: false, classes: false, variables: false, typedefs: false }],
        '@typescript-eslint/no-useless-constructor': 'error',
        // taro's options (unused function arguments document a callback's shape; `_`-prefixed names are deliberate).
        '@typescript-eslint/no-unused-vars': ['error', { args: 'none', ignoreRestSiblings: true, varsIgnorePattern: '^_', caughtErrors: 'none' }],
      },
    },
    {
      // Tests and benchmarks read HTTP answers as parsed JSON of no declared type and assert on them field by field
      // (`json.data.items[0].status`); `any` is the honest type there, and `expect` checks every value read.
      // Product code (shared/, server/, miniprogram/, scripts/, bin/) keeps the rule.
      files: ['test/**', 'bench/**'],
      rules: { '@typescript-eslint/no-explicit-any': 'off' },
    },
    {
      // Tests load modules with require() where a static import cannot do the job: after jest.resetModules or
      // jest.doMock and inside jest.isolateModules (a static import would run before the mock, once for the file),
      // inside a jest.mock factory (which may not use imported bindings), a bundle just built (by its path), the
      // untyped CommonJS of scripts/, and packages only one test loads. More than twenty sites, so one rule here
      // instead of an inline disable at each; product code keeps the rule.
      files: ['test/**'],
      rules: { '@typescript-eslint/no-require-imports': 'off' },
    },
    {
      // Everything outside the mini-program is Node code without JSX: the template's React rules do not apply.
      files: ['**/*'],
      excludedFiles: ['miniprogram/**'],
      rules: Object.fromEntries(taroJsxRules.map((rule) => [rule, 'off'])),
    },
    {
      // The staff console (staff/, plain React DOM with TDesign, not Taro) keeps the hooks rules; Taro's JSX style
      // rules (single-quoted JSX, its element list) are the mini-program's.
      files: ['staff/**'],
      rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
    },
    {
      // Plain .js files (configs, scripts/, bin/) are CommonJS run by Node directly, not bundled.
      files: ['**/*.js'],
      env: { node: true, es2022: true },
      parserOptions: { ecmaVersion: 2022, sourceType: 'script' },
      rules: {
        'import/no-commonjs': 'off',
      },
    },
  ],
};
