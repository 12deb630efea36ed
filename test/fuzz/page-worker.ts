// Runs one large page case in its own process, so that a test can kill it at a deadline instead of
// waiting minutes for a super-linear run to end: node --import tsx test/fuzz/page-worker.ts <case>
// Prints one JSON line: { problems, ms, parseMs, textLength, found }.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bigPage, hugeSpans, manyTables, nestedPage, nestedTables } from './gen-html';
import { checkPage } from './page-check';

const report = readFileSync(join(import.meta.dirname, '../fixtures/corpus/reports/hubei-2026-gwr.txt'), 'utf8');
// A stretch of the report that every case must still find in the page text.
const excerpt = report
  .split('\n')
  .find((l) => l.length > 60)!
  .trim()
  .slice(0, 40);
const part = report.slice(0, 6000);

export const PAGE_CASES: Record<string, () => string> = {
  'nested-divs-5000': () => nestedPage(part, 5000),
  'nested-mixed-2000': () => nestedPage(part, 2000, ['div', 'section', 'span', 'blockquote', 'font']),
  'nested-divs-500': () => nestedPage(part, 500),
  'page-10mb': () => bigPage(report, 10 * 1024 * 1024),
  'nested-tables-1000': () => nestedTables(1000),
  'many-tables-2000': () => manyTables(2000),
  'huge-spans-2000': () => hugeSpans(2000),
};

const name = process.argv[2];
if (name) {
  const make = PAGE_CASES[name];
  if (!make) throw new Error(`unknown case ${name}; cases: ${Object.keys(PAGE_CASES).join(', ')}`);
  const r = checkPage(make(), undefined, false); // big pages: the determinism rerun is left to the smaller tests
  const wantsReport = !name.includes('tables') && !name.includes('spans');
  console.log(
    JSON.stringify({
      problems: r.problems,
      ms: r.ms,
      parseMs: r.parseMs,
      textLength: r.textLength,
      found: wantsReport ? r.text.includes(excerpt) : null,
    }),
  );
}
