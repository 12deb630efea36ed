import { describe, expect, it } from 'vitest';
import { normalize } from '../../core/text/normalize';
import { extractTasks } from '../../core/read/tasks';
import { headings, headingBefore, sentenceBounds } from '../../core/read/sections';

const run = (text: string) => extractTasks(normalize(text), text);

const report = [
  '一、2022年工作回顾',
  '新建高标准农田13.89万亩,完成工业投资190亿元。',
  '二、2023年工作安排',
  '(一)夯实农业基础。',
  '全年新建高标准农田10万亩,新增规上工业企业30家,力争完成投资390亿元以上。',
  '(二)改善城乡环境。',
  '新培育2518个典型村,新建污水收集管网95公里。2023年是关键之年。',
].join('\n');

describe('task targets', () => {
  const tasks = run(report);

  it('reads only the work plan, not the review', () => {
    expect(tasks.map((t) => t.value)).not.toContain(13.89);
    expect(tasks.map((t) => t.value)).not.toContain(190);
  });

  it('reads verb + object + quantity with its section', () => {
    expect(tasks.find((t) => t.value === 10)).toMatchObject({
      label: '新建高标准农田',
      unit: '万亩',
      section: '(一)夯实农业基础',
    });
    expect(tasks.find((t) => t.value === 30)).toMatchObject({ label: '新增规上工业企业', unit: '家' });
    expect(tasks.find((t) => t.value === 95)).toMatchObject({
      label: '新建污水收集管网',
      unit: '公里',
      section: '(二)改善城乡环境',
    });
  });

  it('keeps hedges and reads the object after the quantity', () => {
    expect(tasks.find((t) => t.value === 390)).toMatchObject({ label: '完成投资', qualifier: '以上' });
    expect(tasks.find((t) => t.value === 2518)).toMatchObject({ label: '新培育典型村', unit: '个' });
  });

  it('does not take years for quantities', () => {
    expect(tasks.map((t) => t.value)).not.toContain(2023);
  });

  it('keeps exact spans of traditional text', () => {
    const trad = '二、2023年工作安排\n新建高標準農田10萬畝。';
    const [t] = run(trad);
    expect(t).toMatchObject({ label: '新建高标准农田', value: 10, unit: '万亩', text: '新建高標準農田10萬畝' });
    expect(trad.slice(t.start, t.end)).toBe(t.text);
    expect(t.sentence).toBe('新建高標準農田10萬畝。');
  });
});

describe('sections', () => {
  it('finds the heading above a position and the sentence around it', () => {
    const norm = normalize(report);
    const list = headings(norm);
    expect(list.map((h) => h.title)).toContain('(二)改善城乡环境');
    const at = norm.indexOf('95公里');
    expect(headingBefore(list, at)).toBe('(二)改善城乡环境');
    const s = sentenceBounds(norm, at);
    expect(norm.slice(s.start, s.end)).toBe('新培育2518个典型村,新建污水收集管网95公里。');
  });
  it('reads headings from a position on, led by the one whose section it is in', () => {
    const norm = normalize(report);
    const all = headings(norm);
    for (let from = 0; from <= norm.length; from += 7) {
      const line = from > 0 ? norm.lastIndexOf('\n', from - 1) + 1 : 0; // where the line holding `from` starts
      const lead = all.filter((h) => h.start < line).slice(-1);
      const rest = all.filter((h) => h.start >= line);
      expect(headings(norm, from), `from ${from}`).toEqual([...lead, ...rest]);
    }
  });
  it('ends on texts that open with blank lines or hold no heading', () => {
    for (const text of ['\n\n一、回顾\n正文', '\n', '', '正文\n\n\n正文']) {
      for (let from = 0; from <= text.length; from++) expect(headings(text, from).length).toBeLessThanOrEqual(1);
    }
  });
});
