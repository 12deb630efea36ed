// The explicit limits of core/read/limits.ts: what each one cuts, and the note it leaves.
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../core/extract';
import { LIMITS, LimitLog, sentencePieces } from '../../../core/read/limits';
import { MAX_REACH } from '../../../core/read/clauses';

const extract = (text: string) => extractReport({ text, url: null, title: null });
const HEAD = '2023年涞水县政府工作报告\n各位代表:现在,我代表县人民政府向大会报告工作,请予审议。\n';
const endless = (n: number) =>
  '政府工作报告\n主要预期目标是:' + Array.from({ length: n }, (_, i) => `增长${i}%、`).join('');

describe('sentencePieces', () => {
  it('gives a sentence that fits as it is, and notes nothing', () => {
    const log = new LimitLog();
    expect(sentencePieces('地区生产总值增长6%。', 0, 11, log)).toEqual([[0, 11]]);
    expect(log.list()).toEqual([]);
  });
  it('cuts a long sentence after clause breaks, into pieces that cover it', () => {
    const s = '地区生产总值增长6%,'.repeat(1000);
    const log = new LimitLog();
    const pieces = sentencePieces(s, 0, s.length, log);
    expect(pieces[0][0]).toBe(0);
    expect(pieces[pieces.length - 1][1]).toBe(s.length);
    for (let k = 0; k < pieces.length; k++) {
      const [a, b] = pieces[k];
      expect(b - a).toBeLessThanOrEqual(LIMITS.sentence);
      if (k > 0) expect(a).toBe(pieces[k - 1][1]);
      if (b < s.length) expect(s[b - 1]).toBe(',');
    }
    expect(log.list().map((n) => n.limit)).toEqual(['sentence']);
  });
  it('cuts at the limit when a sentence has no break', () => {
    const s = '增'.repeat(5000);
    expect(sentencePieces(s, 0, s.length)).toEqual([
      [0, 2000],
      [2000, 4000],
      [4000, 5000],
    ]);
  });
});

describe('an extraction that reaches a limit says so', () => {
  it('a report of ordinary size reaches none', () => {
    const out = extract(HEAD + '主要预期目标是:地区生产总值增长6%左右。');
    expect(out.targets).toHaveLength(1);
    expect(out.limits).toBeUndefined();
  });
  it('the endless sentence: pieces, a bounded span per item, and the section cap', () => {
    const out = extract(endless(20000));
    expect(out.limits?.map((n) => n.limit)).toEqual(expect.arrayContaining(['sentence']));
    expect(out.targets.length).toBeLessThanOrEqual(LIMITS.targets);
    for (const t of out.targets) expect(t.end - t.start).toBeLessThanOrEqual(MAX_REACH + 20);
  });
  it('characters past the limit are not read, and offsets still point into the input', () => {
    const head = HEAD + '主要预期目标是:地区生产总值增长6%左右。\n';
    const text = head + '。'.repeat(LIMITS.characters);
    const out = extract(text);
    expect(out.limits).toContainEqual({ limit: 'characters', max: LIMITS.characters, at: LIMITS.characters });
    expect(out.text_length).toBe(text.length);
    expect(out.targets.map((t) => text.slice(t.start, t.end))).toEqual(['地区生产总值增长6%左右']);
  });
  it('tasks keep a window of a long sentence around them, not the sentence', () => {
    const filler = '推进城乡融合发展'.repeat(200);
    const text = `${HEAD}二、2023年工作安排\n${filler},新建高标准农田10万亩,${filler}。`;
    const [task] = extract(text).tasks;
    expect(task.text).toBe('新建高标准农田10万亩');
    expect(task.sentence.length).toBeLessThanOrEqual(task.text.length + 2 * 120 + 1);
    expect(task.sentence).toContain(task.text);
    expect(text.slice(task.sentence_start, task.sentence_end)).toBe(task.sentence);
  });
});
