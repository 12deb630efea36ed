// One test per kind of phrase the target and result readers must handle.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../core/text/normalize';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readSentence } from '../../../core/read/clauses';
import { readQuantity, readChineseNumber, readNumber } from '../../../core/text/numbers';
import { lexicon } from '../../../core/read/indicators';
import { extractTargets } from '../../../core/read/targets';
import { extractActuals, reviewSentence } from '../../../core/read/actuals';

const read = (text: string, mode: 'target' | 'actual' = 'target') => {
  const norm = normalize(text);
  return readSentence(norm, text, 0, norm.length, { mode }).map((x) => ({
    id: x.indicator,
    m: x.measure,
    v: x.value,
    max: x.value_max,
    u: x.unit,
    q: x.qualifier,
    rel: x.relative_to,
    text: x.text,
  }));
};

describe('numbers', () => {
  it('reads ranges with either dash and a shared unit', () => {
    expect(readQuantity(normalize('5%—5.5%'), 0)).toMatchObject({ value: 5, valueMax: 5.5, unit: '%' });
    expect(readQuantity(normalize('4.5-5%'), 0)).toMatchObject({ value: 4.5, valueMax: 5, unit: '%' });
  });
  it('reads full-width digits after normalisation and big units', () => {
    expect(readQuantity(normalize('１．２万亿元'), 0)).toMatchObject({ value: 1.2, unit: '万亿元' });
  });
  it('leaves a count of years without a unit', () => {
    expect(readQuantity('10年', 0)).toMatchObject({ value: 10, unit: null });
  });
  it('reads every decimal as Number() does, to the last bit', () => {
    // Digits are summed and divided once; this pins that to the platform's own parse.
    let seed = 7;
    const digit = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 10).toString();
    for (let n = 0; n < 5000; n++) {
      const whole = Array.from({ length: 1 + (n % 9) }, digit).join('');
      const frac = n % 3 === 0 ? '' : '.' + Array.from({ length: 1 + (n % 13) }, digit).join('');
      const s = whole + frac;
      expect(readNumber(s + '亿元', 0)).toEqual({ value: Number(s), end: s.length });
    }
    expect(readNumber('0.1', 0)?.value).toBe(0.1);
    expect(readNumber('1234567890.12345678', 0)?.value).toBe(Number('1234567890.12345678'));
    expect(readNumber('1'.repeat(16), 0)).toBeNull();
  });
  it('reads small Chinese numerals', () => {
    expect(readChineseNumber('十二个', 0)).toEqual({ value: 12, end: 2 });
    expect(readChineseNumber('三万', 0)).toEqual({ value: 3, end: 1 });
  });
});

describe('lexicon', () => {
  it('knows the abbreviations', () => {
    expect(lexicon().match('规工增长', 0)?.ids).toEqual(['industrial_va']);
    expect(lexicon().match('固投增长', 0)?.ids).toEqual(['fixed_investment']);
    expect(lexicon().match('社零增长', 0)?.ids).toEqual(['retail_sales']);
    expect(lexicon().match('规模工业增加值', 0)?.ids).toEqual(['industrial_va']);
    expect(lexicon().match('经济增长5%', 0)?.ids).toEqual(['gdp']);
  });
});

describe('clauses', () => {
  it('reads a hedged growth target', () => {
    expect(read('地区生产总值增长7.5%左右')).toEqual([
      {
        id: 'gdp',
        m: 'growth',
        v: 7.5,
        max: null,
        u: '%',
        q: '左右',
        rel: undefined,
        text: '地区生产总值增长7.5%左右',
      },
    ]);
  });
  it('reads a range', () => {
    expect(read('地区生产总值增长5%—5.5%')[0]).toMatchObject({ v: 5, max: 5.5, q: null });
  });
  it('puts 力争 before the verb into the qualifier', () => {
    expect(read('地区生产总值力争增长6%')[0]).toMatchObject({ v: 6, q: '力争' });
  });
  it('reads 以内 as the hedge of a ceiling and a rate for unemployment', () => {
    expect(read('城镇调查失业率控制在5.5%以内')[0]).toMatchObject({
      id: 'unemployment_surveyed',
      m: 'rate',
      v: 5.5,
      q: '以内',
    });
  });
  it('pairs a 分别 list and spreads its final hedge', () => {
    expect(read('城镇和农村居民人均可支配收入分别增长7%和8%左右').map((x) => [x.id, x.v, x.q])).toEqual([
      ['income_urban', 7, '左右'],
      ['income_rural', 8, '左右'],
    ]);
  });
  it('splits 城乡 when it takes two numbers', () => {
    expect(read('城乡居民人均可支配收入分别增长7%、7.5%').map((x) => x.id)).toEqual(['income_urban', 'income_rural']);
  });
  it('expands 一二三产 lists', () => {
    expect(read('一产、二产、三产增加值分别增长5%左右、5%以上、5%左右').map((x) => [x.id, x.q])).toEqual([
      ['primary_output', '左右'],
      ['secondary_va', '以上'],
      ['tertiary_va', '左右'],
    ]);
  });
  it('makes declines negative', () => {
    expect(read('单位地区生产总值二氧化碳排放下降3.8%')[0]).toMatchObject({ id: 'carbon_intensity', v: -3.8 });
    expect(read('单位GDP能耗降低3.2%左右')[0]).toMatchObject({ id: 'energy_intensity', v: -3.2 });
  });
  it('reads a target relative to the province in 个百分点', () => {
    expect(read('地区生产总值增速力争高于全省1个百分点')[0]).toMatchObject({
      id: 'gdp',
      m: 'growth',
      v: 1,
      u: '个百分点',
      q: '力争',
      rel: '全省',
    });
  });
  it('reads 个百分点 against last year as growth without a reference', () => {
    expect(read('常住人口城镇化率提升1个百分点以上')[0]).toMatchObject({
      id: 'urbanization_rate',
      m: 'growth',
      u: '个百分点',
      rel: undefined,
    });
  });
  it('gives two items for growth and total', () => {
    expect(read('生产总值增长9%,总量突破185亿元').map((x) => [x.m, x.v, x.u, x.q])).toEqual([
      ['growth', 9, '%', null],
      ['level', 185, '亿元', '突破'],
    ]);
  });
  it('reads traditional characters and keeps them in text', () => {
    expect(read('地區生產總值同比增長7.5%左右')[0]).toMatchObject({
      id: 'gdp',
      v: 7.5,
      text: '地區生產總值同比增長7.5%左右',
    });
  });
  it('reads full-width digits and percent signs', () => {
    expect(read('生产总值增长５％左右')[0]).toMatchObject({ v: 5, u: '%', q: '左右' });
  });
  it('does not read a number that belongs to another subject', () => {
    expect(read('规上工业增加值增长9.4%，其中高技术制造业增长15%', 'actual').map((x) => x.v)).toEqual([9.4]);
  });
  it('keeps sub-aggregates out', () => {
    expect(read('规上工业总产值110亿元,增长6.1%,规上工业增加值增速11%', 'actual').map((x) => [x.id, x.v])).toEqual([
      ['industrial_va', 11],
    ]);
  });
  it('names targets outside the taxonomy by their words', () => {
    expect(read('农村低保标准提高6%')[0]).toMatchObject({ id: 'other', v: 6 });
  });
  it('keeps the figure reached in from-to phrases', () => {
    expect(read('一般公共预算收入从3826.5亿元增长到4398.6亿元', 'actual').map((x) => x.v)).toEqual([4398.6]);
  });
  it('skips multi-year growth in results', () => {
    expect(read('地区生产总值年均增长5.7%', 'actual')).toEqual([]);
  });
});

describe('passages', () => {
  const report = [
    '一、2022年工作回顾',
    '预计全年地区生产总值720亿元,增长5%。前三季度,规上工业增加值增长8%。',
    '二、2023年工作安排',
    '今年经济社会发展的主要预期目标是:地区生产总值增长7.5%左右,居民收入增长与经济增长同步。这些目标充分考虑了各方面因素,规上工业增加值增长10%。',
    '重点做好以下工作。固定资产投资增长12%。',
  ].join('\n');
  const norm = normalize(report);
  it('reads only the targets passage', () => {
    const t = extractTargets(norm, report).filter((x) => x.measure !== 'qualitative');
    expect(t.map((x) => [x.indicator, x.value])).toEqual([['gdp', 7.5]]);
  });
  it('reads estimated results of the review year and skips part-year figures', () => {
    const a = extractActuals(norm, report, { reviewYear: null });
    expect(a.map((x) => [x.indicator, x.measure, x.value, x.estimated])).toEqual([
      ['gdp', 'level', 720, true],
      ['gdp', 'growth', 5, true],
    ]);
  });
});

describe('review sentences that name no indicator', () => {
  // extractActuals reads a review sentence only when reviewSentence says it has a digit and names an
  // indicator: pinned here on every sentence of every corpus report, so that a change of readSentence
  // that finds results another way fails here instead of losing them quietly.
  const dir = join(import.meta.dirname, '../../fixtures/corpus/reports');
  it('give readSentence nothing to find in results', () => {
    let skipped = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      const norm = normalize(text);
      for (let s = 0; s < norm.length;) {
        const { end, digits, names } = reviewSentence(norm, s, norm.length);
        if (digits && !names) {
          skipped++;
          expect(readSentence(norm, text, s, end, { mode: 'actual' }), `${file}: ${norm.slice(s, end)}`).toEqual([]);
        }
        s = end + 1;
      }
    }
    expect(skipped).toBeGreaterThan(2000);
  });
  it('are told apart from those that do, 粮食 included', () => {
    const read = (s: string) => reviewSentence(normalize(s), 0, s.length);
    expect(read('全市地区生产总值增长5%。后面')).toEqual({ end: 12, digits: true, names: true });
    expect(read('坚决保障粮食安全,产量达到13.8万吨').names).toBe(true);
    expect(read('新签约项目211个,其中10亿元以上项目18个')).toEqual({ end: 23, digits: true, names: false });
    expect(read('2025年全年举办活动30场').names).toBe(false);
    expect(read('地区生产总值稳步增长').digits).toBe(false);
  });
});
