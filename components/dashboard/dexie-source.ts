// The dashboard's library over Dexie. The list is built from index keys alone (key cursors do not
// deserialise records), so 10,000 saved reports with their full texts cost a few index scans, not
// reading every text. Records are loaded only for the rows, region or year on screen.
import type { LibraryDB } from '../../storage/db';
import { effectiveExtraction } from '../../storage/library';
import type { SavedReport } from '../../storage/record';
import type { Kind } from '../../core/types';
import type { LibrarySource, LoadedReport, Removed, ReportSummary } from './source';

const toLoaded = (r: SavedReport, withText: boolean): LoadedReport => ({
  id: r.id!, title: r.title, url: r.url, savedAt: r.savedAt, extraction: effectiveExtraction(r),
  ...(withText ? { text: r.text } : {}),
});

export function dexieSource(db: LibraryDB): LibrarySource {
  const t = db.reports;
  return {
    summaries: () =>
      db.transaction('r', t, async () => {
        // Primary keys come in one getAllKeys call; the compound index needs one key-cursor pass.
        const byKey = t.orderBy('[region+report_year+kind]');
        const [ids, keys, keyIds] = await Promise.all([t.toCollection().primaryKeys(), byKey.keys(), byKey.primaryKeys()]);
        const meta = new Map<number, [string, number, Kind]>();
        keys.forEach((k, i) => meta.set(keyIds[i] as number, k as unknown as [string, number, Kind]));
        // IndexedDB leaves a record out of a compound index when a part is null (no region or year yet):
        // those few are read whole.
        const missing = (ids as number[]).filter((id) => !meta.has(id));
        const extra = new Map((await t.bulkGet(missing)).map((r) => [r!.id!, r!]));
        return (ids as number[]).map((id): ReportSummary => {
          const m = meta.get(id);
          if (m) return { id, region: m[0], report_year: m[1], kind: m[2] };
          const r = extra.get(id);
          return { id, region: r?.region ?? null, report_year: r?.report_year ?? null, kind: r?.kind ?? 'other' };
        });
      }),

    async details(ids) {
      const rows = await t.bulkGet(ids);
      return new Map(rows.filter((r): r is SavedReport => !!r).map((r) => [r.id!, { title: r.title, savedAt: r.savedAt }]));
    },

    async allTitles() {
      const out = new Map<number, string>();
      // A title index, if the schema ever gets one, answers from keys; otherwise one pass over the records.
      if (t.schema.idxByName.title) await t.orderBy('title').eachKey((k, c) => out.set(c.primaryKey as number, String(k)));
      else await t.each((r) => out.set(r.id!, r.title));
      return out;
    },

    async load(ids, withText = false) {
      const rows = await t.bulkGet(ids);
      return rows.filter((r): r is SavedReport => !!r).map((r) => toLoaded(r, withText));
    },

    remove: (id) =>
      db.transaction('rw', t, async () => {
        const record = await t.get(id);
        if (!record) return null;
        await t.delete(id);
        return { id, record };
      }),

    async restore(removed: Removed) {
      await t.put(removed.record as SavedReport); // same id: everything that pointed at it still does
    },
  };
}
