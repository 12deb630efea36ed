// Export and import of the whole library as a JSON backup (format and checks in core/exchange/backup.ts).
// An import is all or nothing: the file is validated in full first, then written in one transaction,
// so a bad, truncated or half-written import leaves the library exactly as it was.
import type { LibraryDB } from './db';
import { deriveKeys } from './corrections';
import type { SavedReport } from './record';
import { addRecords, putRecords, recordTables, withTexts } from './rows';
import { toStorageError, type StorageErrorCode } from './errors';
import { contentHash } from './hash';
import { canonicalUrl } from './library';
import {
  ReportMerge,
  makeBackup,
  parseBackup,
  planImport,
  serializeBackup,
  type BackupError,
  type BackupRecord,
} from '../core/exchange/backup';

export function toBackupRecord(r: SavedReport): BackupRecord {
  return {
    url: r.url,
    urls: r.urls,
    title: r.title,
    text: r.text,
    contentHash: r.contentHash,
    savedAt: r.savedAt,
    updatedAt: r.updatedAt,
    extraction: r.extraction,
    corrections: r.corrections,
  };
}

/** A backup record as the library stores it, with `id` when it replaces that record. */
export function toSaved(r: BackupRecord, id?: number): SavedReport {
  return { ...r, ...(id === undefined ? {} : { id }), ...deriveKeys(r.extraction, r.corrections) };
}

/** The whole library, oldest first, as backup JSON. */
export async function exportBackup(db: LibraryDB, now = new Date()): Promise<string> {
  const records = await db.transaction('r', db.reports, db.texts, async () =>
    withTexts(db, await db.reports.orderBy('savedAt').toArray()),
  );
  return serializeBackup(makeBackup(records.map(toBackupRecord), now));
}

export interface ImportCounts {
  added: number;
  merged: number; // duplicates folded into a record the library had, which changed
  unchanged: number; // duplicates that brought nothing new
}

export type ImportError = Omit<BackupError, 'code'> & { code: BackupError['code'] | StorageErrorCode };
export type ImportResult = ({ ok: true } & ImportCounts) | { ok: false; error: ImportError };

/**
 * Identity key -> id for every record (core/exchange/backup.ts identityKeys), read from the indexes; only
 * progress notices are loaded, for their period (a few per region and year).
 */
async function identityIndex(db: LibraryDB): Promise<Map<string, number>> {
  const map = new Map<string, number>();
  const set = (k: string, id: number) => {
    if (!map.has(k)) map.set(k, id);
  };
  const notices: Array<[string, number]> = [];
  await db.reports.orderBy('addresses').eachKey((key, c) => set('url:' + String(key), c.primaryKey as number));
  await db.reports.orderBy('contentHash').eachKey((key, c) => set('hash:' + String(key), c.primaryKey as number));
  await db.reports.orderBy('[region+report_year+kind]').eachKey((key, c) => {
    const k = 'report:' + (key as unknown[]).join('|');
    if ((key as unknown[])[2] === 'progress') notices.push([k, c.primaryKey as number]);
    else set(k, c.primaryKey as number);
  });
  const periods = await db.reports.bulkGet(notices.map(([, id]) => id));
  notices.forEach(([k, id], i) => set(`${k}|${periods[i]?.extraction.period ?? ''}`, id));
  return map;
}

// Key order differs between a stored record and one rebuilt from JSON; compare canonically.
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(
          Object.keys(x)
            .sort()
            .map((k) => [k, x[k]]),
        )
      : x,
  );

/**
 * A record as the library would have saved it: addresses without fragments, and the content hash of its
 * own text (a file's hash is never trusted: it decides which record an import merges into).
 */
async function asSaved(r: BackupRecord): Promise<BackupRecord> {
  const url = canonicalUrl(r.url);
  return {
    ...r,
    url,
    urls: [...new Set([url, ...r.urls.map(canonicalUrl)])],
    contentHash: await contentHash(r.text),
  };
}

export async function importBackup(db: LibraryDB, text: string): Promise<ImportResult> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const incoming: BackupRecord[] = [];
  for (const r of parsed.backup.reports) incoming.push(await asSaved(r));
  try {
    return await db.transaction('rw', recordTables(db), async () => {
      const plan = planImport(incoming, await identityIndex(db));
      const ids = [...plan.merges.keys()];
      const rows = await db.reports.bulkGet(ids);
      if (rows.some((r) => !r)) throw new Error(`record ${ids[rows.findIndex((r) => !r)]} vanished during the import`);
      const current = await withTexts(
        db,
        rows.map((r) => r!),
      );
      const changed: SavedReport[] = [];
      current.forEach((r, i) => {
        const before = toBackupRecord(r);
        const merge = new ReportMerge(before);
        for (const copy of plan.merges.get(ids[i])!) merge.add(copy);
        const after = merge.result();
        if (canonical(after) !== canonical(before)) changed.push(toSaved(after, r.id));
      });
      await putRecords(db, changed);
      await addRecords(
        db,
        plan.adds.map((r) => toSaved(r)),
      );
      return {
        ok: true as const,
        added: plan.adds.length,
        merged: changed.length,
        unchanged: ids.length - changed.length,
      };
    });
  } catch (e) {
    // The transaction rolled back: nothing of the file was written. Storage full has its own code (the page
    // says it in the user's language); another failure keeps its own message.
    const failure = toStorageError(e);
    const message = failure.code === 'write_failed' ? (e instanceof Error ? e.message : String(e)) : failure.message;
    return { ok: false, error: { code: failure.code, message } };
  }
}
