import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/browser/**', 'test/perf/**', 'node_modules/**'],
    pool: 'threads',
    maxWorkers: 2,
    // A hang guard, not a budget: on a loaded 2-core machine the corpus-wide tests take minutes.
    // Time budgets live in test/perf (npm run test:perf).
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
