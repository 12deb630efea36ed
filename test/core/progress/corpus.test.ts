// The flattened table of the corpus progress notice against its gold rows.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalize } from '../../../core/text/normalize';
import { parseProgressText } from '../../../core/read/progress';

const corpus = join(__dirname, '../../fixtures/corpus');
const orig = readFileSync(join(corpus, 'reports/tianmen-2023-h1-progress.txt'), 'utf8');
const gold = JSON.parse(readFileSync(join(corpus, 'gold/tianmen-2023-h1-progress.json'), 'utf8')) as {
  rows: Array<{ no: number; task: string; lead: string[]; partners: string[]; status: string }>;
};
const squash = (s: string) => s.replace(/\s+/g, '');

describe('parseProgressText on the corpus notice', () => {
  const rows = parseProgressText(normalize(orig), orig);

  it('finds every row, numbered 1..N', () => {
    expect(rows.map((r) => r.no)).toEqual(gold.rows.map((r) => r.no));
  });

  it('reads task and status as the scorer counts them (F1 >= 0.98)', () => {
    const found = gold.rows.filter((g) => {
      const r = rows.find((x) => x.no === g.no);
      return r && squash(r.task) === squash(g.task) && r.status === g.status;
    }).length;
    const f1 = (2 * found) / (rows.length + gold.rows.length);
    expect(f1).toBeGreaterThanOrEqual(0.98);
    expect(found).toBe(gold.rows.length);
  });

  it('keeps the task cell exactly as written', () => {
    for (const r of rows) expect(orig.includes(r.task)).toBe(true);
  });

  it('reads lead and partner units, joining broken names', () => {
    const wrong = gold.rows.filter((g) => {
      const r = rows.find((x) => x.no === g.no)!;
      return JSON.stringify([r.lead, r.partners]) !== JSON.stringify([g.lead, g.partners]);
    });
    expect(wrong.map((g) => g.no)).toEqual([]);
  });

  it('keeps the progress cell and stops the last row before the page footer', () => {
    const last = rows[rows.length - 1];
    expect(last.status).toBe('有序推进');
    expect(last.progress.startsWith('1.深入贯彻')).toBe(true);
    expect(last.progress).not.toContain('扫一扫');
    expect(rows[9].status).toBe('已达“双过半”');
    expect(rows[9].progress).toMatch(/^8个省控断面/);
  });
});

describe('parseProgressText on the same table without blank lines (text read from markup)', () => {
  const dense = orig
    .split('\n')
    .filter((l) => l.trim())
    .join('\n');
  const rows = parseProgressText(normalize(dense), dense);

  it('still reads every task and status', () => {
    const found = gold.rows.filter((g) => {
      const r = rows.find((x) => x.no === g.no);
      return r && squash(r.task) === squash(g.task) && r.status === g.status;
    }).length;
    expect(rows).toHaveLength(gold.rows.length);
    expect(found).toBeGreaterThanOrEqual(108);
  });

  it('keeps the units in order, the first one leading', () => {
    const same = gold.rows.filter((g) => {
      const r = rows.find((x) => x.no === g.no)!;
      return (
        r.lead[0] === g.lead[0] &&
        JSON.stringify([...r.lead, ...r.partners]) === JSON.stringify([...g.lead, ...g.partners])
      );
    }).length;
    expect(same).toBeGreaterThanOrEqual(105);
  });
});
