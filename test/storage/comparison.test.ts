// The popup's path reads a comparison's records through the indexes (storage/comparison.ts); the rule of which
// records is core/compare/library.ts's, tested there on whole libraries. Here: the indexes read exactly the
// records `neededIds` picks from the list of summaries (corrections applied), on generated libraries.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { comparisonNeeds, neededIds } from '../../core/compare/library';
import type { Kind } from '../../core/types';
import { LibraryDB } from '../../storage/db';
import { readNeeds } from '../../storage/comparison';
import { applyCorrection } from '../../storage/library';
import { addRecords, recordTables } from '../../storage/rows';
import type { SavedReport } from '../../storage/record';
import { int, mulberry32, pick } from '../fuzz/prng';
import { extraction } from './make';

const REGIONS = ['天门市', '仙桃市', '湖北省', '全国', '宁波市', null];

let n = 0;
const open: LibraryDB[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

describe('readNeeds', () => {
  it('reads through the indexes what neededIds picks from the summaries, for every record of 12 libraries', async () => {
    for (let seed = 1; seed <= 12; seed++) {
      const rng = mulberry32(seed);
      const db = new LibraryDB(`needs-${++n}`);
      open.push(db);
      const records: SavedReport[] = Array.from({ length: 30 + int(rng, 30) }, (_, i) => {
        const e = extraction({
          region: pick(rng, REGIONS),
          report_year: rng() < 0.1 ? null : 2021 + int(rng, 4),
          kind: pick<Kind>(rng, ['gwr', 'gwr', 'progress', 'other']),
        });
        return {
          url: `http://r${i}.gov.cn/`,
          urls: [`http://r${i}.gov.cn/`],
          title: '',
          text: `text ${i}`,
          contentHash: String(i),
          savedAt: i,
          updatedAt: i,
          extraction: e,
          corrections: {},
          region: e.region,
          report_year: e.report_year,
          kind: e.kind,
        };
      });
      const ids = await db.transaction('rw', recordTables(db), () => addRecords(db, records));
      // Corrections move records between groups: the indexes and the summaries hold the corrected keys.
      for (const id of ids.filter(() => rng() < 0.2)) {
        await applyCorrection(db, id, { region: pick(rng, REGIONS), report_year: 2021 + int(rng, 4) });
      }
      const summaries = await db.summaries.toArray();
      for (const s of summaries) {
        const current = (await db.targets.get(s.id))!.extraction; // corrected
        const needs = comparisonNeeds(current);
        const read = await readNeeds(db, needs, s.id);
        expect(
          read.map((r) => r.id),
          `seed ${seed}, record ${s.id}`,
        ).toEqual(neededIds(needs, summaries, s.id));
        if (needs.text) expect(read.every((r) => r.record.text?.startsWith('text '))).toBe(true);
      }
    }
  });
});
