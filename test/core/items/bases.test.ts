// Targets against a stated base with its amount, 县域生产总值 in a county's own report, and value added
// in a five-year review (issue 13). Each rule with a sentence of its own and a counter-example.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../core/text/normalize';
import { readSentence } from '../../../core/read/clauses';
import { extractTargets } from '../../../core/read/targets';

const read = (text: string, mode: 'target' | 'actual' = 'target', multiYear = false) => {
  const norm = normalize(text);
  return readSentence(norm, text, 0, norm.length, { mode, multiYear }).map(
    (x) => `${x.indicator} ${x.value}${x.unit} ${x.rule}`,
  );
};

describe('a stated base with its amount', () => {
  it('skips the base amount and keeps the growth after it', () => {
    expect(read('一般公共预算收入在去年市核任务（5.55亿元）的基础上增长8.1%')).toEqual([
      'fiscal_revenue 8.1% stated-base',
    ]);
    expect(read('一般公共预算收入在上年12.6亿元基数上增长6%')).toEqual(['fiscal_revenue 6% stated-base']);
  });
  it('keeps an amount that is no base', () => {
    expect(read('一般公共预算收入完成5.55亿元，在全市排名第3位', 'actual')).toEqual([
      'fiscal_revenue 5.55亿元 subject',
    ]);
  });
});

describe('value added in a five-year review', () => {
  it('keeps the level reached, not the growth over the period', () => {
    expect(read('规模以上工业增加值完成16.8亿元，比2011年增长31.7%，年均增长5.7%', 'actual', true)).toEqual([
      'industrial_va 16.8亿元 subject',
    ]);
  });
  it('still reads a bare flow over five years as a sum', () => {
    expect(read('实际利用外资完成3.2亿美元', 'actual', true)).toEqual([]);
  });
});

describe('县域生产总值', () => {
  const report = (self: string, targets: string) =>
    `各位代表：现在，我代表${self}人民政府向大会报告工作。\n今年经济社会发展的主要预期目标是：${targets}\n`;
  const ids = (text: string) => {
    const norm = normalize(text);
    return extractTargets(norm, text).map((x) => `${x.indicator} ${x.value}${x.unit}`);
  };
  it('is the GDP of a county’s own report', () => {
    expect(ids(report('县', '县域生产总值增长7%左右，固定资产投资增长8%，一般公共预算收入增长6%。'))).toEqual([
      'gdp 7%',
      'fixed_investment 8%',
      'fiscal_revenue 6%',
    ]);
  });
  it('is a part of a city', () => {
    expect(ids(report('市', '县域生产总值增长7%左右，固定资产投资增长8%，一般公共预算收入增长6%。'))).toEqual([
      'other 7%',
      'fixed_investment 8%',
      'fiscal_revenue 6%',
    ]);
  });
});
