// Opens the database as version 1 wrote it, seeds rows, reopens with the current schema: nothing lost,
// and the version-2 fields (mirrors, index keys with corrections applied) are filled in.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { LibraryDB } from '../../storage/db';
import { LATEST_VERSION, defineSchema } from '../../storage/schema';
import { getByUrl } from '../../storage/library';
import { extraction } from './make';

describe('schema upgrade', () => {
  it('keeps every v1 row and fills the v2 fields', async () => {
    const name = 'upgrade-test';
    const v1 = new Dexie(name);
    defineSchema(v1, 1);
    await v1.open();
    // v1 rows: no urls, no index keys; one has a correction made under v1.
    await v1.table('reports').bulkAdd([
      { url: 'http://a.gov.cn/1', title: 'A', text: 'a', contentHash: 'h1', savedAt: 1, updatedAt: 1, extraction: extraction(), corrections: {} },
      { url: 'http://b.gov.cn/2', title: 'B', text: 'b', contentHash: 'h2', savedAt: 2, updatedAt: 3, extraction: extraction({ region: null, kind: 'other' }), corrections: { region: '高安市', kind: 'gwr' } },
    ]);
    expect(v1.verno).toBe(1);
    v1.close();

    const db = new LibraryDB(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(LATEST_VERSION).toBeGreaterThanOrEqual(2);
    const rows = await db.reports.orderBy('savedAt').toArray();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ id: 1, url: 'http://a.gov.cn/1', urls: ['http://a.gov.cn/1'], title: 'A', text: 'a', contentHash: 'h1', region: '天门市', report_year: 2023, kind: 'gwr' });
    expect(rows[0].extraction).toEqual(extraction());
    expect(rows[1]).toMatchObject({ urls: ['http://b.gov.cn/2'], updatedAt: 3, region: '高安市', kind: 'gwr', corrections: { region: '高安市', kind: 'gwr' } });
    // The new indexes answer queries on upgraded rows.
    expect((await getByUrl(db, 'http://b.gov.cn/2'))?.title).toBe('B');
    expect(await db.reports.where('[region+report_year+kind]').equals(['天门市', 2023, 'gwr']).count()).toBe(1);
    await db.delete();
  });
});
