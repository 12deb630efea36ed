// Complexity by counting (meter.ts), so that npm test is deterministic: on every pathological shape the
// work done and the output given at 10n must be about ten times those at n. Linear growth gives ~10,
// n log n ~12, a rescan per sentence or per item ~100. Wall-clock budgets live in test/perf/.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extractReport } from '../../../core/extract';
import { LIMITS } from '../../../core/read/limits';
import type { Extraction } from '../../../core/types';
import { metered } from './meter';
import { PATTERNS, endless, flatTable, longReview, oneLine } from './shapes';

const MAX_RATIO = 16;

const extract = (text: string) => extractReport({ text, url: null, title: null });
extract(oneLine(2000)); // builds the lexicon, the division tables and the normalisation table outside any count

function grows(name: string, make: (n: number) => string, n: number): void {
  it(`${name}: work and output at 10n within ${MAX_RATIO}x those at n`, () => {
    const small = make(n);
    const big = make(10 * n);
    const a = metered(() => extract(small));
    const b = metered(() => extract(big));
    const out = (x: Extraction) => JSON.stringify(x).length;
    // On failure, where the work went at 10n (the calling lines that did most of it).
    const top = () =>
      metered(() => extract(big), true)
        .sites.slice(0, 5)
        .map(([site, w]) => `\n  ${w} ${site}`)
        .join('');
    const ratio = b.work / a.work;
    const say = `${name}: ${small.length} -> ${big.length} chars, work ${a.work} -> ${b.work}, output ${out(a.result)} -> ${out(b.result)}${ratio < MAX_RATIO ? '' : top()}`;
    expect(ratio, say).toBeLessThan(MAX_RATIO);
    expect(out(b.result) / out(a.result), say).toBeLessThan(MAX_RATIO);
    // Output never outgrows the input by more than a bounded factor, whatever the shape.
    expect(out(b.result), say).toBeLessThan(40 * big.length + 20_000);
  });
}

describe('work grows linearly', () => {
  grows('the endless sentence', endless, 3_000);
  grows('a flattened progress table', flatTable, 300);
  grows('one long line', oneLine, 20_000);
  grows('a long review and plan', longReview, 400);
  const dir = join(__dirname, '../../fixtures/corpus/reports');
  const largest = readdirSync(dir)
    .filter((f) => f.endsWith('-gwr.txt'))
    .sort((a, b) => statSync(join(dir, b)).size - statSync(join(dir, a)).size)[0];
  const report = readFileSync(join(dir, largest), 'utf8');
  // Twice and twenty times: the plan of the first copy runs on through the later ones, so once against
  // ten times would compare a plan with ten reports.
  grows(`${largest} repeated`, (n) => report.repeat(n), 2);
  for (const [name, make] of PATTERNS) grows(name, make, 2_000);
});

describe('output stays bounded at full size', () => {
  // Past LIMITS.characters nothing more is read: the output of these is what their first 2,000,000
  // characters give, and says so.
  const cases: Array<[string, string]> = [
    ['a 100,000-row flattened table', flatTable(100_000)],
    ['a 10 MB line', oneLine(10 * 1024 * 1024)],
    ['the endless sentence at N = 100,000', endless(100_000)],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      const out = extract(text);
      const size = JSON.stringify(out).length;
      expect(size, `${name}: ${text.length} chars gave ${size} of output`).toBeLessThan(2 * LIMITS.characters);
      if (text.length > LIMITS.characters) expect(out.limits?.map((l) => l.limit)).toContain('characters');
      for (const x of [...out.targets, ...out.actuals, ...out.tasks]) expect(text.slice(x.start, x.end)).toBe(x.text);
    });
  }
});
