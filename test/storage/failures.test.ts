// Storage failures: each one says what happened and loses nothing that was saved before.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dexie, type DBCore, type DBCoreMutateRequest } from 'dexie';
import { LibraryDB } from '../../storage/db';
import { StorageError, isQuotaError, toStorageError } from '../../storage/errors';
import { MAX_PAGE_TEXT, countReports, getByUrl, saveReport } from '../../storage/library';
import { MAX_TEXT } from '../../core/exchange/backup-shape';
import { exportBackup, importBackup } from '../../storage/backup';
import { LATEST_VERSION, defineSchema } from '../../storage/schema';
import { capture, extraction, list } from './make';

let n = 0;
const dbs: LibraryDB[] = [];
function freshDb(name = `failures-${++n}`, options = {}): LibraryDB {
  const db = new LibraryDB(name, options);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

/** A database whose writes to `table` throw the browser's QuotaExceededError while `disk.full` is set. */
function fullDisk(db: LibraryDB, table: string) {
  const disk = { full: false };
  db.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        return {
          ...t,
          mutate: (req: DBCoreMutateRequest) =>
            disk.full && name === table && (req.type === 'put' || req.type === 'add')
              ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
              : t.mutate(req),
        };
      },
    }),
  });
  return disk;
}

describe('storage full', () => {
  it('a save that does not fit says so and leaves no part of itself behind', async () => {
    const db = freshDb();
    const disk = fullDisk(db, 'texts'); // the record row is written first, then its text fails
    await saveReport(db, capture(), 1);
    const before = await list(db);
    disk.full = true;
    const other = capture({
      url: 'http://x.gov.cn/2024',
      text: '2024年报告',
      extraction: extraction({ report_year: 2024 }),
    });
    const err = await saveReport(db, other).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(StorageError);
    expect(err).toMatchObject({ code: 'quota' });
    expect((err as Error).message).toMatch(/no storage left/);
    expect((err as Error).message).toMatch(/saved before are unchanged/);
    // The transaction rolled back: no record row without its text, no summary, the old record intact.
    expect(await countReports(db)).toBe(1);
    expect(await getByUrl(db, other.url)).toBeUndefined();
    expect(await db.summaries.count()).toBe(1);
    expect(await list(db)).toEqual(before);
    // Once there is room again the same save goes through.
    disk.full = false;
    expect((await saveReport(db, other)).status).toBe('created');
  });

  it('an update that does not fit keeps the saved version', async () => {
    const db = freshDb();
    const disk = fullDisk(db, 'reports');
    const a = await saveReport(db, capture(), 1);
    disk.full = true;
    await expect(saveReport(db, capture({ text: capture().text + '新的一段' }), 2)).rejects.toMatchObject({
      code: 'quota',
    });
    disk.full = false;
    const [r] = await list(db);
    expect(r).toMatchObject({ id: a.id, text: capture().text, updatedAt: 1 });
  });

  it('an import that does not fit writes nothing and says why', async () => {
    const src = freshDb();
    await saveReport(src, capture(), 1);
    await saveReport(
      src,
      capture({ url: 'http://x.gov.cn/b', text: 'b', extraction: extraction({ report_year: 2024 }) }),
      2,
    );
    const file = await exportBackup(src);
    const db = freshDb();
    const disk = fullDisk(db, 'summaries');
    await saveReport(
      db,
      capture({ url: 'http://y.gov.cn/c', text: 'c', extraction: extraction({ region: '宁波市' }) }),
      3,
    );
    disk.full = true;
    const r = await importBackup(db, file);
    expect(r).toMatchObject({ ok: false, error: { code: 'quota' } }); // the page says it in the user's language
    expect(!r.ok && r.error.message).toMatch(/no storage left/);
    expect(await db.reports.count()).toBe(1);
    expect(await db.texts.count()).toBe(1);
  });

  it('recognises quota errors however they are wrapped', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: quota })).toBe(true);
    expect(isQuotaError(new Dexie.BulkError('bulk', { 0: quota }))).toBe(true);
    expect(isQuotaError(new Error('disk full'))).toBe(false);
    expect(toStorageError(new Error('boom'))).toMatchObject({
      code: 'write_failed',
      message: expect.stringMatching(/nothing was changed\. \(boom\)/),
    });
  });
});

describe('pages the library does not take', () => {
  it('an empty page (a shell still loading) says so and writes nothing', async () => {
    const db = freshDb();
    for (const text of ['', ' \n\t　 ']) {
      await expect(saveReport(db, capture({ text }))).rejects.toMatchObject({
        name: 'StorageError',
        code: 'empty_page',
      });
    }
    expect(await countReports(db)).toBe(0);
  });

  it('a page with more text than any report says so and writes nothing, also over a saved copy', async () => {
    const db = freshDb();
    await saveReport(db, capture(), 1000);
    const before = await list(db);
    const huge = capture({ text: `${capture().text}\n${'数据'.repeat(MAX_PAGE_TEXT / 2)}` });
    await expect(saveReport(db, huge)).rejects.toMatchObject({ code: 'page_too_large' });
    expect(await list(db)).toEqual(before);
    // The limit leaves room for every saved page in a backup.
    expect(MAX_PAGE_TEXT).toBeLessThanOrEqual(MAX_TEXT);
  });
});

describe('two saves of the same page at once', () => {
  it('make one record, the second updating the first', async () => {
    const db = freshDb();
    const results = await Promise.all([saveReport(db, capture(), 1), saveReport(db, capture(), 2)]);
    expect(results.map((r) => r.status).sort()).toEqual(['created', 'updated']);
    expect(results[0].id).toBe(results[1].id);
    expect(await countReports(db)).toBe(1);
    expect(await db.texts.count()).toBe(1);
    expect(await db.summaries.count()).toBe(1);
  });

  it('a page and its mirror at once make one record with both addresses', async () => {
    const db = freshDb();
    const mirror = capture({ url: 'http://zwgk.tianmen.gov.cn/m/a.html' });
    await Promise.all([saveReport(db, capture()), saveReport(db, mirror), saveReport(db, capture())]);
    const all = await list(db);
    expect(all).toHaveLength(1);
    expect([...all[0].urls].sort()).toEqual([capture().url, mirror.url].sort());
  });
});

describe('an upgrade blocked by an older connection', () => {
  it('reports that it waits, then upgrades once the old connection closes', async () => {
    const name = `failures-blocked-${++n}`;
    const old = new Dexie(name);
    defineSchema(old, 2);
    await old.open();
    await old.table('reports').add({
      ...capture(),
      urls: [capture().url],
      contentHash: 'h',
      savedAt: 1,
      updatedAt: 1,
      corrections: {},
      region: '天门市',
      report_year: 2023,
      kind: 'gwr',
    });
    old.close();
    // An older page still open that ignores version changes (raw IndexedDB: Dexie itself would close).
    const stale = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const blocked: StorageError[] = [];
    const db = freshDb(name, { onBlocked: (e: StorageError) => blocked.push(e) });
    const opening = db.open();
    await vi.waitFor(() => expect(blocked).toHaveLength(1), { timeout: 60_000 });
    expect(blocked[0]).toMatchObject({
      code: 'blocked',
      message: expect.stringMatching(/Close the other gwr-lens tabs/),
    });
    expect(db.isOpen()).toBe(false);
    stale.close();
    await opening;
    expect(db.verno).toBe(LATEST_VERSION);
    expect((await list(db))[0]).toMatchObject({ url: capture().url, text: capture().text });
  });

  it('an open library closes for a newer version instead of blocking it', async () => {
    const db = freshDb();
    await saveReport(db, capture());
    const blocked: unknown[] = [];
    const newer = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open(db.name, 1000);
      req.onblocked = (e) => blocked.push(e);
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    expect(blocked).toEqual([]);
    expect(db.isOpen()).toBe(false);
    newer.close();
  });
});
