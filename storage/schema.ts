// The library's schema as history: every version stays, with the upgrade that moved data to it.
// Index only what is queried: by address, by content, by (region, year, kind) for duplicates, by save time,
// and (year, kind) for a comparison's peers.
import type { Dexie, Transaction } from 'dexie';
import { deriveKeys } from './corrections';
import type { SavedReport, StoredReport } from './record';
import { summaryOf, targetsOf, withoutText } from './rows';

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
    upgrade: moveTexts,
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
    upgrade: addTargets,
  },
];

/** In batches, so that a large library is never all in memory at once. */
async function moveTexts(tx: Transaction): Promise<void> {
  const reports = tx.table('reports');
  const ids = (await reports.toCollection().primaryKeys()) as number[];
  for (let i = 0; i < ids.length; i += UPGRADE_BATCH) {
    const rows = ((await reports.bulkGet(ids.slice(i, i + UPGRADE_BATCH))) as SavedReport[]).filter(Boolean);
    await tx.table('texts').bulkPut(rows.map((r) => ({ id: r.id!, text: r.text ?? '' })));
    await tx.table('summaries').bulkPut(rows.map((r) => summaryOf({ ...r, id: r.id! })));
    await reports.bulkPut(rows.map(withoutText));
  }
}

async function addTargets(tx: Transaction): Promise<void> {
  const reports = tx.table('reports');
  const ids = (await reports.toCollection().primaryKeys()) as number[];
  for (let i = 0; i < ids.length; i += UPGRADE_BATCH) {
    const rows = ((await reports.bulkGet(ids.slice(i, i + UPGRADE_BATCH))) as StoredReport[]).filter(Boolean);
    await tx.table('targets').bulkPut(rows.map((r) => targetsOf({ ...r, id: r.id! })));
  }
}

const UPGRADE_BATCH = 200;

export const LATEST_VERSION = SCHEMA[SCHEMA.length - 1].version;

/** Declares versions 1..upTo on a Dexie instance (tests open older versions to check the upgrades). */
export function defineSchema(db: Dexie, upTo = LATEST_VERSION): void {
  for (const v of SCHEMA) {
    if (v.version > upTo) break;
    const version = db.version(v.version).stores(v.stores);
    if (v.upgrade) version.upgrade(v.upgrade);
  }
}
