// getComparison end to end under fake-indexeddb: the background reads the candidates from the indexes
// (never the whole library), applies the user's corrections, and core/compare does the rest.
import 'fake-indexeddb/auto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DBCore, DBCoreTable } from 'dexie';
import { extractReport } from '../../core/extract';
import { LibraryDB } from '../../storage/db';
import { itemKey } from '../../storage/corrections';
import { applyCorrection, effectiveExtraction, saveReport } from '../../storage/library';
import { comparisonLibrary } from '../../storage/comparison';
import { PEER_LIMIT } from '../../core/compare/library';
import { addRecords, recordTables } from '../../storage/rows';
import { compareReport } from '../../core/compare';
import type { PageCapture } from '../../storage/record';
import { createService } from '../../entrypoints/background/service';
import { parseHTML } from 'linkedom';
import { extractPage } from '../../core/shapes/page';
import { capture, extraction, item, list } from '../storage/make';

const ROOT = join(import.meta.dirname, '../..');
const REPORTS = join(ROOT, 'test/fixtures/corpus/reports');

function fromText(name: string): PageCapture {
  const text = readFileSync(join(REPORTS, `${name}.txt`), 'utf8');
  return { url: `http://www.example.gov.cn/${name}.html`, title: name, text, extraction: extractReport({ text }) };
}
/** The fixture page as the browser test serves it; its text is what the offsets refer to. */
function fromPage(name: string): PageCapture {
  const html = readFileSync(join(ROOT, 'test/fixtures/pages', `${name}.html`), 'utf8');
  const url = `http://www.tianmen.gov.cn/${name}.html`;
  const page = extractPage(parseHTML(html).document as unknown as Document, url);
  return { url, title: page.extraction.title ?? name, text: page.text, extraction: page.extraction };
}

let n = 0;
const open: LibraryDB[] = [];
/** A database that counts the records it hands out (rows, texts, peers' targets), to show what a comparison reads. */
function countingDb() {
  const db = new LibraryDB(`comparison-test-${++n}`);
  open.push(db);
  const reads = { rows: 0, cursorsWithValues: 0 };
  db.use({
    stack: 'dbcore',
    name: 'count-reads',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name: string): DBCoreTable {
        const t = down.table(name);
        if (name !== 'reports' && name !== 'texts' && name !== 'targets') return t;
        return {
          ...t,
          get: async (req) => {
            const r = await t.get(req);
            reads.rows += r ? 1 : 0;
            return r;
          },
          getMany: async (req) => {
            const r = await t.getMany(req);
            reads.rows += r.filter(Boolean).length;
            return r;
          },
          query: async (req) => {
            const r = await t.query(req);
            if (req.values) reads.rows += r.result.length;
            return r;
          },
          openCursor: (req) => {
            if (req.values) reads.cursorsWithValues++;
            return t.openCursor(req);
          },
        };
      },
    }),
  });
  return { db, reads };
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

function serviceFor(db: LibraryDB, tabs: Map<number, PageCapture>) {
  return createService({
    db,
    readTab: async (id) => tabs.get(id)!,
    setBadge: async () => {},
    tabUrl: async () => null,
  });
}

describe('getComparison', () => {
  const y2023 = fromPage('tianmen-2023-gwr');
  const y2024 = fromPage('tianmen-2024-gwr');

  it("compares a report with last year's report of the same region", async () => {
    const { db } = countingDb();
    await saveReport(db, y2023);
    const c = (await serviceFor(db, new Map([[1, y2024]])).handlers.getComparison({ tabId: 1 }, {}))!;
    expect(c.previous).toEqual({ region: '天门市', report_year: 2023 });
    const gdp = c.outcomes.find((o) => o.indicator === 'gdp')!;
    expect(gdp).toMatchObject({
      target: { value: 7.5, qualifier: '左右', year: 2023 },
      actual: { value: 7.8 },
      status: 'met',
      gap: 0.3,
    });
    expect(gdp.target.text).toContain('7.5%左右');
    expect(c.outcomes.find((o) => o.indicator === 'income_urban')).toMatchObject({ status: 'missed', gap: -1.8 });
    expect(c.changes.find((x) => x.indicator === 'gdp')).toMatchObject({
      change: 'down',
      previous: { value: 7.5 },
      current: { value: 7 },
    });
    expect(c.changes.find((x) => x.indicator === 'gdp')!.current.text).toContain('7%左右');
  });

  it("applies the user's corrections to the saved reports and to the page itself", async () => {
    const { db } = countingDb();
    const { id } = await saveReport(db, y2023);
    const gdpTarget = (await db.reports.get(id))!.extraction.targets.find((t) => t.indicator === 'gdp')!;
    await applyCorrection(db, id, { item: { key: itemKey('targets', gdpTarget), value: 8 } });
    const service = serviceFor(db, new Map([[1, y2024]]));
    let c = (await service.handlers.getComparison({ tabId: 1 }, {}))!;
    // 7.8 against a corrected 8%左右: 0.2 points short, within the 0.5 a 左右 target allows.
    expect(c.outcomes.find((o) => o.indicator === 'gdp')).toMatchObject({
      target: { value: 8 },
      status: 'close',
      gap: -0.2,
    });

    // The page is saved and its year corrected to 2025: last year is then 2024, which is not saved.
    const saved = await saveReport(db, y2024);
    await applyCorrection(db, saved.id, { report_year: 2025 });
    c = (await service.handlers.getComparison({ tabId: 1 }, {}))!;
    expect(c.previous).toBeNull();
  });

  it("links a progress notice's tasks to the saved work report, slow tasks first", async () => {
    const { db } = countingDb();
    const gwr = fromText('tianmen-2023-gwr');
    await saveReport(db, gwr);
    const notice = fromText('tianmen-2023-h1-progress');
    const c = (await serviceFor(db, new Map([[2, notice]])).handlers.getComparison({ tabId: 2 }, {}))!;
    expect(c.source).toMatchObject({ region: '天门市', report_year: 2023 });
    const slow = c.task_counts.find((s) => s.status === '推进缓慢');
    expect(slow?.count).toBeGreaterThan(0);
    expect(c.tasks.slice(0, slow!.count).every((t) => t.slow)).toBe(true);
    const linked = c.tasks.filter((t) => t.gwr_text !== null);
    expect(linked.length).toBeGreaterThan(c.tasks.length / 2);
    for (const t of linked) expect(gwr.text.slice(t.gwr_start, t.gwr_end)).toBe(t.gwr_text);
  });

  it('answers null for a page that is no report', async () => {
    const { db } = countingDb();
    const other = capture({ extraction: extraction({ kind: 'other' }) });
    expect(await serviceFor(db, new Map([[3, other]])).handlers.getComparison({ tabId: 3 }, {})).toBeNull();
  });
});

describe('comparisonLibrary', () => {
  const gwr = (region: string, year: number, more = {}) =>
    extraction({ region, report_year: year, review_year: year - 1, ...more });
  const page = (i: number, e: ReturnType<typeof extraction>) =>
    capture({ url: `http://r${i}.gov.cn/`, text: `报告${i}`, extraction: e });

  it("reads the same region's last year, the province, one report per peer region, and nothing else", async () => {
    const { db, reads } = countingDb();
    const current = gwr('天门市', 2024);
    await saveReport(db, page(1, gwr('天门市', 2023)));
    await saveReport(db, page(2, gwr('天门市', 2022))); // another year: not read
    await saveReport(db, page(3, gwr('湖北省', 2024, { level: 'province', province: null })));
    await saveReport(db, page(4, gwr('仙桃市', 2024)));
    await saveReport(db, page(5, gwr('仙桃市', 2024, { targets: [item({ value: 9 })] }))); // another site's copy: not stored twice
    await saveReport(db, page(6, gwr('潜江市', 2023))); // other region, other year: not read
    await saveReport(db, page(7, gwr('天门市', 2024, { kind: 'progress' })));
    reads.rows = 0;
    const lib = await comparisonLibrary(db, current);
    expect(lib.map((r) => `${r.region}${r.report_year}${r.kind}`).sort()).toEqual([
      '仙桃市2024gwr',
      '天门市2023gwr',
      '天门市2024progress',
      '湖北省2024gwr',
    ]);
    expect(reads.rows).toBe(4);
    expect(reads.cursorsWithValues).toBe(0);
    expect(lib.every((r) => !('text' in r))).toBe(true); // no text needed to compare targets
  });

  it('reads one record per peer region, at most PEER_LIMIT, with 10,000 reports saved', async () => {
    const { db, reads } = countingDb();
    const rows = Array.from({ length: 10_000 }, (_, i) => {
      const e = gwr(`地区${i % 2000}`, 2019 + Math.floor(i / 2000));
      return {
        url: `http://r${i}.gov.cn/`,
        urls: [`http://r${i}.gov.cn/`],
        title: '',
        text: '',
        contentHash: String(i),
        savedAt: i,
        updatedAt: i,
        extraction: e,
        corrections: {},
        region: e.region,
        report_year: e.report_year,
        kind: e.kind,
      };
    });
    await db.transaction('rw', recordTables(db), () => addRecords(db, rows));
    reads.rows = 0;
    const t0 = performance.now();
    const lib = await comparisonLibrary(db, gwr('地区7', 2023));
    const ms = performance.now() - t0;
    // 2023 holds 2,000 regions: the previous year plus PEER_LIMIT peers, one per region.
    expect(lib.filter((r) => r.region === '地区7')).toHaveLength(1);
    expect(lib).toHaveLength(1 + PEER_LIMIT);
    expect(lib.filter((r) => r.region !== '地区7').map((r) => r.region)).toEqual(
      Array.from({ length: PEER_LIMIT + 1 }, (_, i) => `地区${i}`).filter((r) => r !== '地区7'),
    );
    expect(reads.rows).toBeLessThanOrEqual(301);
    expect(reads.cursorsWithValues).toBe(0);
    console.log(
      `# comparisonLibrary, 10,000 reports saved: ${Math.round(ms)} ms (fake-indexeddb), ${reads.rows} records read`,
    );
  });
});

describe('with the corpus saved', () => {
  it('times getComparison for every corpus report', async () => {
    const { db } = countingDb();
    const names = readdirSync(REPORTS)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => f.slice(0, -4));
    const pages = names.map(fromText);
    for (const p of pages) await saveReport(db, p);
    const service = serviceFor(db, new Map(pages.map((p, i) => [i, p])));
    const times: number[] = [];
    for (let i = 0; i < pages.length; i++) {
      const t0 = performance.now();
      const c = await service.handlers.getComparison({ tabId: i }, {});
      times.push(performance.now() - t0);
      expect(c).not.toBeNull();
    }
    times.sort((a, b) => a - b);
    const median = times[times.length >> 1],
      max = times[times.length - 1];
    console.log(
      `# getComparison with ${pages.length} corpus reports saved: median ${median.toFixed(1)} ms, max ${max.toFixed(1)} ms (fake-indexeddb)`,
    );
  });
});

describe('what the indexes read is what the whole library would answer', () => {
  it('gives every corpus report the same comparison as the full library, corrections applied', async () => {
    const { db } = countingDb();
    const names = readdirSync(REPORTS)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => f.slice(0, -4));
    const pages = names.map(fromText);
    for (const p of pages) await saveReport(db, p);
    // Peers for every year in the corpus: each report again under other regions of the same province.
    for (const [i, p] of pages.entries()) {
      for (const k of [1, 2]) {
        const e = {
          ...p.extraction,
          region: p.extraction.region && `${p.extraction.region}${k}`,
          targets: p.extraction.targets.map((t) => ({ ...t, value: t.value === null ? null : t.value + k })),
        };
        await saveReport(db, { ...p, url: `http://copy${k}.gov.cn/${i}`, text: `${p.text}\n${k}`, extraction: e });
      }
    }
    // A corrected peer target must show corrected.
    const peer = (await list(db)).find((r) => r.region && r.extraction.targets.some((t) => t.value !== null))!;
    const target = peer.extraction.targets.find((t) => t.value !== null)!;
    await applyCorrection(db, peer.id!, { item: { key: itemKey('targets', target), value: 123.4 } });

    const all = (await list(db)).sort((a, b) => a.id! - b.id!);
    let withPeers = 0;
    for (const own of all) {
      const current = { ...effectiveExtraction(own), text: own.text };
      if (current.kind === 'other') continue;
      const full = all.filter((r) => r.id !== own.id).map((r) => ({ ...effectiveExtraction(r), text: r.text }));
      const fromIndexes = compareReport(current, await comparisonLibrary(db, current, own.id));
      expect(fromIndexes).toEqual(compareReport(current, full));
      if (fromIndexes.peers.length) withPeers++;
    }
    expect(withPeers).toBeGreaterThan(all.length / 2);
    const corrected = all.find((r) => r.id === peer.id)!;
    const elsewhere = { ...effectiveExtraction(corrected), region: 'elsewhere' };
    const c = compareReport(elsewhere, await comparisonLibrary(db, elsewhere));
    expect(c.peers.some((p) => p.region === corrected.region && p.value === 123.4)).toBe(true);
  });
});
