// One saved report is four rows from schema v4 on: the record (`reports`, indexed for matching), its page
// text (`texts`), its list summary (`summaries`) and its targets for peers (`targets`). The text is most of
// a record's size and is needed only to compare, export or show the report; the list needs a few fields of
// every report; a comparison needs the targets of hundreds of other regions' reports. These helpers are
// the only code that writes or joins the four, always inside a transaction over all of them, so the rows
// of one report never disagree.
import type { LibraryDB } from './db';
import { applyCorrections } from './corrections';
import { addressKey } from '../core/shapes/address';
import type { ListSummary, SavedReport, StoredReport, TargetsRow } from './record';

/** The tables a write of a whole record touches, for `db.transaction('rw', ...recordTables(db), ...)`. */
export const recordTables = (db: LibraryDB) => [db.reports, db.texts, db.summaries, db.targets] as const;

export function summaryOf(r: StoredReport & { id: number }): ListSummary {
  const e = applyCorrections(r.extraction, r.corrections);
  return {
    id: r.id,
    url: r.url,
    title: r.title,
    savedAt: r.savedAt,
    region: r.region,
    report_year: r.report_year,
    kind: r.kind,
    level: e.level,
    province: e.province,
  };
}

/** The record as a peer: corrected, without the lists a peer is never compared on. */
export function targetsOf(r: StoredReport & { id: number }): TargetsRow {
  return {
    id: r.id,
    extraction: { ...applyCorrections(r.extraction, r.corrections), actuals: [], tasks: [], rows: [] },
  };
}

/** The `reports` row of a record: without its text, with the keys of its addresses (the `addresses` index). */
export function toRow(r: SavedReport): StoredReport {
  const { text: _text, addresses: _addresses, ...row } = r as SavedReport & { addresses?: string[] };
  return { ...row, addresses: [...new Set(r.urls.map(addressKey))] };
}

/** Adds (no id) or replaces (with id) a whole record; returns its id. */
export async function putRecord(db: LibraryDB, r: SavedReport): Promise<number> {
  const row = toRow(r);
  const id = (r.id === undefined ? await db.reports.add(row) : await db.reports.put(row)) as number;
  await db.texts.put({ id, text: r.text });
  await db.summaries.put(summaryOf({ ...row, id }));
  await db.targets.put(targetsOf({ ...row, id }));
  return id;
}

/** Adds many records (no ids) at once: the import's path, three bulk writes instead of 3 × n. */
export async function addRecords(db: LibraryDB, records: SavedReport[]): Promise<number[]> {
  if (!records.length) return [];
  const ids = (await db.reports.bulkAdd(records.map(toRow), { allKeys: true })) as number[];
  await db.texts.bulkPut(records.map((r, i) => ({ id: ids[i], text: r.text })));
  await db.summaries.bulkPut(records.map((r, i) => summaryOf({ ...toRow(r), id: ids[i] })));
  await db.targets.bulkPut(records.map((r, i) => targetsOf({ ...toRow(r), id: ids[i] })));
  return ids;
}

/** Replaces many records that have ids. */
export async function putRecords(db: LibraryDB, records: SavedReport[]): Promise<void> {
  if (!records.length) return;
  await db.reports.bulkPut(records.map(toRow));
  await db.texts.bulkPut(records.map((r) => ({ id: r.id!, text: r.text })));
  await db.summaries.bulkPut(records.map((r) => summaryOf({ ...toRow(r), id: r.id! })));
  await db.targets.bulkPut(records.map((r) => targetsOf({ ...toRow(r), id: r.id! })));
}

/** Changes fields of a record other than its text, keeping its summary and targets in step. */
export async function updateRow(
  db: LibraryDB,
  current: StoredReport,
  changes: Partial<StoredReport>,
): Promise<StoredReport> {
  const next = { ...current, ...changes };
  await db.reports.put(next);
  await db.summaries.put(summaryOf({ ...next, id: next.id! }));
  await db.targets.put(targetsOf({ ...next, id: next.id! }));
  return next;
}

/** Joins rows with their texts (a record whose text row is missing gets '' rather than vanishing). */
export async function withTexts(db: LibraryDB, rows: StoredReport[]): Promise<Array<StoredReport & SavedReport>> {
  const texts = await db.texts.bulkGet(rows.map((r) => r.id!));
  return rows.map((r, i) => ({ ...r, text: texts[i]?.text ?? '' }));
}

export async function getRecord(db: LibraryDB, id: number): Promise<(StoredReport & SavedReport) | undefined> {
  const row = await db.reports.get(id);
  return row && (await withTexts(db, [row]))[0];
}

export async function deleteRecord(db: LibraryDB, id: number): Promise<void> {
  await db.reports.delete(id);
  await db.texts.delete(id);
  await db.summaries.delete(id);
  await db.targets.delete(id);
}
