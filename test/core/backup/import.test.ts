import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryDB } from '../../../storage/db';
import { exportBackup, importBackup, toBackupRecord } from '../../../storage/backup';
import { capture, extraction, list } from '../../storage/make';
import { saveReport } from '../../../storage/library';
import { makeBackup, serializeBackup, type BackupRecord } from '../../../core/exchange/backup';
import { record } from './fixtures';

let db: LibraryDB;
let n = 0;

beforeEach(async () => {
  db = new LibraryDB(`backup-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const fileOf = (records: BackupRecord[]) => serializeBackup(makeBackup(records, new Date(0)));

async function seed(...records: BackupRecord[]) {
  expect(await importBackup(db, fileOf(records))).toMatchObject({ ok: true, added: records.length });
}

/** Everything in the library, canonical enough to compare before and after. */
const snapshot = async () => JSON.stringify(await db.reports.orderBy('id').toArray());

describe('importBackup', () => {
  it('round-trips an export into an empty library', async () => {
    await seed(record('天门市', 2023), record('天门市', 2024), record('宁波市', 2023));
    const text = await exportBackup(db, new Date('2024-05-01T00:00:00Z'));
    const other = new LibraryDB(`backup-test-${n++}`);
    expect(await importBackup(other, text)).toEqual({ ok: true, added: 3, merged: 0, unchanged: 0 });
    const back = await other.reports.orderBy('id').toArray();
    expect(back.map((r) => [r.region, r.report_year, r.kind])).toEqual([
      ['天门市', 2023, 'gwr'],
      ['天门市', 2024, 'gwr'],
      ['宁波市', 2023, 'gwr'],
    ]);
    await other.delete();
  });

  it('merges duplicates instead of doubling them', async () => {
    await seed(record('天门市', 2023), record('宁波市', 2023));
    const text = await exportBackup(db);
    expect(await importBackup(db, text)).toEqual({ ok: true, added: 0, merged: 0, unchanged: 2 });
    expect(await db.reports.count()).toBe(2);

    // A newer copy from a mirror: same report, another address; it updates the record and adds the address.
    const [tianmen] = await db.reports.filter((r) => r.region === '天门市').toArray();
    const newer = record('天门市', 2023, {
      url: 'http://mirror.gov.cn/tm',
      urls: ['http://mirror.gov.cn/tm'],
      title: '新标题',
      updatedAt: 9000,
    });
    expect(await importBackup(db, fileOf([newer, record('襄阳市', 2023)]))).toEqual({
      ok: true,
      added: 1,
      merged: 1,
      unchanged: 0,
    });
    const after = await db.reports.get(tianmen.id!);
    expect(after).toMatchObject({ id: tianmen.id, title: '新标题', url: tianmen.url, updatedAt: 9000, savedAt: 1000 });
    expect(after!.urls).toEqual([tianmen.url, 'http://mirror.gov.cn/tm']);
    expect(await db.reports.count()).toBe(3);
  });

  it('keeps the library newer copy when the file is older, but adds the file corrections', async () => {
    await seed(record('天门市', 2023, { updatedAt: 5000, title: '新' }));
    const old = record('天门市', 2023, { updatedAt: 10, title: '旧', corrections: { report_year: 2023 } });
    expect(await importBackup(db, fileOf([old]))).toMatchObject({ ok: true, merged: 1 });
    const [r] = await db.reports.toArray();
    expect(r).toMatchObject({ title: '新', updatedAt: 5000, corrections: { report_year: 2023 } });
  });

  it('changes nothing, and says why, for a bad, truncated or foreign file', async () => {
    await seed(record('天门市', 2023));
    const before = await snapshot();
    const good = fileOf([record('宁波市', 2023), record('襄阳市', 2023)]);
    const broken = JSON.parse(good);
    broken.reports[1].savedAt = 'yesterday';
    const cases: [string, string][] = [
      [good.slice(0, good.length - 40), 'truncated'],
      ['{not json}', 'invalid_json'],
      [JSON.stringify({ ...JSON.parse(good), version: 99 }), 'wrong_version'],
      [JSON.stringify(broken), 'bad_record'],
      ['', 'empty'],
    ];
    for (const [text, code] of cases) {
      const r = await importBackup(db, text);
      expect(r, code).toMatchObject({ ok: false, error: { code } });
      if (!r.ok) expect(r.error.message.length).toBeGreaterThan(10);
      expect(await snapshot()).toBe(before);
    }
  });

  it('rolls back every write when one fails half-way', async () => {
    await seed(record('天门市', 2023));
    const before = await snapshot();
    let calls = 0;
    const fail = function () {
      if (++calls === 3) throw new Error('disk full');
    };
    db.reports.hook('creating', fail);
    const r = await importBackup(
      db,
      fileOf([record('宁波市', 2023), record('襄阳市', 2023), record('武汉市', 2023), record('孝感市', 2023)]),
    );
    db.reports.hook('creating').unsubscribe(fail);
    expect(r).toMatchObject({ ok: false, error: { code: 'write_failed', message: 'disk full' } });
    expect(await snapshot()).toBe(before);
  });

  it('gives every imported record a fresh key: a huge, string or shared id in the file changes nothing', async () => {
    await seed(record('天门市', 2023));
    const file = JSON.parse(fileOf([record('宁波市', 2023), record('襄阳市', 2023), record('武汉市', 2023)]));
    file.reports[0].id = 9007199254740992; // past the key generator's last value
    file.reports[1].id = 'abc';
    file.reports[2].id = 9007199254740992; // the same id again, on another report
    expect(await importBackup(db, JSON.stringify(file))).toEqual({ ok: true, added: 3, merged: 0, unchanged: 0 });
    expect((await db.reports.toCollection().primaryKeys()).sort()).toEqual([1, 2, 3, 4]);
    // Saving goes on: the key generator was never moved by the file.
    const page = capture({
      url: 'http://www.xiaogan.gov.cn/a.html',
      text: '孝感',
      extraction: extraction({ region: '孝感市' }),
    });
    expect(await saveReport(db, page)).toMatchObject({ status: 'created', id: 5 });
    expect(await db.texts.count()).toBe(5);
  });

  it('matches records by their own content, not by the hash the file claims', async () => {
    await seed(record('天门市', 2023));
    const [saved] = await db.reports.toArray();
    // Another report claiming the saved one's hash is not folded into it.
    const claim = record('宁波市', 2023, { contentHash: saved.contentHash });
    expect(await importBackup(db, fileOf([claim]))).toMatchObject({ ok: true, added: 1, merged: 0 });
    // The same text at another address, under another region, is the same content.
    const same = record('别处', 2024, {
      url: 'http://other.gov.cn/x',
      urls: ['http://other.gov.cn/x#top'],
      text: '天门市2023正文',
    });
    expect(await importBackup(db, fileOf([same]))).toMatchObject({ ok: true, added: 0, merged: 1 });
    expect((await db.reports.get(saved.id!))!.urls).toEqual([saved.url, 'http://other.gov.cn/x']);
  });

  it('folds 4,000 copies of one report into the record the library has (test/perf/import.test.ts times 16,000)', async () => {
    await seed(record('天门市', 2023));
    const copies = Array.from({ length: 4_000 }, (_, i) => record('天门市', 2023, { updatedAt: 1000 + i }));
    expect(await importBackup(db, fileOf(copies))).toEqual({ ok: true, added: 0, merged: 1, unchanged: 0 });
    expect(await db.reports.count()).toBe(1);
    expect((await db.reports.toArray())[0].updatedAt).toBe(4_999);
  });

  it('exports records without their local ids and index keys', async () => {
    await seed(record('天门市', 2023));
    const file = JSON.parse(await exportBackup(db));
    expect(file).toMatchObject({ format: 'gwr-lens-backup', version: 1, count: 1 });
    expect(Object.keys(file.reports[0]).sort()).toEqual(Object.keys(toBackupRecord((await list(db))[0])).sort());
    expect(file.reports[0].id).toBeUndefined();
  });
});
