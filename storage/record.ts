// What the library keeps for one saved page.
import type { Extraction, Kind } from '../core/types';

/** A user's fix of an item's value. The key is `itemKey(list, item)`, stable across re-extraction. */
export interface ItemCorrection {
  value: number | null;
  /** The unit and qualifier as corrected (absent: as read). */
  unit?: string | null;
  qualifier?: string | null;
}

/** Partial overrides the user made. Applied on read, kept apart so a re-save can re-extract without losing them. */
export interface Corrections {
  region?: string | null;
  report_year?: number | null;
  kind?: Kind;
  items?: Record<string, ItemCorrection>;
}

/** One correction as the popup sends it: some metadata fields and/or one item. */
export interface CorrectionPatch {
  region?: string | null;
  report_year?: number | null;
  kind?: Kind;
  item?: { key: string } & ItemCorrection;
  /** Back to what was extracted: these fields' and items' corrections are dropped (`item` keys as in `items`). */
  restore?: { fields?: Array<'region' | 'report_year' | 'kind'>; items?: string[] };
}

export interface SavedReport {
  id?: number;
  url: string; // the address it was first saved from
  urls: string[]; // every address it has been seen at (mirrors), `url` first
  title: string;
  text: string; // the article text the extraction's offsets refer to
  contentHash: string;
  savedAt: number; // epoch ms
  updatedAt: number;
  extraction: Extraction; // as extracted; never edited
  corrections: Corrections;
  // Index keys: the corrected values, kept in step by storage/library.ts.
  region: string | null;
  report_year: number | null;
  kind: Kind;
}

/** The page as the extractor hands it over. */
export interface PageCapture {
  url: string;
  title: string;
  text: string;
  extraction: Extraction;
}

export type SaveStatus = 'created' | 'updated' | 'duplicate-of';

export interface SaveResult {
  status: SaveStatus;
  id: number;
}

/**
 * A `reports` row from schema v3 on: the record without its page text, which lives in `texts`; from v6 on
 * with the keys of its addresses (core/shapes/address.ts), which the library finds a page by.
 */
export type StoredReport = Omit<SavedReport, 'text'> & { addresses: string[] };

/** A `texts` row: the page text of report `id` (tens of kilobytes, read only by views that need it). */
export interface ReportText {
  id: number;
  text: string;
}

/**
 * A `summaries` row: what the dashboard's list, facets and search read for every report, kept small so
 * that 10,000 of them load in one read. Written with the record by storage/rows.ts, never on its own.
 */
export interface ListSummary {
  id: number;
  url: string;
  title: string;
  savedAt: number;
  region: string | null;
  report_year: number | null;
  kind: Kind;
  level: Extraction['level'];
  province: string | null;
}

/**
 * A `targets` row (schema v4): what a report contributes when another report compares itself with it as
 * a peer: its extraction with the user's corrections applied, but without actuals, tasks or progress rows
 * (most of an extraction's size). Peers need only their metadata and their targets' numbers and sentences.
 */
export interface TargetsRow {
  id: number;
  extraction: Extraction;
}
