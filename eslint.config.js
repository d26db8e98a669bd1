// @ts-check
import js from '@eslint/js'
import astro from 'eslint-plugin-astro'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/.next/**',
      '**/.astro/**',
      '**/dist/**',
      '**/dist-preview/**',
      '.data/**',
      '.ci/.tools/**',
      'apps/site/.bench-baseline-*/**',
      'apps/cms/src/payload-types.ts',
      'apps/cms/src/migrations/**',
      'apps/cms/src/app/(payload)/admin/importMap.js',
      'apps/cms/next-env.d.ts',
      '**/*.config.{js,mjs,ts}',
      'apps/cms/next.config.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  ...astro.configs.recommended,
  {
    files: ['**/*.astro'],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { projectService: false, project: './apps/site/tsconfig.json' },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'off',
      // astro-eslint-parser types template expressions (JSX in `.map`) as error types: false positives.
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
)
