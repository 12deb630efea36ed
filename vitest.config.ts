import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/browser/**', 'test/perf/**', 'node_modules/**'],
    pool: 'threads',
    maxWorkers: 2,
    testTimeout: 20000,
  },
});
