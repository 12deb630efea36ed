// Extraction must grow linearly with the text: the largest corpus report repeated 1x, 10x, 100x,
// and the inputs that make careless regexes backtrack, at n and 10n. Bounds are generous (a
// loaded 2-core machine must not flake) but quadratic growth (x100 per x10) cannot pass them.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { bestOf, timeExtract } from './timing';
import { extractTasks } from '../../core/read/tasks';
import { normalize } from '../../core/text/normalize';
import { PATTERNS } from '../core/complexity/shapes';

const reportsDir = join(__dirname, '../fixtures/corpus/reports');
const largest = readdirSync(reportsDir)
  .filter((f) => f.endsWith('-gwr.txt'))
  .map((f) => ({ f, size: statSync(join(reportsDir, f)).size }))
  .sort((a, b) => b.size - a.size)[0].f;
const report = readFileSync(join(reportsDir, largest), 'utf8');

// Timings under a few milliseconds are mostly noise; ratios are taken against at least this much.
const FLOOR_MS = 5;
const ratio = (big: number, small: number) => big / Math.max(small, FLOOR_MS);

describe('extraction time grows linearly', () => {
  it(`on ${largest} repeated 1x, 10x, 100x`, () => {
    const t1 = timeExtract(report, 5);
    const t10 = timeExtract(report.repeat(10), 3);
    // Fail fast rather than wait minutes: linear growth predicts about 10 x t10.
    expect(t10, `10x took ${t10.toFixed(0)} ms (1x: ${t1.toFixed(1)} ms); 100x would take far too long`).toBeLessThan(
      4000,
    );
    const t100 = timeExtract(report.repeat(100), 2);
    console.log(
      `scaling ${largest} (${report.length} chars): 1x ${t1.toFixed(1)} ms, 10x ${t10.toFixed(1)} ms, 100x ${t100.toFixed(1)} ms`,
    );
    expect(ratio(t10, t1), `10x/1x = ${t10.toFixed(1)}/${t1.toFixed(1)} ms`).toBeLessThan(40);
    expect(ratio(t100, t10), `100x/10x = ${t100.toFixed(1)}/${t10.toFixed(1)} ms`).toBeLessThan(40);
  });

  // Each pattern (test/core/complexity/shapes.ts) is built for n copies; at 10n a linear scan takes ~10x,
  // a backtracking one ~100x or worse. npm test counts the work on the same patterns (work.test.ts).
  const N = 5_000; // 50,000 chars and 500,000 chars
  for (const [name, make] of PATTERNS) {
    it(`on ${name} (n = ${N * 10} and ${N * 100} chars)`, () => {
      const small = timeExtract(make(N), 3);
      expect(small, `${name} at ${make(N).length} chars took ${small.toFixed(0)} ms`).toBeLessThan(1000);
      // A middle step fails fast on quadratic growth (x9 per x3) before the 10n run takes minutes.
      const mid = timeExtract(make(3 * N), 2);
      expect(ratio(mid, small), `${name}: 3n/n = ${mid.toFixed(1)}/${small.toFixed(1)} ms`).toBeLessThan(8);
      const big = timeExtract(make(10 * N), 2);
      console.log(`pattern ${name}: n ${small.toFixed(1)} ms, 3n ${mid.toFixed(1)} ms, 10n ${big.toFixed(1)} ms`);
      expect(ratio(big, small), `${name}: 10n/n = ${big.toFixed(1)}/${small.toFixed(1)} ms`).toBeLessThan(40);
    });
  }
});

describe('task targets', () => {
  it('stay linear on a long run of digits', () => {
    const text = '二、2023年工作安排\n新建' + '1'.repeat(100000) + '万亩。';
    expect(bestOf(2, () => extractTasks(normalize(text), text))).toBeLessThan(2000);
  });
});
