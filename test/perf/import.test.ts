// Importing a backup grows linearly with the file, however many copies of one report it holds: 16,000 copies
// of one report (a 10 MB file) froze the dashboard for 100 s when each copy was merged into a growing list.
// Timed in Node under fake-indexeddb, n and 4n copies, identical and each at its own address.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LibraryDB } from '../../storage/db';
import { importBackup } from '../../storage/backup';
import { makeBackup, planImport, serializeBackup, type BackupRecord } from '../../core/exchange/backup';
import { record } from '../core/backup/fixtures';

const copies = (n: number, own: boolean): BackupRecord[] =>
  Array.from({ length: n }, (_, i) =>
    record('天门市', 2023, {
      updatedAt: 1000 + i,
      ...(own ? { url: `http://m${i}.gov.cn/`, urls: [`http://m${i}.gov.cn/`] } : {}),
    }),
  );

let k = 0;
async function timeImport(records: BackupRecord[], existing: boolean): Promise<number> {
  const db = new LibraryDB(`perf-import-${k++}`);
  if (existing) await importBackup(db, serializeBackup(makeBackup([records[0]], new Date(0))));
  const text = serializeBackup(makeBackup(records, new Date(0)));
  const t0 = performance.now();
  const r = await importBackup(db, text);
  const ms = performance.now() - t0;
  expect(r.ok).toBe(true);
  expect(await db.reports.count()).toBe(1);
  await db.delete();
  return ms;
}

describe('import time grows linearly with duplicates', () => {
  for (const own of [false, true]) {
    const what = own ? 'each at its own address' : 'identical';
    it(`plans 4,000 and 16,000 copies, ${what}`, () => {
      const time = (n: number) => {
        const records = copies(n, own);
        const t0 = performance.now();
        planImport(records, new Map());
        return performance.now() - t0;
      };
      const [small, big] = [time(4000), time(16000)];
      console.log(`# planImport ${what}: 4,000 copies ${small.toFixed(0)} ms, 16,000 ${big.toFixed(0)} ms`);
      expect(big / Math.max(small, 5)).toBeLessThan(10); // linear: 4; quadratic: 16
    });

    for (const existing of [false, true]) {
      it(`imports 4,000 and 16,000 copies, ${what}, ${existing ? 'into the record the library has' : 'as new'}`, async () => {
        const small = await timeImport(copies(4000, own), existing);
        const big = await timeImport(copies(16000, own), existing);
        console.log(
          `# importBackup ${what}, ${existing ? 'existing' : 'new'}: 4,000 copies ${small.toFixed(0)} ms, 16,000 ${big.toFixed(0)} ms`,
        );
        expect(big).toBeLessThan(30_000);
        expect(big / Math.max(small, 5)).toBeLessThan(10);
      });
    }
  }
});
