// What the dashboard asks of the library. Its stores (components/dashboard) depend on this interface only,
// so tests give them an in-memory library and the page gives them Dexie (storage/summaries.ts).
import type { Extraction, Kind } from '../core/types';

/** The light projection a list row needs: read from indexes, never the page text. */
export interface ReportSummary {
  id: number; // ids grow with each save: the list runs newest first by id
  region: string | null;
  report_year: number | null;
  kind: Kind;
}

export interface RowDetail {
  title: string;
  savedAt: number;
}

/** A report as the views use it: corrections applied, with its text only where a view needs it. */
export interface LoadedReport {
  id: number;
  title: string;
  url: string;
  savedAt: number;
  extraction: Extraction;
  text?: string;
}

/** Opaque to the stores: what `remove` hands back so that `restore` can undo it exactly. */
export type Removed = { readonly id: number; readonly record: unknown };

export interface LibrarySource {
  summaries(): Promise<ReportSummary[]>;
  /** What a list row shows beyond the summary, for the given ids (a page of the list). */
  details(ids: number[]): Promise<Map<number, RowDetail>>;
  /** Every title, for searching; may be slow once on a large library. */
  allTitles(): Promise<Map<number, string>>;
  /** Full reports, text included only when asked. */
  load(ids: number[], withText?: boolean): Promise<LoadedReport[]>;
  remove(id: number): Promise<Removed | null>;
  /**
   * Puts a removed record back under its id. When the same report was saved or imported again meanwhile,
   * that record is folded into it: the ids of such records (gone from the library) are returned.
   */
  restore(removed: Removed): Promise<number[]>;
}
