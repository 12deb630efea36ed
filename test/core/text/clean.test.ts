// Cleaning the text before reading, and mapping what is found back to the input (core/text/clean.ts).
import { describe, expect, it } from 'vitest';
import { clean, mapRange } from '../../../core/text/clean';
import { extractReport } from '../../../core/extract';

const back = (input: string, needle: string) => {
  const c = clean(input);
  const at = c.text.indexOf(needle);
  return input.slice(...mapRange(at, at + needle.length, c));
};

describe('clean', () => {
  it('leaves a plain text as it is, without a map', () => {
    expect(clean('地区生产总值增长6%。\n居民收入增长5%。')).toEqual({
      text: '地区生产总值增长6%。\n居民收入增长5%。',
      origin: null,
    });
  });
  it('reads written-out line breaks as breaks when a text has several', () => {
    const s = '一、2022年工作回顾\\r\\n全年生产总值增长5%。\\r\\n二、2023年工作安排\\n';
    expect(clean(s).text).toBe('一、2022年工作回顾\n全年生产总值增长5%。\n二、2023年工作安排\n');
  });
  it('leaves one stray backslash-n as written', () => {
    expect(clean('路径C:\\new 增长5%').text).toBe('路径C:\\new 增长5%');
  });
  it('decodes entities, CRLF and drops invisible characters', () => {
    expect(clean('生产总值&nbsp;增长&ldquo;6%&rdquo;&#12288;R&D\r\n地区生产\u200b总值').text).toBe(
      '生产总值 增长“6%”\u3000R&D\n地区生产总值',
    );
    expect(clean('&unknown; &#0; &#xD800;').text).toBe('&unknown; &#0; &#xD800;');
  });
  it('maps a span back to the exact input, a decoded entity whole', () => {
    const s = '各位代表：\\r\\n一般公共预算收入&nbsp;增长7%\\r\\n';
    expect(back(s, '收入 增长7%')).toBe('收入&nbsp;增长7%');
    expect(back(s, '增长7%')).toBe('增长7%');
    expect(back('地区生产\u200b总值增长6%', '总值增长6%')).toBe('总值增长6%');
    expect(back('地区生产\u200b总值增长6%', '地区生产总值')).toBe('地区生产\u200b总值');
  });
  it('gives items spans of the input as stored', () => {
    const s =
      '2023年顺平县政府工作报告\\r\\n各位代表：\\r\\n现在，我代表县人民政府向大会作工作报告，请予审议。\\r\\n&nbsp;\\r\\n' +
      '一、2022年工作回顾\\r\\n全县生产总值完成120亿元，增长6.5%。\\r\\n二、2023年工作安排\\r\\n' +
      '主要预期目标是：生产总值增长&nbsp;7%左右。\\r\\n';
    const out = extractReport({ text: s, url: null, title: null });
    expect(out.report_year).toBe(2023);
    expect(out.targets.map((t) => t.text)).toEqual(['生产总值增长&nbsp;7%左右']);
    for (const x of [...out.targets, ...out.actuals]) expect(s.slice(x.start, x.end)).toBe(x.text);
    expect(out.actuals.map((t) => t.value)).toEqual([120, 6.5]);
  });
});
