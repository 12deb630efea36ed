import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LibraryDB } from '../../storage/db';
import type { SavedReport } from '../../storage/record';
import { dexieSource } from '../../storage/summaries';
import { addRecords, getRecord, recordTables } from '../../storage/rows';
import { list } from './make';
import { createLibraryStore, PAGE_SIZE } from '../../components/dashboard/library-store';
import { extraction, item } from '../dashboard/fixtures';

const N = 10_000;
const TEXT = '政府工作报告正文。'.repeat(200); // ~1,800 characters each: the list must never read them
let db: LibraryDB;

function saved(i: number): SavedReport {
  const region = i % 500 === 0 ? null : `地区${i % 700}`;
  const year = 2015 + (i % 10);
  const e = extraction(region, year, { targets: [item('gdp', '地区生产总值', 5 + (i % 3))] });
  const url = `http://www.example.gov.cn/${i}.html`;
  return {
    url,
    urls: [url],
    title: `${year}年${region ?? '某地'}政府工作报告 ${i}`,
    text: TEXT,
    contentHash: `h${i}`,
    savedAt: 1_700_000_000_000 + i,
    updatedAt: 1_700_000_000_000 + i,
    extraction: e,
    corrections: {},
    region,
    report_year: year,
    kind: i % 7 === 0 ? 'progress' : 'gwr',
  };
}

beforeAll(async () => {
  db = new LibraryDB('dashboard-10k');
  await db.transaction('rw', recordTables(db), () =>
    addRecords(
      db,
      Array.from({ length: N }, (_, i) => saved(i + 1)),
    ),
  );
});
afterAll(async () => {
  await db.delete();
});

describe('dexie source over 10,000 saved reports', () => {
  it('builds the list from the summaries and shows the first page', async () => {
    const lib = createLibraryStore(dexieSource(db));
    const t0 = performance.now();
    await lib.load();
    const page = lib.page();
    const ms = performance.now() - t0;
    console.log(`[dashboard] first page from Dexie (fake-indexeddb), 10,000 records: ${ms.toFixed(0)} ms`);
    expect(page.total).toBe(N);
    expect(page.rows).toHaveLength(PAGE_SIZE);
    expect(page.rows[0]).toMatchObject({ id: N, region: null, report_year: 2015, kind: 'gwr' });
    expect(page.rows[1]).toMatchObject({ id: N - 1, region: '地区199', report_year: 2024, kind: 'gwr' });
    expect(lib.store.get().details.get(N - 1)).toEqual({
      title: `2024年地区199政府工作报告 ${N - 1}`,
      savedAt: 1_700_000_000_000 + N - 1,
    });

    // For scale: what reading every whole record (the naive list) costs on the same data.
    const t1 = performance.now();
    await list(db);
    console.log(`[dashboard] for comparison, every record with its text: ${(performance.now() - t1).toFixed(0)} ms`);
    // Records without a region are not in the compound index but still listed.
    const noRegion = lib.store.get().summaries.filter((s) => s.region === null);
    expect(noRegion).toHaveLength(N / 500);
    expect(noRegion[0]).toMatchObject({ kind: expect.any(String), report_year: expect.any(Number) });
  });

  it('loads reports with corrections applied, text only when asked', async () => {
    const src = dexieSource(db);
    await db.reports.update(3, { corrections: { items: { 'targets:gdp:地区生产总值': { value: 9 } } } });
    const [plain] = await src.load([3]);
    expect(plain.text).toBeUndefined();
    expect(plain.extraction.targets[0].value).toBe(9);
    const [full] = await src.load([3], true);
    expect(full.text).toBe(TEXT);
  });

  it('removes and restores a record under the same id', async () => {
    const src = dexieSource(db);
    const before = await getRecord(db, 42);
    const summary = await db.summaries.get(42);
    const removed = await src.remove(42);
    expect(await db.reports.get(42)).toBeUndefined();
    expect(await db.texts.get(42)).toBeUndefined();
    expect(await db.summaries.get(42)).toBeUndefined();
    await src.restore(removed!);
    expect(await getRecord(db, 42)).toEqual(before);
    expect(await db.summaries.get(42)).toEqual(summary);
    expect(await src.remove(999_999)).toBeNull();
  });
});
