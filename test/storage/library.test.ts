import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryDB } from '../../storage/db';
import { itemKey } from '../../storage/corrections';
import {
  applyCorrection,
  countReports,
  effectiveExtraction,
  findRow,
  getByUrl,
  saveReport,
} from '../../storage/library';
import { contentHash } from '../../storage/hash';
import { capture, extraction, item, list } from './make';
import { dexieSource } from '../../storage/summaries';
import { withTexts } from '../../storage/rows';

/** The match with its record's text, as a save sees it. */
async function findMatch(db: LibraryDB, page: Parameters<typeof findRow>[1]) {
  const m = await findRow(db, page);
  return m && { via: m.via, record: (await withTexts(db, [m.record]))[0] };
}

let n = 0;
const dbs: LibraryDB[] = [];
function freshDb(): LibraryDB {
  const db = new LibraryDB(`library-test-${++n}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('saveReport', () => {
  it('creates a record with its index keys', async () => {
    const db = freshDb();
    const res = await saveReport(db, capture(), 1000);
    expect(res.status).toBe('created');
    const r = (await db.reports.get(res.id))!;
    expect(r).toMatchObject({
      url: 'http://www.tianmen.gov.cn/a.html',
      urls: ['http://www.tianmen.gov.cn/a.html'],
      savedAt: 1000,
      updatedAt: 1000,
      region: '天门市',
      report_year: 2023,
      kind: 'gwr',
      corrections: {},
    });
    expect(r.contentHash).toMatch(/^[0-9a-f]{64}$/);
    // The text lives in its own table from schema v3 on, not in the row the indexes return.
    expect(r).not.toHaveProperty('text');
    expect(await db.texts.get(res.id)).toEqual({ id: res.id, text: capture().text });
    expect(
      (await findMatch(db, { url: capture().url, hash: r.contentHash, extraction: extraction() }))?.record.text,
    ).toBe(capture().text);
  });

  it('updates in place when the same address is saved again', async () => {
    const db = freshDb();
    const a = await saveReport(db, capture(), 1000);
    const b = await saveReport(db, capture({ text: capture().text + '\n改版后的一段。' }), 2000);
    expect(b).toEqual({ status: 'updated', id: a.id });
    expect(await countReports(db)).toBe(1);
    const r = (await db.reports.get(a.id))!;
    expect(r.savedAt).toBe(1000);
    expect(r.updatedAt).toBe(2000);
    expect((await db.texts.get(a.id))!.text).toContain('改版后');
    // The list's summary follows the record.
    expect(await db.summaries.get(a.id)).toMatchObject({
      id: a.id,
      title: capture().title,
      savedAt: 1000,
      region: '天门市',
      report_year: 2023,
      kind: 'gwr',
      level: 'county',
      province: '湖北省',
    });
  });

  it('ignores the fragment of an address', async () => {
    const db = freshDb();
    const a = await saveReport(db, capture({ url: 'http://www.tianmen.gov.cn/a.html#p3' }));
    expect((await getByUrl(db, 'http://www.tianmen.gov.cn/a.html'))?.id).toBe(a.id);
  });

  it('recognises a mirror by its content and remembers the new address', async () => {
    const db = freshDb();
    const a = await saveReport(db, capture());
    // Same text re-wrapped: whitespace does not change the hash.
    const mirror = capture({
      url: 'http://zwgk.tianmen.gov.cn/mirror/a.html',
      text: capture().text.replace(/\n/g, '\n\n  '),
    });
    const b = await saveReport(db, mirror);
    expect(b).toEqual({ status: 'updated', id: a.id });
    expect(await countReports(db)).toBe(1);
    expect((await getByUrl(db, mirror.url))?.id).toBe(a.id);
    expect((await db.reports.get(a.id))!.urls).toEqual([capture().url, mirror.url]);
  });

  it('does not store the same report from another site twice', async () => {
    const db = freshDb();
    const a = await saveReport(db, capture());
    const other = capture({
      url: 'http://www.hubei.gov.cn/zwgk/tianmen.html',
      text: '转载:2023年天门市政府工作报告 全文',
    });
    expect(await saveReport(db, other)).toEqual({ status: 'duplicate-of', id: a.id });
    expect(await countReports(db)).toBe(1);
    expect(await getByUrl(db, other.url)).toBeUndefined();
  });

  it('keeps different years, kinds and unknown regions apart', async () => {
    const db = freshDb();
    await saveReport(db, capture());
    const y = await saveReport(
      db,
      capture({ url: 'http://x.gov.cn/2024', text: '2024', extraction: extraction({ report_year: 2024 }) }),
    );
    const k = await saveReport(
      db,
      capture({ url: 'http://x.gov.cn/p', text: 'p', extraction: extraction({ kind: 'progress' }) }),
    );
    const u = await saveReport(
      db,
      capture({ url: 'http://x.gov.cn/u', text: 'u', extraction: extraction({ region: null }) }),
    );
    const o1 = await saveReport(
      db,
      capture({ url: 'http://x.gov.cn/o1', text: 'o1', extraction: extraction({ kind: 'other' }) }),
    );
    const o2 = await saveReport(
      db,
      capture({ url: 'http://x.gov.cn/o2', text: 'o2', extraction: extraction({ kind: 'other' }) }),
    );
    expect([y, k, u, o1, o2].map((r) => r.status)).toEqual(['created', 'created', 'created', 'created', 'created']);
    expect(await countReports(db)).toBe(6);
  });

  it("keeps a county's progress notices of different periods apart, and one period's copies together", async () => {
    const db = freshDb();
    const notice = (url: string, period: string | null) =>
      capture({ url, text: `通报 ${url}`, extraction: extraction({ kind: 'progress', period }) });
    const h1 = await saveReport(db, notice('http://x.gov.cn/h1', 'H1'));
    const q3 = await saveReport(db, notice('http://x.gov.cn/q3', 'Q3'));
    const undated = await saveReport(db, notice('http://x.gov.cn/n', null));
    expect([h1, q3, undated].map((r) => r.status)).toEqual(['created', 'created', 'created']);
    expect(await saveReport(db, notice('http://mirror.gov.cn/q3', 'Q3'))).toEqual({
      status: 'duplicate-of',
      id: q3.id,
    });
    expect(await saveReport(db, notice('http://mirror.gov.cn/n', null))).toEqual({
      status: 'duplicate-of',
      id: undated.id,
    });
    expect(await countReports(db)).toBe(3);
  });

  it('re-extracts on a re-save but keeps the corrections', async () => {
    const db = freshDb();
    const a = await saveReport(db, capture({ extraction: extraction({ region: '天门', report_year: null }) }));
    const key = itemKey('targets', item());
    await applyCorrection(db, a.id, { region: '天门市', report_year: 2023 });
    await applyCorrection(db, a.id, { item: { key, value: 6.5 } });
    const fresh = extraction({ region: '天门', report_year: null, confidence: 0.95 });
    expect((await saveReport(db, capture({ extraction: fresh }))).status).toBe('updated');
    const r = (await db.reports.get(a.id))!;
    expect(r.extraction.confidence).toBe(0.95);
    expect(r.corrections).toEqual({ region: '天门市', report_year: 2023, items: { [key]: { value: 6.5 } } });
    expect(r).toMatchObject({ region: '天门市', report_year: 2023 });
    const shown = effectiveExtraction(r);
    expect(shown).toMatchObject({ region: '天门市', report_year: 2023, review_year: 2022 });
    expect(shown.targets[0].value).toBe(6.5);
    expect(r.extraction.targets[0].value).toBe(6); // the extraction itself is never edited
  });
});

describe('applyCorrection', () => {
  it('changes the index keys, so the corrected record is found as a duplicate', async () => {
    const db = freshDb();
    const a = await saveReport(db, capture({ extraction: extraction({ kind: 'other', region: null }) }));
    const r = await applyCorrection(db, a.id, { kind: 'gwr', region: ' 天门市 ' });
    expect(r).toMatchObject({ kind: 'gwr', region: '天门市' });
    expect(await db.summaries.get(a.id)).toMatchObject({ kind: 'gwr', region: '天门市' });
    const other = capture({ url: 'http://other.gov.cn/x', text: 'another copy' });
    expect((await saveReport(db, other)).status).toBe('duplicate-of');
  });

  it('fails for a record that does not exist', async () => {
    await expect(applyCorrection(freshDb(), 42, { region: 'x' })).rejects.toThrow(/42/);
  });
});

describe('queries', () => {
  it('lists newest first, finds matches, deletes', async () => {
    const db = freshDb();
    const a = await saveReport(db, capture(), 1);
    const b = await saveReport(
      db,
      capture({ url: 'http://x.gov.cn/b', text: 'b', extraction: extraction({ report_year: 2024 }) }),
      2,
    );
    expect((await list(db)).map((r) => r.id)).toEqual([b.id, a.id]);
    const hash = await contentHash(capture().text);
    expect((await findMatch(db, { url: 'http://elsewhere/', hash, extraction: extraction() }))?.via).toBe('content');
    expect((await findMatch(db, { url: capture().url, hash: 'x', extraction: extraction() }))?.via).toBe('url');
    expect((await findMatch(db, { url: 'http://elsewhere/', hash: 'x', extraction: extraction() }))?.via).toBe(
      'same-report',
    );
    expect(
      await findMatch(db, { url: 'http://elsewhere/', hash: 'x', extraction: extraction({ report_year: 2020 }) }),
    ).toBeNull();
    const source = dexieSource(db);
    expect(await source.remove(a.id)).toMatchObject({ id: a.id });
    expect(await source.remove(a.id)).toBeNull();
    expect([await db.texts.get(a.id), await db.summaries.get(a.id)]).toEqual([undefined, undefined]);
    expect(await countReports(db)).toBe(1);
  });
});
