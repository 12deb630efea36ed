// Readability.parse against core extraction on the same page, each as the extension runs it
// (core/shapes/page.ts): Readability on a fresh copy of the page with the node serializer, then extractReport
// on the text, title and site name read from that page. Shared by `npm run bench` (linkedom) and
// `npm run bench:browser` (Chromium's own DOM), which pass their parser and clock.
import { Readability } from '@mozilla/readability';
import { extractReport } from '../core/extract';
import { readDocument } from '../core/shapes/page';
import { govSitePage, pageHtml } from './page-html';

/** The page shapes a report is measured in, lightest first. */
export const PAGE_SHAPES: Record<string, (title: string, text: string) => string> = {
  minimal: pageHtml,
  'gov site': (title, text) => govSitePage(title, text, 'plain'),
  'gov site, Word markup': (title, text) => govSitePage(title, text, 'word'),
};

/** The title a report's page would carry: its own line naming it, else the file name. */
export function reportTitle(file: string, text: string): string {
  const lines = text.split('\n').map((l) => l.trim());
  return lines.find((l) => /政府工作报告|进展情况/.test(l) && l.length <= 60) ?? file;
}

/** The address a corpus report is served at in the benchmarks. */
export const reportUrl = (file: string) => `http://www.example.gov.cn/zwgk/${file.replace(/\.txt$/, '.html')}`;

export interface ReadVsCore {
  chars: number; // of the text core reads
  elements: number;
  readabilityMs: number;
  coreMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

// A browser's clock ticks in 0.1 ms: core, under a millisecond, is timed over a batch of calls.
const CORE_BATCH = 8;

export function readVsCore(
  parse: (html: string) => Document,
  html: string,
  url: string,
  rounds: number,
  now: () => number,
): ReadVsCore {
  const page = readDocument(parse(html));
  const input = { text: page.text, url, title: page.title || null, site: page.site || null };
  const rd: number[] = [];
  const core: number[] = [];
  for (let i = 0; i <= rounds; i++) {
    const doc = parse(html); // not timed: the extension's copy of the live page
    let s = now();
    new Readability<Node>(doc, { serializer: (node) => node }).parse();
    const r = now() - s;
    s = now();
    for (let k = 0; k < CORE_BATCH; k++) extractReport(input, { tableRows: page.tableRows });
    const c = (now() - s) / CORE_BATCH;
    if (i > 0) {
      rd.push(r);
      core.push(c);
    } // the first round warms both up
  }
  return {
    chars: page.text.length,
    elements: parse(html).querySelectorAll('*').length,
    readabilityMs: median(rd),
    coreMs: median(core),
  };
}
