// Kinds of wording the county and city reports use (issue 13), each rule with a sentence of its own
// and a counter-example.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../core/text/normalize';
import { readSentence } from '../../../core/read/clauses';

const read = (text: string, mode: 'target' | 'actual' = 'target') => {
  const norm = normalize(text);
  return readSentence(norm, text, 0, norm.length, { mode }).map((x) => `${x.indicator} ${x.value}${x.unit} ${x.rule}`);
};

describe('a stated base between the subject and its verb', () => {
  it('skips 比 and a year up to the verb', () => {
    expect(read('一般公共预算收入比2021年调整预算收入增长6%')).toEqual(['fiscal_revenue 6% stated-base']);
    expect(read('规模以上工业增加值比上年同期增长9.1%', 'actual')).toEqual(['industrial_va 9.1% stated-base']);
  });
  it('skips an adjustment up to its 后', () => {
    expect(read('一般公共预算收入剔除留抵退税因素后完成12.6亿元', 'actual')).toEqual([
      'fiscal_revenue 12.6亿元 stated-base',
    ]);
  });
  it('reads 按可比口径 as a link', () => {
    expect(read('一般公共财政预算收入按可比口径增长7.5%')).toEqual(['fiscal_revenue 7.5% subject']);
  });
  it('does not take 比重 for a base', () => {
    expect(read('一般公共预算收入比重提高5个百分点', 'actual')).toEqual([]);
  });
});

describe('分别 with one value for the two halves of 城乡', () => {
  it('gives both halves the value', () => {
    expect(read('城乡居民人均可支配收入分别增长8%')).toEqual([
      'income_urban 8% income-split',
      'income_rural 8% income-split',
    ]);
  });
  it('keeps one combined item without 分别', () => {
    expect(read('城乡居民人均可支配收入增长8%')).toEqual(['income 8% subject']);
  });
});

describe('older wording', () => {
  it('knows the names before the 2015 budget law and the census renaming', () => {
    expect(read('全部财政收入完成9.2亿元', 'actual')).toEqual(['fiscal_revenue_total 9.2亿元 subject']);
    expect(read('地方财政总收入完成24.9亿元', 'actual')).toEqual(['fiscal_revenue_total 24.9亿元 subject']);
    expect(read('地方生产总值增长7%')).toEqual(['gdp 7% subject']);
    expect(read('研究与试验发展经费投入强度2.1%', 'actual')).toEqual(['rd_intensity 2.1% subject']);
    expect(read('城镇、乡村居民人均可支配收入分别达到3.4万元、1.7万元', 'actual')).toEqual([
      'income_urban 3.4万元 in-order',
      'income_rural 1.7万元 in-order',
    ]);
  });
  it('still keeps a part of the revenue out', () => {
    expect(read('地方财政收入中税收收入增长5%', 'actual')).toEqual([]);
  });
});

describe('a round figure passed, after the exact one', () => {
  it('is dropped as a milestone', () => {
    expect(read('研究与试验发展经费投入强度1.02%,首次突破1%', 'actual')).toEqual(['rd_intensity 1.02% subject']);
  });
  it('but a second figure above the first is kept', () => {
    expect(read('社会消费品零售总额完成85亿元,增长10%', 'actual')).toEqual([
      'retail_sales 85亿元 subject',
      'retail_sales 10% subject',
    ]);
  });
});
