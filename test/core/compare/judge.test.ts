// One test per outcome rule (core/compare/judge.ts).
import { describe, expect, it } from 'vitest';
import { judge, isCeiling } from '../../../core/compare/judge';
import { item } from './fixtures';

const result = (value: number | null, more: { unit?: string | null; relative_to?: string } = {}) => ({
  value,
  unit: more.unit === undefined ? '%' : more.unit,
  relative_to: more.relative_to,
});

describe('judge', () => {
  it('floor: a growth target is met when the result reaches it, missed otherwise', () => {
    expect(judge(item('gdp', 6.5), { actual: result(7) })).toEqual({ status: 'met', gap: 0.5, rule: 'floor' });
    expect(judge(item('gdp', 6.5), { actual: result(6.5) }).status).toBe('met');
    expect(judge(item('gdp', 6.5, { qualifier: '以上' }), { actual: result(6.2) })).toEqual({
      status: 'missed',
      gap: -0.3,
      rule: 'floor',
    });
  });

  it('range: met from the lower bound', () => {
    const t = item('gdp', 6.5, { value_max: 7 });
    expect(judge(t, { actual: result(6.6) })).toMatchObject({ status: 'met', gap: 0.1 });
    expect(judge(t, { actual: result(6.4) }).status).toBe('missed');
  });

  it('close: a 左右 target missed by at most 0.5 points', () => {
    const t = item('gdp', 6.5, { qualifier: '左右' });
    expect(judge(t, { actual: result(6.0) })).toMatchObject({ status: 'close', gap: -0.5 });
    expect(judge(t, { actual: result(5.9) }).status).toBe('missed');
    expect(judge(item('gdp', 6.5, { qualifier: '以上' }), { actual: result(6.3) }).status).toBe('missed');
  });

  it('ceiling: 以内 / 控制在, CPI, unemployment and required falls are met from below', () => {
    expect(judge(item('cpi', 3, { qualifier: '左右', measure: 'rate' }), { actual: result(2.1) })).toEqual({
      status: 'met',
      gap: -0.9,
      rule: 'ceiling',
    });
    expect(judge(item('cpi', 3, { qualifier: '左右', measure: 'rate' }), { actual: result(3.4) }).status).toBe('close');
    expect(judge(item('unemployment_surveyed', 5.5, { measure: 'rate' }), { actual: result(5.8) }).status).toBe(
      'missed',
    );
    expect(
      judge(item('other', 120, { measure: 'level', unit: '万吨', text: '能源消费总量控制在120万吨' }), {
        actual: { value: 118, unit: '万吨' },
      }).status,
    ).toBe('met');
    expect(judge(item('energy_intensity', -3), { actual: result(-3.4) })).toMatchObject({
      status: 'met',
      rule: 'ceiling',
    });
    expect(judge(item('energy_intensity', -3), { actual: result(-2) }).status).toBe('missed');
    expect(isCeiling(item('gdp', 6))).toBe(false);
    expect(isCeiling(item('grain_output', 50, { measure: 'level', unit: '万吨', text: '粮食产量不低于50万吨' }))).toBe(
      false,
    );
    expect(isCeiling(item('other', 4, { text: '农村贫困发生率低于4%' }))).toBe(true);
  });

  it('in-step: an income target 与经济增长同步 is judged against GDP growth', () => {
    const t = item('income', null, { label: '城乡居民收入', text: '城乡居民收入增长与经济增长同步' });
    expect(judge(t, { actual: result(6.8), gdpGrowth: 6.5 })).toEqual({ status: 'met', gap: 0.3, rule: 'in-step' });
    expect(judge(t, { actual: result(6.2), gdpGrowth: 6.5 }).status).toBe('close');
    expect(judge(t, { actual: result(5), gdpGrowth: 6.5 }).status).toBe('missed');
    expect(judge(t, { actual: result(6.8), gdpGrowth: null }).status).toBe('unknown');
  });

  it('qualitative: other targets without a number are unknown', () => {
    expect(judge(item('emissions', null, { text: '完成省下达的节能减排任务' }), { actual: null })).toEqual({
      status: 'unknown',
      gap: null,
      rule: 'qualitative',
    });
  });

  it('no-actual: no result stated', () => {
    expect(judge(item('gdp', 6), { actual: null })).toMatchObject({ status: 'unknown', rule: 'no-actual' });
  });

  it('relative: compares gaps against the area, unknown without its result', () => {
    const t = item('gdp', 1, { unit: '个百分点', relative_to: '全省', text: '高于全省1个百分点' });
    expect(judge(t, { actual: result(7.5), areaActual: { value: 6, unit: '%' } })).toEqual({
      status: 'met',
      gap: 0.5,
      rule: 'relative',
    });
    expect(judge(t, { actual: result(6.5), areaActual: { value: 6, unit: '%' } }).status).toBe('missed');
    expect(judge(t, { actual: result(0.4, { unit: '个百分点', relative_to: '全省' }) })).toMatchObject({
      status: 'missed',
      gap: -0.6,
    });
    expect(judge(t, { actual: result(7.5) })).toMatchObject({ status: 'unknown', rule: 'no-reference' });
  });

  it('units: amounts convert, unlike units are unknown', () => {
    const t = item('fiscal_revenue', 20, { measure: 'level', unit: '亿元' });
    expect(judge(t, { actual: { value: 210000, unit: '万元' } })).toMatchObject({ status: 'met', gap: 1 });
    expect(judge(t, { actual: { value: 21, unit: '万吨' } })).toMatchObject({ status: 'unknown', rule: 'units' });
  });
});
