// The library's schema as history: every version stays, with the upgrade that moved data to it.
// Index only what is queried: by address, by content, by (region, year, kind) for duplicates, by save time,
// and (year, kind) for a comparison's peers. Each upgrade lives in its own module (storage/upgrades/) with a
// frozen copy of the helpers it used: what an old step writes never changes with today's code.
import type { Dexie, Transaction } from 'dexie';
import { upgradeV2 } from './upgrades/v2';
import { upgradeV3 } from './upgrades/v3';
import { upgradeV4 } from './upgrades/v4';
import { upgradeV5 } from './upgrades/v5';
import { upgradeV6 } from './upgrades/v6';

interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
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
    upgrade: upgradeV2,
  },
  // v3: the page text moves out of `reports` into `texts`, and the list gets its own small `summaries`
  // rows (storage/rows.ts). Reading 10,000 records with their texts took seconds; the list now reads
  // summaries only, and a report's text is read when a view needs it.
  {
    version: 3,
    stores: {
      reports: '++id, url, *urls, contentHash, [region+report_year+kind], savedAt',
      texts: 'id',
      summaries: 'id',
    },
    upgrade: upgradeV3,
  },
  // v4: a comparison's peers (one report per region of the same year and kind) are found through the small
  // summaries by [report_year+kind], and read from `targets` rows: metadata and targets only. Walking the
  // [region+report_year+kind] keys of 10,000 reports and reading 300 whole extractions took two seconds.
  {
    version: 4,
    stores: {
      reports: '++id, url, *urls, contentHash, [region+report_year+kind], savedAt',
      texts: 'id',
      summaries: 'id, [report_year+kind]',
      targets: 'id',
    },
    upgrade: upgradeV4,
  },
  // v5 and v6: the `reports` store rebuilt, so that its key generator starts again after the largest id (a
  // backup's id of 2^53, imported before ids were never taken from files, made every later save fail), and
  // ids no generator gives replaced in all four tables (storage/upgrades/v5.ts). The new store finds a page
  // by the keys of its addresses (`addresses`: a tracking parameter, the scheme, the port or www. aside),
  // not by the addresses as written (`url`, `urls`: no longer indexed).
  {
    version: 5,
    stores: { reports: null, rebuild: 'id', texts: 'id', summaries: 'id, [report_year+kind]', targets: 'id' },
    upgrade: upgradeV5,
  },
  {
    version: 6,
    stores: {
      reports: '++id, *addresses, contentHash, [region+report_year+kind], savedAt',
      rebuild: null,
      texts: 'id',
      summaries: 'id, [report_year+kind]',
      targets: 'id',
    },
    upgrade: upgradeV6,
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
