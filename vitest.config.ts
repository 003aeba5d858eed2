import { configDefaults, defineConfig } from "vitest/config";

/**
 * Suites left out of `npm run test:fast` (the edit loop): hostile inputs at
 * full size, property and timing runs, killed and resumed processes, and the
 * built CLI in child processes, pages in a headless browser. `npm test` runs
 * them all.
 */
const SLOW = [
  "test/robustness/**",
  "test/batch/extract-process.test.ts",
  "test/fetch/fetch-kill-resume.test.ts",
  "test/cli/process-faults.test.ts",
  "test/cli/package.test.ts",
  "test/html/html-limits.test.ts",
  "test/reasons/linear-time.test.ts",
  "test/property/**",
  "test/metamorphic/**",
  "test/browser/**",
];

export default defineConfig({
  test: {
    // Unit tests of one module sit beside it in src/; tests of the whole pipeline live in test/.
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // One build of the sources for every worker thread and child process of the tests.
    globalSetup: ["test/helpers/global-setup.ts"],
    exclude: [...configDefaults.exclude, ...(process.env["TEST_PROFILE"] === "fast" ? SLOW : [])],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
