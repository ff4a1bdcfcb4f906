import { configDefaults, defineConfig } from 'vitest/config';

// `npm test` (= `vitest run`) runs both projects:
//   unit     — the analyzer, scripts and data files (tests/*.test.ts, src/**/*.test.ts);
//   browser  — the built site in Chromium (tests/browser/*.test.ts). Its global setup builds the site once
//              (skip with SKIP_BUILD=1 when dist/ is fresh), serves dist/ on 127.0.0.1 and starts one shared
//              headless Chromium (/usr/bin/chromium, or CHROMIUM_PATH).
// Run one of them with `npx vitest run --project unit` or `--project browser`.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/browser/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Waiting for what a person waits for (results, scrolling) gets time on a busy machine.
          expect: { poll: { timeout: 20_000, interval: 100 } },
          // Pages share one browser; a few files at a time keep a 2-core CI machine responsive.
          maxWorkers: 2,
        },
      },
    ],
  },
});
