// npm run test:perf: wall-clock budgets and scaling ratios, kept out of npm test so that a busy machine
// cannot fail it. Run one file at a time: the timings are the point.
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/perf/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
  },
});
