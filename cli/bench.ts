// npm run bench: times Readability and core extraction separately on every corpus report
// (each text wrapped as a gov-site page), and shows that extraction grows linearly with the text.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { extractReport } from '../core/extract';
import { detectCheap } from '../core/detect-cheap';
import { pageHtml } from './page-html';

const dir = process.argv[2] ?? join(import.meta.dirname, '../test/fixtures/corpus/reports');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const max = (xs: number[]) => Math.max(...xs);
const fmt = (ms: number) => ms.toFixed(2).padStart(8);

function time(fn: () => void, rounds = ROUNDS): number {
  const ts: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}

const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const rows: Array<{ file: string; chars: number; readability: number; core: number; cheap: number; readerable: number }> = [];
for (const file of files) {
  const text = readFileSync(join(dir, file), 'utf8');
  const html = pageHtml(file, text);
  let article = '';
  const readability = time(() => {
    const { document } = parseHTML(html);
    article = new Readability(document as unknown as Document).parse()?.textContent ?? '';
  });
  extractReport({ text, url: null, title: null }); // warm-up
  const core = time(() => extractReport({ text, url: null, title: null }));
  const { document } = parseHTML(html);
  const signals = { url: `http://www.example.gov.cn/${file}.html`, title: file, headings: [], text: text.slice(0, 40000) };
  const cheap = time(() => detectCheap(signals), 50);
  const readerable = time(() => isProbablyReaderable(document as unknown as Document), 5);
  rows.push({ file, chars: text.length, readability, core, cheap, readerable });
  void article;
}

console.log('file'.padEnd(30), 'chars'.padStart(7), 'readability'.padStart(12), 'core'.padStart(8), 'core/rd'.padStart(8));
for (const r of rows) {
  console.log(r.file.padEnd(30), String(r.chars).padStart(7), fmt(r.readability).padStart(12), fmt(r.core), `${((100 * r.core) / r.readability).toFixed(1)}%`.padStart(8));
}
const col = (k: 'readability' | 'core' | 'cheap' | 'readerable') => rows.map((r) => r[k]);
const ratio = rows.map((r) => r.core / r.readability);
const largest = rows.reduce((a, b) => (b.chars > a.chars ? b : a));
console.log('');
console.log(`Readability.parse   median ${fmt(median(col('readability')))} ms  max ${fmt(max(col('readability')))} ms`);
console.log(`core extractReport  median ${fmt(median(col('core')))} ms  max ${fmt(max(col('core')))} ms  (largest, ${largest.file}: ${largest.core.toFixed(2)} ms)`);
console.log(`core / Readability  median ${(100 * median(ratio)).toFixed(1)}%`);
console.log(`detectCheap (≤40k chars)    median ${(1000 * median(col('cheap'))).toFixed(1)} µs  max ${(1000 * max(col('cheap'))).toFixed(1)} µs`);
console.log(`isProbablyReaderable        median ${(1000 * median(col('readerable'))).toFixed(1)} µs (linkedom, same pages)`);

// Linear growth: the largest report repeated 1x, 10x, 100x.
const base = readFileSync(join(dir, largest.file), 'utf8');
console.log('\nscaling (core extractReport on the largest report repeated):');
for (const k of [1, 10, 100]) {
  const text = base.repeat(k);
  const ms = time(() => extractReport({ text, url: null, title: null }), k === 100 ? 1 : 3);
  console.log(`  ${String(k).padStart(3)}x  ${String(text.length).padStart(9)} chars  ${fmt(ms)} ms  ${(ms / k).toFixed(2)} ms per copy`);
}
