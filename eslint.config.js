// One lint config for the whole workspace. Generated and built files are not linted.
import js from '@eslint/js';
import pluginVue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '.toolchain/**',
      'cms/dist/**',
      'cms/types/generated/**',
      'cms/.strapi/**',
      'shared-types/src/generated/**',
      'shared-types/dist/**',
      'web/.nuxt/**',
      'web/.output/**',
      'web/.data/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['web/**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser }, globals: { ...globals.browser } },
    rules: {
      // Pages and layouts are named by their route file, as Nuxt expects.
      'vue/multi-word-component-names': 'off',
      'vue/no-v-html': ['error'],
    },
  },
  {
    // The admin extensions run in the browser, inside Strapi's React admin.
    files: ['cms/src/admin/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
