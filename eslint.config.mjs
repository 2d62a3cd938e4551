import globals from 'globals';
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import requireRoles from './tools/eslint/require-roles.mjs';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'apps/console/src/gql/**', '.data/**', '.cache/**', 'tmp/**', 'coverage/**', '.nx/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx, houqin: { rules: { 'require-roles': requireRoles } } },
    rules: {
      'houqin/require-roles': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      // Apps talk to each other only through federation and Kafka; libs never reach into apps.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'scope:contracts', onlyDependOnLibsWithTags: ['scope:contracts'] },
            { sourceTag: 'scope:platform', onlyDependOnLibsWithTags: ['scope:platform', 'scope:contracts'] },
          ],
        },
      ],
    },
  },
  {
    // Beijing time is worked out in libs/platform/calendar only (chinaToday, chinaInstant, CHINA_TIME_ZONE …).
    files: ['**/*.ts'],
    ignores: ['libs/platform/calendar/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          "Literal[value='Asia/Shanghai']",
          "TemplateElement[value.raw=/'Asia\\/Shanghai'/]",
          'Literal[value=/\\+08:00/]',
          'TemplateElement[value.raw=/\\+08:00/]',
        ].map((selector) => ({ selector, message: 'Use the Beijing-time helpers of @houqin/platform-calendar (CHINA_TIME_ZONE, chinaInstant, …).' })),
        ...["BinaryExpression[operator='*'][left.value=8][right.value=3600]", "BinaryExpression[operator='*'][left.value=8][right.value=3600000]"].map(
          (selector) => ({ selector, message: 'Use the Beijing-time helpers of @houqin/platform-calendar instead of adding eight hours by hand.' }),
        ),
      ],
    },
  },
  {
    // One write path (docs/conventions.md §8): a service records audit entries and events through TransitionRunner
    // or ChangeRecorder (@houqin/platform-lifecycle), never with recordAudit or the Outbox by hand.
    files: ['apps/**/*.ts'],
    ignores: [
      // A TypeORM migration runs without Nest DI: it builds the ChangeRecorder the service would inject, over an Outbox.
      'apps/org/src/migrations/announce-rows.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@houqin/platform-audit', importNames: ['recordAudit', 'AuditEntryRow'] },
            { name: '@houqin/platform-events', importNames: ['Outbox'] },
          ].map((path) => ({
            ...path,
            message: 'Write the audit entry and events through ChangeRecorder (record, publish) or TransitionRunner of @houqin/platform-lifecycle.',
          })),
        },
      ],
    },
  },
  {
    // Tests and benchmarks may use loose shapes for GraphQL responses.
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Pages a service serves to browsers (the repair portal's scan page): browser globals, no Node.
    files: ['apps/*/src/**/page/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }] },
  },
  {
    // The web console: browser code, React's rules of hooks.
    files: ['apps/console/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
