// The library's queries and writes. Every function takes the database, so tests give each case its own.
import type { LibraryDB } from './db';
import { applyCorrections, deriveKeys, mergeCorrection } from './corrections';
import { contentHash } from './hash';
import type { CorrectionPatch, PageCapture, SaveResult, StoredReport } from './record';
import { putRecord, recordTables, updateRow } from './rows';
import { StorageError, toStorageError } from './errors';
import type { Extraction } from '../core/types';
import { addressKey } from '../core/shapes/address';

/** How a page is known to the library: at its address, by its content (a mirror), as another site's copy. */
export type MatchVia = 'url' | 'content' | 'same-report';

/**
 * Whether a page is saved, as the badge and the popup both say it: saved at this address (any variant of it:
 * core/shapes/address.ts), or saved from another address (a mirror with the same text, or another site's copy
 * of the same region, year and kind).
 */
export type SavedState = 'here' | 'elsewhere' | null;

export const savedState = (via: MatchVia | null | undefined): SavedState =>
  !via ? null : via === 'url' ? 'here' : 'elsewhere';

/** The fragment never changes the document a server sends. */
export function canonicalUrl(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** The saved record at this address or a variant of it (without its text: callers ask whether, and which). */
export function getByUrl(db: LibraryDB, url: string): Promise<StoredReport | undefined> {
  return db.reports.where('addresses').equals(addressKey(url)).first();
}

/** What the same-report rule reads of a page. */
export type ReportIdentity = Pick<Extraction, 'kind' | 'region' | 'report_year' | 'period'>;

/**
 * Another site's copy of the same report: same region, year and kind, and not an 'other' page. A county
 * publishes several progress notices a year (H1, Q3, the year's end): for those the period must agree too.
 */
async function sameReport(db: LibraryDB, e: ReportIdentity): Promise<StoredReport | undefined> {
  if (e.kind === 'other' || !e.region || e.report_year === null) return undefined;
  const same = db.reports.where('[region+report_year+kind]').equals([e.region, e.report_year, e.kind]);
  if (e.kind !== 'progress') return same.first();
  // A handful of rows at most; read with getAll, not walked with a cursor.
  return (await same.toArray()).find((r) => (r.extraction.period ?? null) === (e.period ?? null));
}

/**
 * The saved records that are the same report as `r` by any rule of findRow: one of its addresses, its
 * content, or its region, year and kind (corrected; for a notice, with its period). From the indexes.
 */
export async function sameAs(
  db: LibraryDB,
  r: Pick<StoredReport, 'urls' | 'contentHash' | 'extraction' | 'corrections'>,
): Promise<StoredReport[]> {
  const found = new Map<number, StoredReport>();
  const add = (rows: StoredReport[]) => rows.forEach((x) => found.set(x.id!, x));
  add(
    await db.reports
      .where('addresses')
      .anyOf([...new Set(r.urls.map(addressKey))])
      .toArray(),
  );
  add(await db.reports.where('contentHash').equals(r.contentHash).toArray());
  const e = effectiveExtraction(r);
  if (e.kind !== 'other' && e.region && e.report_year !== null) {
    const same = await db.reports
      .where('[region+report_year+kind]')
      .equals([e.region, e.report_year, e.kind])
      .toArray();
    add(same.filter((x) => e.kind !== 'progress' || (x.extraction.period ?? null) === (e.period ?? null)));
  }
  return [...found.values()];
}

/**
 * What a page is known by. The popup knows all three (it has read the page); the badge knows the address and,
 * from the content script's few lines, often the region, year and kind, but not the content (`hash` null).
 */
type PageKeys = { url: string; hash: string | null; extraction: ReportIdentity | null };

/**
 * The match by the one rule the badge and the popup share, in order: address, content, same report. From the
 * indexes alone, without reading the record's text (the popup's state needs none).
 */
export async function findRow(db: LibraryDB, page: PageKeys): Promise<{ via: MatchVia; record: StoredReport } | null> {
  const byUrl = await getByUrl(db, page.url);
  if (byUrl) return { via: 'url', record: byUrl };
  const byContent = page.hash === null ? undefined : await db.reports.where('contentHash').equals(page.hash).first();
  if (byContent) return { via: 'content', record: byContent };
  const same = page.extraction && (await sameReport(db, page.extraction));
  return same ? { via: 'same-report', record: same } : null;
}

/**
 * Characters of page text a save takes. Real reports are tens of thousands, a compilation of several a few
 * hundred thousand; a page with millions is a data dump, and its capture nears the browser's 64 MiB message
 * limit. Within the import's limit (core/exchange/backup-shape.ts MAX_TEXT), so every record can be restored.
 */
export const MAX_PAGE_TEXT = 8_000_000;

/**
 * Saves a captured page. The same address or the same content updates the record in place (re-extracted,
 * corrections kept, the address added to its mirrors); the same report from another site is not stored
 * twice: the caller gets `duplicate-of` and the id of the record already in the library.
 */
export async function saveReport(db: LibraryDB, page: PageCapture, now = Date.now()): Promise<SaveResult> {
  if (!page.text.trim()) throw new StorageError('empty_page');
  if (page.text.length > MAX_PAGE_TEXT) throw new StorageError('page_too_large');
  const url = canonicalUrl(page.url);
  const hash = await contentHash(page.text);
  // One transaction: a save that fails (storage full) leaves no part of itself behind, and two saves of
  // the same page at once run one after the other, so the second finds the first and updates it.
  try {
    return await db.transaction('rw', recordTables(db), async () => {
      const match = await findRow(db, { url, hash, extraction: page.extraction });
      if (match?.via === 'same-report') return { status: 'duplicate-of', id: match.record.id! };
      if (match) {
        const r = match.record;
        // A variant of a known address (a share's tracking parameter, www.) adds nothing to the list.
        const known = r.addresses.includes(addressKey(url));
        await putRecord(db, {
          ...r,
          urls: known ? r.urls : [...r.urls, url],
          title: page.title,
          text: page.text,
          contentHash: hash,
          extraction: page.extraction,
          updatedAt: now,
          ...deriveKeys(page.extraction, r.corrections),
        });
        return { status: 'updated', id: r.id! };
      }
      const id = await putRecord(db, {
        url,
        urls: [url],
        title: page.title,
        text: page.text,
        contentHash: hash,
        savedAt: now,
        updatedAt: now,
        extraction: page.extraction,
        corrections: {},
        ...deriveKeys(page.extraction, {}),
      });
      return { status: 'created', id };
    });
  } catch (e) {
    throw toStorageError(e);
  }
}

export async function applyCorrection(
  db: LibraryDB,
  id: number,
  patch: CorrectionPatch,
  now = Date.now(),
): Promise<StoredReport> {
  try {
    return await db.transaction('rw', db.reports, db.summaries, db.targets, async () => {
      const r = await db.reports.get(id);
      if (!r) throw new Error(`no saved report ${id}`);
      const corrections = mergeCorrection(r.corrections, patch);
      return updateRow(db, r, { corrections, updatedAt: now, ...deriveKeys(r.extraction, corrections) });
    });
  } catch (e) {
    throw isMissing(e) ? e : toStorageError(e);
  }
}

const isMissing = (e: unknown) =>
  e instanceof Error && !(e instanceof StorageError) && e.message.startsWith('no saved report');

export function countReports(db: LibraryDB): Promise<number> {
  return db.reports.count();
}

/** What views show for a saved record: its extraction with the user's corrections applied. */
export function effectiveExtraction(r: Pick<StoredReport, 'extraction' | 'corrections'>): Extraction {
  return applyCorrections(r.extraction, r.corrections);
}
