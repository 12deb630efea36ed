// Schemas v5 and v6 rebuild the `reports` store, because its key generator cannot be reset in place. An
// import before v5 stored records under ids taken from the file: one id of 2^53 moves the generator past its
// last value, and from then on every save fails ("Maximum key generator value reached"), even after that
// record is deleted. Only a new object store has a new generator, and a store cannot be deleted and created
// again in one version: v5 copies the records into `rebuild` and drops `reports`; v6 creates `reports` anew
// and copies them back (storage/upgrades/v6.ts). On the way, every id the generator could not have given (not an integer from 1 to
// 2^32: huge, fractional, a string, an array) is replaced by a fresh one after the largest good id, in the
// rows of all four tables. Frozen: never edit (a later change is a later version).
import type { Transaction } from 'dexie';
import { UPGRADE_BATCH } from './v3';

/** More saves than anyone makes: an id above this came from a file. */
const MAX_GOOD_ID = 2 ** 32;
const isGoodId = (id: unknown): id is number =>
  Number.isInteger(id) && (id as number) >= 1 && (id as number) <= MAX_GOOD_ID;

/** Tables keyed by the report's id besides `reports`. */
const BESIDE = ['texts', 'summaries', 'targets'] as const;

export async function upgradeV5(tx: Transaction): Promise<void> {
  const reports = tx.table('reports');
  const keys = await reports.toCollection().primaryKeys(); // in key order: numbers, then strings, then arrays
  let next = 1;
  for (const id of keys) if (isGoodId(id)) next = Math.max(next, id + 1);
  for (let i = 0; i < keys.length; i += UPGRADE_BATCH) {
    const batch = keys.slice(i, i + UPGRADE_BATCH);
    const rows = (await reports.bulkGet(batch)) as Array<Record<string, unknown> | undefined>;
    const moved: Array<[unknown, number]> = [];
    const copies = rows.flatMap((row, j) => {
      if (!row) return [];
      if (isGoodId(batch[j])) return [row];
      const id = next++;
      moved.push([batch[j], id]);
      return [{ ...row, id }];
    });
    await tx.table('rebuild').bulkAdd(copies);
    for (const name of BESIDE) await rekey(tx, name, moved);
  }
}

/** Moves the rows of `table` from each old id to its new one. */
async function rekey(tx: Transaction, table: string, moved: Array<[unknown, number]>): Promise<void> {
  if (!moved.length) return;
  const t = tx.table(table);
  const rows = (await t.bulkGet(moved.map(([from]) => from))) as Array<Record<string, unknown> | undefined>;
  await t.bulkDelete(moved.map(([from]) => from));
  await t.bulkPut(rows.flatMap((row, j) => (row ? [{ ...row, id: moved[j][1] }] : [])));
}
