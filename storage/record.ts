// What the library keeps for one saved page.
import type { Extraction, Kind } from '../core/types';

/** A user's fix of an item's value. The key is `itemKey(list, item)`, stable across re-extraction. */
export interface ItemCorrection {
  value: number | null;
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
  item?: { key: string; value: number | null };
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
