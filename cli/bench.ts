// npm run bench: Readability against core extraction on every corpus report, the report put in three
// page shapes (cli/read-vs-core.ts), in Node (linkedom gives Readability its DOM); cheap detection
// against isProbablyReaderable; and extraction on 1x, 10x, 100x a report, to show it grows linearly.
// `npm run bench:browser` measures the same pages in Chromium, where the extension runs.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { isProbablyReaderable } from '@mozilla/readability';
import { extractReport } from '../core/extract';
import { detectCheap } from '../core/read/detect-cheap';
import { PAGE_SHAPES, readVsCore, reportTitle, reportUrl, type ReadVsCore } from './read-vs-core';

const dir = process.argv[2] ?? join(import.meta.dirname, '../test/fixtures/corpus/reports');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const fmt = (ms: number) => ms.toFixed(2).padStart(8);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
const parse = (html: string) => parseHTML(html).document as unknown as Document;

function time(fn: () => void, rounds = ROUNDS): number {
  const ts: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}

const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const shapes = Object.keys(PAGE_SHAPES);
const rows: Array<{ file: string; chars: number; cheap: number; readerable: number; by: Record<string, ReadVsCore> }> =
  [];
for (const file of files) {
  const text = readFileSync(join(dir, file), 'utf8');
  const title = reportTitle(file, text);
  const url = reportUrl(file);
  const by: Record<string, ReadVsCore> = {};
  for (const shape of shapes)
    by[shape] = readVsCore(parse, PAGE_SHAPES[shape](title, text), url, ROUNDS, () => performance.now());
  const signals = { url, title, headings: [], text: text.slice(0, 40000) };
  const cheap = time(() => detectCheap(signals), 50);
  const document = parse(PAGE_SHAPES.minimal(title, text));
  const readerable = time(() => isProbablyReaderable(document), 5);
  rows.push({ file, chars: text.length, cheap, readerable, by });
}

console.log('Readability.parse and core extractReport per page, ms (Node, linkedom); core as a share of Readability\n');
console.log('file'.padEnd(30), 'chars'.padStart(7), ...shapes.map((s) => s.padStart(23)));
for (const r of rows) {
  const cells = shapes.map(
    (s) => `${fmt(r.by[s].readabilityMs)}${fmt(r.by[s].coreMs)}${pct(r.by[s].coreMs / r.by[s].readabilityMs)}`,
  );
  console.log(r.file.padEnd(30), String(r.chars).padStart(7), ...cells);
}
console.log('');
for (const s of shapes) {
  const col = rows.map((r) => r.by[s]);
  console.log(
    `${s.padEnd(22)} elements ${String(median(col.map((c) => c.elements))).padStart(5)}  Readability.parse median ${fmt(median(col.map((c) => c.readabilityMs)))} ms  ` +
      `core median ${fmt(median(col.map((c) => c.coreMs)))} ms  core/Readability median ${pct(median(col.map((c) => c.coreMs / c.readabilityMs)))}  (budget ≤ 10%)`,
  );
}
console.log(
  `detectCheap (≤40k chars)    median ${(1000 * median(rows.map((r) => r.cheap))).toFixed(1)} µs  max ${(1000 * Math.max(...rows.map((r) => r.cheap))).toFixed(1)} µs`,
);
console.log(
  `isProbablyReaderable        median ${(1000 * median(rows.map((r) => r.readerable))).toFixed(1)} µs (linkedom, minimal pages)`,
);

// Linear growth: the largest report repeated 1x, 10x, 100x.
const largest = rows.reduce((a, b) => (b.chars > a.chars ? b : a));
const base = readFileSync(join(dir, largest.file), 'utf8');
console.log(`\nscaling (core extractReport on ${largest.file} repeated):`);
for (const k of [1, 10, 100]) {
  const text = base.repeat(k);
  const ms = time(() => extractReport({ text, url: null, title: null }), k === 100 ? 1 : 3);
  console.log(
    `  ${String(k).padStart(3)}x  ${String(text.length).padStart(9)} chars  ${fmt(ms)} ms  ${(ms / k).toFixed(2)} ms per copy`,
  );
}
