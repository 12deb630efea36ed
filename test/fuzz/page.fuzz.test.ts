// Fuzzing the page path (linkedom Document -> core/shapes/page.ts -> extractReport): tag soup, corpus
// pages, and large pages (10 MB, 5,000 nested elements, nested and oversized tables). The large
// cases run in a child process killed at a deadline, so a super-linear case fails in seconds
// instead of hanging the suite. Replay one with: node --import tsx test/fuzz/page-worker.ts <case>
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { baseSeed, int, mulberry32 } from './prng';
import { htmlSoup } from './gen-html';
import { checkPage } from './page-check';
import { preview } from './check';
import { pageHtml } from '../../cli/page-html';

const root = join(__dirname, '../..');
const SEED = baseSeed();
console.log(`page fuzz: base seed ${SEED} (replay with FUZZ_SEED=${SEED})`);

describe('extractPage on real and random pages', () => {
  it('keeps its invariants on saved pages and wrapped corpus reports', () => {
    const pagesDir = join(root, 'test/fixtures/pages');
    const saved = readdirSync(pagesDir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => ({ name: f, html: readFileSync(join(pagesDir, f), 'utf8') }));
    const reportsDir = join(root, 'test/fixtures/corpus/reports');
    const wrapped = readdirSync(reportsDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .filter((_, i) => i % 10 === 0)
      .map((f) => ({ name: f, html: pageHtml(f, readFileSync(join(reportsDir, f), 'utf8')) }));
    const failures = [...saved, ...wrapped]
      .map((p) => ({ name: p.name, problems: checkPage(p.html).problems }))
      .filter((r) => r.problems.length);
    expect(failures).toEqual([]);
  });

  it('survives random tag soup (broken nesting, odd spans, entities, scripts)', () => {
    const failures: string[] = [];
    for (let k = 0; k < 60; k++) {
      const seed = (SEED + 9000 + k) >>> 0;
      const rng = mulberry32(seed);
      const html = htmlSoup(rng, 50 + int(rng, 600));
      const r = checkPage(html);
      if (r.problems.length)
        failures.push(`html-soup seed=${seed}: ${preview(html)}\n  ${r.problems.slice(0, 3).join('\n  ')}`);
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });
});
