import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Unit tests of one module sit beside it in src/; tests of the whole pipeline live in test/.
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
