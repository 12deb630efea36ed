// Schema v4's upgrade: every record gets its `targets` row for peers (corrections applied, without actuals,
// tasks or progress rows). Frozen with the helpers it used (see v2.ts): never edit.
import type { Transaction } from 'dexie';
import { applyCorrectionsV2 } from './v2';
import { inBatches } from './v3';

interface V4Row {
  id: number;
  extraction: Parameters<typeof applyCorrectionsV2>[0];
  corrections: Parameters<typeof applyCorrectionsV2>[1];
}

/** storage/rows.ts `targetsOf` at v4. */
export const targetsOfV4 = (r: V4Row) => ({
  id: r.id,
  extraction: { ...applyCorrectionsV2(r.extraction, r.corrections), actuals: [], tasks: [], rows: [] },
});

export function upgradeV4(tx: Transaction): Promise<void> {
  return inBatches<V4Row>(tx, 'reports', (rows) => tx.table('targets').bulkPut(rows.map(targetsOfV4)));
}
