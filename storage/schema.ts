// The library's schema as history: every version stays, with the upgrade that moved data to it.
// Index only what is queried: by address, by content, by (region, year, kind) for duplicates, by save time.
import type { Dexie, Transaction } from 'dexie';
import { deriveKeys } from './corrections';
import type { SavedReport } from './record';

interface SchemaVersion {
  version: number;
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<unknown>;
}

export const SCHEMA: SchemaVersion[] = [
  // v1: one address per report.
  { version: 1, stores: { reports: '++id, url, contentHash, savedAt' } },
  // v2: mirrors (`urls`, multi-entry) and the same report from another site ([region+report_year+kind]).
  // The index keys are copied out of the extraction, with the user's corrections applied.
  {
    version: 2,
    stores: { reports: '++id, url, *urls, contentHash, [region+report_year+kind], savedAt' },
    upgrade: (tx) =>
      tx
        .table('reports')
        .toCollection()
        .modify((r: SavedReport) => {
          r.urls ??= [r.url];
          r.corrections ??= {};
          Object.assign(r, deriveKeys(r.extraction, r.corrections));
        }),
  },
];

export const LATEST_VERSION = SCHEMA[SCHEMA.length - 1].version;

/** Declares versions 1..upTo on a Dexie instance (tests open older versions to check the upgrades). */
export function defineSchema(db: Dexie, upTo = LATEST_VERSION): void {
  for (const v of SCHEMA) {
    if (v.version > upTo) break;
    const version = db.version(v.version).stores(v.stores);
    if (v.upgrade) version.upgrade(v.upgrade);
  }
}
