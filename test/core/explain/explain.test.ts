// Every item names the rule that kept it, and every number of every sentence read names the rule that
// kept or dropped it, on every corpus report (core/read/explain.ts).
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { explain, decisions, formatExplanation } from '../../../core/read/explain';
import { RULES } from '../../../core/read/rules';
import { extractReport } from '../../../core/extract';

const dir = join(__dirname, '../../fixtures/corpus/reports');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('-gwr.txt'))
  .sort();
const isRule = (r: unknown) => typeof r === 'string' && r in RULES;

describe('every decision has a name', () => {
  for (const f of files) {
    it(f, () => {
      const text = readFileSync(join(dir, f), 'utf8');
      const e = explain({ text, url: null, title: null });
      const x = e.extraction;
      for (const item of [...x.targets, ...x.actuals]) {
        expect(isRule(item.rule), `${item.text}: rule ${item.rule}`).toBe(true);
        expect(RULES[item.rule!].decides).toBe('keep');
      }
      for (const d of decisions(e)) {
        expect(isRule(d.rule), `${d.number?.text}: ${d.rule}`).toBe(true);
        expect(RULES[d.rule].decides, `${d.number?.text}: ${d.rule}`).toBe(d.kept ? 'keep' : 'drop');
      }
      // Every item of the record comes from a kept decision, and every kept decision is in the record.
      const keptItems = new Set(
        decisions(e).flatMap((d) => (d.kept && d.number ? d.number.outcomes.map((o) => o.item) : [])),
      );
      const qualitative = e.sentences.flatMap((s) => s.qualitative.filter((o) => o.kept).map((o) => o.item));
      for (const q of qualitative) keptItems.add(q);
      const recorded = new Set([...x.targets, ...x.actuals]);
      for (const item of recorded) expect(keptItems.has(item), `${item.text} has no kept decision`).toBe(true);
      for (const item of keptItems) expect(recorded.has(item), `${item.text} kept but not in the record`).toBe(true);
    });
  }
});

describe('every number of a sentence read is decided', () => {
  for (const f of files) {
    it(f, () => {
      const text = readFileSync(join(dir, f), 'utf8');
      const e = explain({ text, url: null, title: null });
      for (const s of e.sentences) {
        if (s.skipped) continue;
        const covered = (i: number) =>
          s.subjects.some((n) => n.start <= i && i < n.end) || s.numbers.some((n) => n.start <= i && i < n.end);
        for (let i = s.start; i < s.end; i++) {
          const c = text.charCodeAt(i);
          const digit = (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
          const prev = text.charCodeAt(i - 1);
          const runStart = !((prev >= 48 && prev <= 57) || (prev >= 0xff10 && prev <= 0xff19) || prev === 46);
          if (digit && runStart) expect(covered(i), `${f}: the number at ${i} in ${s.text}`).toBe(true);
        }
      }
    });
  }
});

describe('explain', () => {
  it('gives the same record as extraction without a trace', () => {
    const text = readFileSync(join(dir, files[0]), 'utf8');
    const plain = extractReport({ text, url: null, title: null });
    expect(explain({ text, url: null, title: null }).extraction).toEqual(plain);
  });
  it('prints each number with its rule', () => {
    const text =
      '2023年涞水县政府工作报告\n各位代表:现在,我代表县人民政府向大会报告工作,请予审议。\n一、2022年工作回顾\n' +
      '全县地区生产总值完成120亿元,增长6.5%;新设外资企业36家。\n二、2023年工作安排\n主要预期目标是:地区生产总值增长7%左右。';
    const out = formatExplanation(explain({ text, url: null, title: null }));
    expect(out).toContain('120亿元');
    expect(out).toMatch(/6\.5%\s+kept\s+gdp growth 6\.5 %.*<- subject/);
    expect(out).toMatch(/7%左右\s+kept\s+gdp growth 7 % 左右.*<- subject/);
    expect(out).toMatch(/36家?\s+dropped\s+<- bare-number/);
  });
});
