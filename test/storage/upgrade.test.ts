// Every schema version upgrades from every earlier one with nothing lost: the database is opened as that
// version wrote it, seeded with rows, and reopened with the current schema.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { LibraryDB } from '../../storage/db';
import { LATEST_VERSION, SCHEMA, defineSchema } from '../../storage/schema';
import { applyCorrection, findRow, getByUrl, saveReport } from '../../storage/library';
import { itemKey } from '../../storage/corrections';
import { exportBackup } from '../../storage/backup';
import { dexieSource } from '../../storage/summaries';
import { capture, extraction, list } from './make';
import { withTexts } from '../../storage/rows';

/** The match with its record's text, as a save sees it. */
async function findMatch(db: LibraryDB, page: Parameters<typeof findRow>[1]) {
  const m = await findRow(db, page);
  return m && { via: m.via, record: (await withTexts(db, [m.record]))[0] };
}

// Rows as version 1 wrote them: no mirrors, no index keys; one has a correction made under v1.
const V1_ROWS = [
  {
    url: 'http://a.gov.cn/1',
    title: 'A',
    text: 'a',
    contentHash: 'h1',
    savedAt: 1,
    updatedAt: 1,
    extraction: extraction(),
    corrections: {},
  },
  {
    url: 'http://b.gov.cn/2',
    title: 'B',
    text: 'b',
    contentHash: 'h2',
    savedAt: 2,
    updatedAt: 3,
    extraction: extraction({ region: null, kind: 'other' }),
    corrections: { region: '高安市', kind: 'gwr' },
  },
];
// Version 2 added the mirrors and the index keys.
const V2_ROWS = V1_ROWS.map((r, i) => ({
  ...r,
  urls: [r.url],
  ...(i === 0
    ? { region: '天门市', report_year: 2023, kind: 'gwr' }
    : { region: '高安市', report_year: 2023, kind: 'gwr' }),
}));

async function seed(name: string, version: number, rows: object[]): Promise<void> {
  const old = new Dexie(name);
  defineSchema(old, version);
  await old.open();
  await old.table('reports').bulkAdd(rows);
  expect(old.verno).toBe(version);
  old.close();
}

/** What every upgraded library must hold, whatever version it started from. */
async function expectUpgraded(db: LibraryDB): Promise<void> {
  expect(db.verno).toBe(LATEST_VERSION);
  const rows = await list(db); // newest first, texts joined back
  expect(rows.map((r) => r.id)).toEqual([2, 1]);
  expect(rows[1]).toMatchObject({
    id: 1,
    url: 'http://a.gov.cn/1',
    urls: ['http://a.gov.cn/1'],
    title: 'A',
    text: 'a',
    contentHash: 'h1',
    region: '天门市',
    report_year: 2023,
    kind: 'gwr',
  });
  expect(rows[1].extraction).toEqual(extraction());
  expect(rows[0]).toMatchObject({
    text: 'b',
    urls: ['http://b.gov.cn/2'],
    updatedAt: 3,
    region: '高安市',
    kind: 'gwr',
    corrections: { region: '高安市', kind: 'gwr' },
  });
  // v3: the text left the indexed rows; the list's summaries exist for every record.
  expect(await db.reports.get(1)).not.toHaveProperty('text');
  expect(await db.texts.toArray()).toEqual([
    { id: 1, text: 'a' },
    { id: 2, text: 'b' },
  ]);
  expect(await db.summaries.get(2)).toEqual({
    id: 2,
    url: 'http://b.gov.cn/2',
    title: 'B',
    savedAt: 2,
    region: '高安市',
    report_year: 2023,
    kind: 'gwr',
    level: 'county',
    province: '湖北省',
  });
  // v4: every record has its peer row (corrections applied, no actuals), and summaries are found by year and kind.
  expect(await db.targets.get(2)).toEqual({ id: 2, extraction: { ...extraction({ region: '高安市' }), actuals: [] } });
  expect((await db.targets.get(1))?.extraction.targets).toEqual(extraction().targets);
  expect((await db.summaries.where('[report_year+kind]').equals([2023, 'gwr']).primaryKeys()).sort()).toEqual([1, 2]);
  // The indexes answer queries on upgraded rows, and the views find the text.
  expect((await getByUrl(db, 'http://b.gov.cn/2'))?.title).toBe('B');
  expect(await db.reports.where('[region+report_year+kind]').equals(['天门市', 2023, 'gwr']).count()).toBe(1);
  expect((await findMatch(db, { url: 'http://a.gov.cn/1', hash: 'x', extraction: extraction() }))?.record.text).toBe(
    'a',
  );
  const src = dexieSource(db);
  expect((await src.load([1], true))[0].text).toBe('a');
  expect((await src.summaries()).map((s) => s.region).sort()).toEqual(['天门市', '高安市']);
  expect(JSON.parse(await exportBackup(db)).reports.map((r: { text: string }) => r.text)).toEqual(['a', 'b']);
  // Saving the same page twice after the upgrade still updates the one record.
  const page = capture({ url: 'http://a.gov.cn/1', text: 'a' });
  expect((await saveReport(db, page)).status).toBe('updated');
  expect((await saveReport(db, page)).status).toBe('updated');
  expect(await db.reports.count()).toBe(2);
  expect(await db.texts.count()).toBe(2);
  expect(await db.summaries.count()).toBe(2);
  expect(await db.targets.count()).toBe(2);
}

describe('schema upgrade', () => {
  it('declares consecutive versions, the latest being 6', () => {
    expect(SCHEMA.map((v) => v.version)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(LATEST_VERSION).toBe(6);
  });

  it('v4 -> latest: repairs a library whose key generator an imported id had moved past its last value', async () => {
    // As v4 left it after importing ids from a file: a huge id (deleted again: the generator stays moved),
    // another huge one, a string and a fraction.
    const old = new Dexie('upgrade-poisoned');
    defineSchema(old, 4);
    await old.open();
    const ids: unknown[] = [1, 2 ** 53, 2 ** 53 - 1, 'abc', 3.5, 2];
    for (const [i, id] of ids.entries()) {
      const e = extraction({ region: `地区${i}` });
      const row = {
        id,
        url: `http://r${i}.gov.cn/`,
        urls: [`http://r${i}.gov.cn/`],
        title: `T${i}`,
        contentHash: `h${i}`,
      };
      await old.table('reports').add({
        ...row,
        savedAt: i,
        updatedAt: i,
        extraction: e,
        corrections: {},
        region: e.region,
        report_year: 2023,
        kind: 'gwr',
      });
      await old.table('texts').add({ id, text: `text ${i}` });
      await old.table('summaries').add({
        id,
        url: row.url,
        title: row.title,
        savedAt: i,
        region: e.region,
        report_year: 2023,
        kind: 'gwr',
        level: 'county',
        province: '湖北省',
      });
      await old.table('targets').add({ id, extraction: { ...e, actuals: [] } });
    }
    await old.table('reports').delete(2 ** 53);
    await old.table('texts').delete(2 ** 53);
    await old.table('summaries').delete(2 ** 53);
    await old.table('targets').delete(2 ** 53);
    await expect(old.table('reports').add({ url: 'x' })).rejects.toThrow(); // poisoned: no save works
    old.close();

    const db = new LibraryDB('upgrade-poisoned');
    await db.open();
    // Good ids kept; the others renumbered after the largest good id, in key order (numbers, then strings).
    const rows = await db.reports.orderBy('id').toArray();
    expect(rows.map((r) => [r.id, r.title])).toEqual([
      [1, 'T0'],
      [2, 'T5'],
      [3, 'T4'],
      [4, 'T2'],
      [5, 'T3'],
    ]);
    for (const r of rows) {
      expect((await db.texts.get(r.id!))?.text).toBe(`text ${r.title.slice(1)}`);
      expect((await db.summaries.get(r.id!))?.title).toBe(r.title);
      expect((await db.targets.get(r.id!))?.extraction.region).toBe(r.region);
    }
    expect(await db.texts.count()).toBe(5);
    expect(await db.summaries.count()).toBe(5);
    expect(await db.targets.count()).toBe(5);
    // Saving works again, and goes on from the largest id.
    expect(await saveReport(db, capture({ extraction: extraction({ region: '新地区' }) }))).toEqual({
      status: 'created',
      id: 6,
    });
    await db.delete();
  });

  it('v1 -> latest: keeps every row, fills the v2 fields, moves texts out (v3)', async () => {
    await seed('upgrade-v1', 1, V1_ROWS);
    const db = new LibraryDB('upgrade-v1');
    await db.open();
    await expectUpgraded(db);
    await db.delete();
  });

  it('v2 -> latest: moves the texts out and writes the summaries', async () => {
    await seed('upgrade-v2', 2, V2_ROWS);
    const db = new LibraryDB('upgrade-v2');
    await db.open();
    await expectUpgraded(db);
    await db.delete();
  });

  it('v3 -> latest: writes the targets rows and keeps the texts and summaries', async () => {
    // Rows as version 3 wrote them, through its own upgrade from v2 (texts and summaries moved out).
    await seed('upgrade-v3', 2, V2_ROWS);
    const v3 = new Dexie('upgrade-v3');
    defineSchema(v3, 3);
    await v3.open();
    expect(v3.verno).toBe(3);
    expect(v3.tables.map((t) => t.name).sort()).toEqual(['reports', 'summaries', 'texts']);
    v3.close();
    const db = new LibraryDB('upgrade-v3');
    await db.open();
    await expectUpgraded(db);
    await db.delete();
  });

  it('upgrades a library larger than one batch, with nothing left behind', async () => {
    const n = 450; // more than two upgrade batches of 200
    await seed(
      'upgrade-many',
      2,
      Array.from({ length: n }, (_, i) => ({
        ...V2_ROWS[0],
        url: `http://a.gov.cn/${i}`,
        urls: [`http://a.gov.cn/${i}`],
        text: `text ${i}`,
        contentHash: `h${i}`,
      })),
    );
    const db = new LibraryDB('upgrade-many');
    await db.open();
    expect(await db.texts.count()).toBe(n);
    expect(await db.summaries.count()).toBe(n);
    expect(await db.targets.count()).toBe(n);
    expect(await db.reports.filter((r) => 'text' in r).count()).toBe(0);
    expect((await db.texts.get(n))?.text).toBe(`text ${n - 1}`);
    await db.delete();
  });
});

// ---- every old version, upgraded through every step, holds what a fresh save writes today ----

/** Pages saved (with corrections made and a mirror seen) into a fresh library of the latest version. */
async function savedToday(name: string, { mirrors = true } = {}): Promise<LibraryDB> {
  const db = new LibraryDB(name);
  const a = await saveReport(db, capture(), 1000);
  // A mirror: the same content at another address (v1 kept one address per record).
  if (mirrors) await saveReport(db, capture({ url: 'http://zwgk.tianmen.gov.cn/m/a.html' }), 1500);
  const target = extraction().targets[0];
  await applyCorrection(db, a.id, { item: { key: itemKey('targets', target), value: 6.5 } }, 1600);
  const b = await saveReport(
    db,
    capture({
      url: 'http://www.gaoan.gov.cn/b.html',
      text: '高安市政府工作报告',
      extraction: extraction({ region: null, kind: 'other', level: null, province: null }),
    }),
    2000,
  );
  await applyCorrection(db, b.id, { region: '高安市', kind: 'gwr' }, 2100);
  await saveReport(
    db,
    capture({
      url: 'http://www.tianmen.gov.cn/p.html',
      text: '天门市2023年上半年政府工作报告重点任务进展情况',
      extraction: extraction({
        kind: 'progress',
        period: 'H1',
        targets: [],
        actuals: [],
        rows: [
          {
            no: 1,
            task: '新建高标准农田10万亩',
            lead: ['市农业农村局'],
            partners: [],
            progress: '',
            status: '有序推进',
          },
        ],
      }),
    }),
    3000,
  );
  await saveReport(
    db,
    capture({ url: 'http://www.example.gov.cn/news', text: '新闻', extraction: extraction({ kind: 'other' }) }),
    4000,
  );
  return db;
}

/** The tables of each old version, each with the table of today that holds its rows. */
const TABLES_AT: Record<number, Record<string, string>> = {
  1: { reports: 'reports' },
  2: { reports: 'reports' },
  3: { reports: 'reports', texts: 'texts', summaries: 'summaries' },
  4: { reports: 'reports', texts: 'texts', summaries: 'summaries', targets: 'targets' },
  5: { rebuild: 'reports', texts: 'texts', summaries: 'summaries', targets: 'targets' },
};
/** Fields of a `reports` row that a version did not write yet (derived by a later step's upgrade). */
const LATER_FIELDS: Record<number, string[]> = {
  1: ['urls', 'region', 'report_year', 'kind', 'addresses'],
  2: ['addresses'],
  3: ['addresses'],
  4: ['addresses'],
  5: ['addresses'],
};

async function dump(db: Dexie): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of db.tables.map((t) => t.name).sort()) out[t] = await db.table(t).toArray();
  return out;
}

describe('an old library upgraded through every step', () => {
  it('covers every old version', () => {
    expect(Object.keys(TABLES_AT).map(Number)).toEqual(SCHEMA.slice(0, -1).map((v) => v.version));
  });

  for (const version of SCHEMA.slice(0, -1).map((v) => v.version)) {
    it(`v${version} -> latest holds exactly the rows a fresh save writes`, async () => {
      const fresh = await savedToday(`fresh-${version}`, { mirrors: version > 1 });
      const expected = await dump(fresh);
      // The library as version `version` wrote it: its tables, and in `reports` its fields (the text in the
      // row before v3).
      const texts = new Map((expected.texts as Array<{ id: number; text: string }>).map((t) => [t.id, t.text]));
      const old = new Dexie(`old-${version}`);
      defineSchema(old, version);
      await old.open();
      for (const [table, today] of Object.entries(TABLES_AT[version])) {
        let rows = expected[today] as Array<Record<string, unknown>>;
        if (today === 'reports') {
          rows = rows.map((r) => {
            const row: Record<string, unknown> = { ...r, ...(version < 3 ? { text: texts.get(r.id as number) } : {}) };
            for (const f of LATER_FIELDS[version]) delete row[f];
            return row;
          });
        }
        await old.table(table).bulkAdd(rows);
      }
      expect(old.verno).toBe(version);
      old.close();

      const db = new LibraryDB(`old-${version}`);
      await db.open();
      expect(await dump(db)).toEqual(expected);
      await db.delete();
      await fresh.delete();
    });
  }
});
