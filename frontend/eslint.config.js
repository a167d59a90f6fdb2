import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Features never import each other: shared code moves down into components/ or lib/.
// Inside a feature, relative imports stay within the feature (at most one level up);
// everything else goes through the '@/...' alias so the rule below can see it.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const featureBoundaries = features.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^@/features/(?!${feature}/)`,
            message:
              'Features must not import each other; move shared code to components/ or lib/.',
          },
          {
            regex: '^@/app(/|$)',
            message: 'Features must not depend on the app shell.',
          },
          {
            regex: '^\\.\\./\\.\\./',
            message: "Leave the feature through the '@/...' alias, not a relative path.",
          },
        ],
      },
    ],
  },
}));

// The lower layers (lib/, components/) know nothing about features or the app shell.
const layerBoundaries = {
  files: ['src/lib/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: '^@/(features|app)(/|$)',
            message: 'lib/ and components/ must not import features or the app shell.',
          },
          {
            regex: '^\\.{1,2}/(.*/)?(features|app)/',
            message: 'lib/ and components/ must not import features or the app shell.',
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'e2e/screenshots', 'src/api/schema.d.ts'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs['recommended-latest'].rules,
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs}', 'vite.config.ts'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: globals.node },
  },
  ...featureBoundaries,
  layerBoundaries,
);
