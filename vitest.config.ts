import { defineConfig } from 'vitest/config';

// One runner for the whole repo. Browser (e2e) tests start Debian Chromium and get longer timeouts;
// they run one file at a time so two browsers never fight over the 2 cores.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{core,extension,sheets-addon,test}/**/*.test.ts'],
          exclude: [
            '**/*.e2e.test.ts',
            '**/node_modules/**',
            '**/.output/**',
            '**/.output-test/**',
            '**/dist/**',
          ],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['{core,extension,sheets-addon,test}/**/*.e2e.test.ts'],
          exclude: ['**/node_modules/**', '**/.output/**', '**/.output-test/**', '**/dist/**'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // A real browser on a busy 2-core machine can lose a click; a test that fails twice is a failure.
          retry: 1,
        },
      },
    ],
  },
});
