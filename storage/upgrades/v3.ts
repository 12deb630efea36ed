// Schema v3's upgrade: the page text moves out of `reports` into `texts`, and every record gets its list
// summary. Frozen with the helpers it used (see v2.ts): never edit.
import type { Transaction } from 'dexie';
import { applyCorrectionsV2 } from './v2';

interface V3Row {
  id: number;
  url: string;
  title: string;
  text?: string;
  savedAt: number;
  region: string | null;
  report_year: number | null;
  kind: string;
  extraction: Parameters<typeof applyCorrectionsV2>[0] & { level: string | null; province: string | null };
  corrections: Parameters<typeof applyCorrectionsV2>[1];
}

/** storage/rows.ts `summaryOf` at v3. */
export function summaryOfV3(r: V3Row) {
  const e = applyCorrectionsV2(r.extraction, r.corrections);
  return {
    id: r.id,
    url: r.url,
    title: r.title,
    savedAt: r.savedAt,
    region: r.region,
    report_year: r.report_year,
    kind: r.kind,
    level: e.level,
    province: e.province,
  };
}

export const UPGRADE_BATCH = 200; // records in memory at once, whatever the library's size

/** Every record's primary key, then the records in batches (a large library is never all in memory). */
export async function inBatches<T>(tx: Transaction, table: string, each: (rows: T[]) => Promise<unknown>) {
  const ids = await tx.table(table).toCollection().primaryKeys();
  for (let i = 0; i < ids.length; i += UPGRADE_BATCH) {
    const rows = (await tx.table(table).bulkGet(ids.slice(i, i + UPGRADE_BATCH))).filter(Boolean) as T[];
    await each(rows);
  }
}

export function upgradeV3(tx: Transaction): Promise<void> {
  return inBatches<V3Row>(tx, 'reports', async (rows) => {
    await tx.table('texts').bulkPut(rows.map((r) => ({ id: r.id, text: r.text ?? '' })));
    await tx.table('summaries').bulkPut(rows.map(summaryOfV3));
    await tx.table('reports').bulkPut(rows.map(({ text: _text, ...row }) => row));
  });
}
