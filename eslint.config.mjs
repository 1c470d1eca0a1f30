import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'drizzle/**', 'test-results/**', 'playwright-report/**', '.electron-native/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    // One clock (issue 25): the current instant comes from src-main/lib/clock.ts in main, from
    // src-renderer/src/lib/home-clock.ts in the renderer, and from the fixed clock in tests.
    files: ['**/*.{ts,tsx,mts}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "Read the time from the app's clock (lib/clock.ts in main, lib/home-clock.ts in the renderer)." },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "Read the time from the app's clock (lib/clock.ts in main, lib/home-clock.ts in the renderer)." },
        { selector: "CallExpression[callee.name='dayjs'][arguments.length=0]", message: "Read the day from the app's clock (homeToday / homeNowDayjs), never the computer's." },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/src-main/**', '!**/src-main/contract/**'], message: 'The renderer imports main-process code only from the contract (@contract).' },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**', '**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Tests run without Electron.' }] }] },
  },
);
