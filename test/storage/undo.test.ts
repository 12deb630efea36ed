// Undo of a delete after the same page came back: re-saved from the popup or imported from a backup while the
// undo bar was showing. One report stays one record: the one put back, with its corrections and first save,
// and the newer text of the copy saved meanwhile.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryDB } from '../../storage/db';
import { dexieSource } from '../../storage/summaries';
import { applyCorrection, saveReport } from '../../storage/library';
import { exportBackup, importBackup } from '../../storage/backup';
import { createLibraryStore } from '../../components/dashboard/library-store';
import { capture, extraction } from './make';

let n = 0;
const dbs: LibraryDB[] = [];
function freshDb() {
  const db = new LibraryDB(`undo-test-${++n}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('undo after the same page came back', () => {
  it('after a re-save (at a variant of its address): one record, its id, corrections and first save', async () => {
    const db = freshDb();
    const { id } = await saveReport(db, capture(), 1000);
    await applyCorrection(db, id, { region: '天门市（更正）' }, 1100);
    await saveReport(
      db,
      capture({ extraction: extraction({ region: '仙桃市' }), url: 'http://www.xiantao.gov.cn/', text: '仙桃' }),
      1200,
    );
    const lib = createLibraryStore(dexieSource(db));
    await lib.load();
    await lib.remove(id);
    const again = await saveReport(
      db,
      capture({ url: `${capture().url}?from=singlemessage`, text: `${capture().text}\n更新` }),
      2000,
    );
    expect(again.status).toBe('created');
    await lib.load(); // the list shows the new copy
    await lib.undo();
    expect(await db.reports.count()).toBe(2);
    const back = (await db.reports.get(id))!;
    expect(back).toMatchObject({ savedAt: 1000, updatedAt: 2000, corrections: { region: '天门市（更正）' } });
    expect(back.urls).toEqual([capture().url]); // the variant is the same address
    expect((await db.texts.get(id))!.text).toContain('更新');
    expect(await db.reports.get(again.id)).toBeUndefined();
    expect(await db.texts.get(again.id)).toBeUndefined();
    expect(await db.summaries.get(again.id)).toBeUndefined();
    expect(await db.targets.get(again.id)).toBeUndefined();
    expect(
      lib.store
        .get()
        .summaries.map((s) => s.id)
        .sort(),
    ).toEqual([id, id + 1].sort());
  });

  it('after importing a backup that holds it', async () => {
    const db = freshDb();
    const { id } = await saveReport(db, capture(), 1000);
    const backup = await exportBackup(db);
    const src = dexieSource(db);
    const removed = (await src.remove(id))!;
    expect(await importBackup(db, backup)).toMatchObject({ ok: true, added: 1 });
    const gone = await src.restore(removed);
    expect(gone).toHaveLength(1);
    expect(await db.reports.count()).toBe(1);
    expect(await db.reports.toCollection().primaryKeys()).toEqual([id]);
  });

  it('without anything saved meanwhile: exactly the record deleted', async () => {
    const db = freshDb();
    const { id } = await saveReport(db, capture(), 1000);
    const src = dexieSource(db);
    const before = await db.reports.get(id);
    expect(await src.restore((await src.remove(id))!)).toEqual([]);
    expect(await db.reports.get(id)).toEqual(before);
  });
});
