// The dashboard's library over Dexie (components/dashboard/source.ts says what it must answer).
// The list reads the small `summaries` rows (schema v3) in one getAll: 10,000 saved reports cost one read of
// a few megabytes, not their texts, and titles for search come with them. Records are loaded only for the
// rows, region or year on screen, and their texts only for the views that need them.
import type { LibraryDB } from './db';
import { effectiveExtraction, sameAs } from './library';
import { toBackupRecord, toSaved } from './backup';
import { ReportMerge } from '../core/exchange/backup';
import type { ListSummary, SavedReport, StoredReport } from './record';
import { getRecord, putRecord, recordTables, deleteRecord, withTexts } from './rows';
import { toStorageError } from './errors';
import type { LibrarySource, LoadedReport, Removed, ReportSummary } from './source';

const toLoaded = (r: StoredReport, text?: string): LoadedReport => ({
  id: r.id!,
  title: r.title,
  url: r.url,
  savedAt: r.savedAt,
  extraction: effectiveExtraction(r),
  ...(text === undefined ? {} : { text }),
});

export function dexieSource(db: LibraryDB): LibrarySource {
  // The titles come with the summaries: a search right after the list loads needs no second read.
  let titles: Map<number, string> | null = null;
  const remember = (rows: ListSummary[]) => {
    titles = new Map(rows.map((r) => [r.id, r.title]));
    return rows;
  };

  return {
    summaries: async () =>
      remember(await db.summaries.toArray()).map((r): ReportSummary => ({
        id: r.id,
        region: r.region,
        report_year: r.report_year,
        kind: r.kind,
      })),

    async details(ids) {
      const rows = await db.summaries.bulkGet(ids);
      return new Map(
        rows.filter((r): r is ListSummary => !!r).map((r) => [r.id, { title: r.title, savedAt: r.savedAt }]),
      );
    },

    async allTitles() {
      if (!titles) remember(await db.summaries.toArray());
      return titles!;
    },

    async load(ids, withText = false) {
      const rows = (await db.reports.bulkGet(ids)).filter((r): r is StoredReport => !!r);
      if (!withText) return rows.map((r) => toLoaded(r));
      const texts = await db.texts.bulkGet(rows.map((r) => r.id!));
      return rows.map((r, i) => toLoaded(r, texts[i]?.text ?? ''));
    },

    // Writes fail as StorageErrors (storage/errors.ts), which the page shows in the user's language.
    remove: (id) =>
      db
        .transaction('rw', recordTables(db), async () => {
          const record = await getRecord(db, id);
          if (!record) return null;
          await deleteRecord(db, id);
          return { id, record };
        })
        .then(
          (removed) => {
            if (removed) titles?.delete(id);
            return removed;
          },
          (e) => Promise.reject(toStorageError(e)),
        ),

    async restore(removed: Removed) {
      // Same id: everything that pointed at it still does. The page may have been saved or imported again
      // since it was deleted: that record is folded into this one (its newer text, this one's corrections
      // and first save), so that one report stays one record.
      const record = removed.record as SavedReport;
      let gone: number[];
      try {
        gone = await db.transaction('rw', recordTables(db), async () => {
          const again = (await sameAs(db, record)).filter((r) => r.id !== record.id);
          const merge = new ReportMerge(toBackupRecord(record));
          for (const r of await withTexts(db, again)) merge.add(toBackupRecord(r));
          for (const r of again) await deleteRecord(db, r.id!);
          await putRecord(db, again.length ? toSaved(merge.result(), record.id) : record);
          return again.map((r) => r.id!);
        });
      } catch (e) {
        throw toStorageError(e);
      }
      titles?.set(record.id!, record.title);
      for (const id of gone) titles?.delete(id);
      return gone;
    },
  };
}
