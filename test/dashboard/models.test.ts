import { describe, expect, it } from 'vitest';
import { timelineOf } from '../../components/dashboard/timeline-model';
import { matrixOf } from '../../components/dashboard/matrix-model';
import { linear, valueScale } from '../../components/dashboard/chart-scale';
import { extraction, item } from './fixtures';

describe('timelineOf', () => {
  const r2022 = extraction('天门市', 2022, {
    targets: [
      item('gdp', '地区生产总值', 7),
      item('fiscal_revenue', '地方一般公共预算收入', 50, { measure: 'level', unit: '亿元' }),
    ],
    actuals: [item('gdp', '地区生产总值', 6.1)],
  });
  const r2023 = extraction('天门市', 2023, {
    targets: [
      item('gdp', '地区生产总值', 6.5, { value_max: 7, qualifier: '左右' }),
      item('gdp', '地区生产总值', 1, { relative_to: '全省', unit: '个百分点' }),
    ],
    actuals: [
      item('gdp', '地区生产总值', 5.2, { estimated: true }),
      item('fiscal_revenue', '地方一般公共预算收入', 520000, { measure: 'level', unit: '万元' }),
    ],
  });

  it("puts year Y's target (report Y) beside year Y's result (report Y+1)", () => {
    const gdp = timelineOf([r2023, r2022]).find((s) => s.key === 'gdp|growth')!;
    expect(gdp.points).toEqual([
      { year: 2021, target: null, actual: expect.objectContaining({ value: 6.1 }), status: null },
      {
        year: 2022,
        target: expect.objectContaining({ value: 7, text: '地区生产总值增长7%' }),
        actual: expect.objectContaining({ value: 5.2, estimated: true }),
        status: 'missed', // 5.2 against 7: judged as the comparison judges (core/compare/judge.ts)
      },
      {
        year: 2023,
        target: expect.objectContaining({ value: 6.5, value_max: 7, qualifier: '左右' }),
        actual: null,
        status: null,
      },
    ]);
  });

  it('converts units within a series and leaves out relative targets', () => {
    const fiscal = timelineOf([r2022, r2023]).find((s) => s.indicator === 'fiscal_revenue')!;
    expect(fiscal.unit).toBe('亿元');
    expect(fiscal.points.map((p) => [p.year, p.target?.value ?? null, p.actual?.value ?? null])).toEqual([
      [2022, 50, 52],
    ]);
    expect(timelineOf([r2023]).some((s) => s.points.some((p) => p.target?.value === 1))).toBe(false);
  });

  it('ignores progress notices and pages that are not reports', () => {
    expect(timelineOf([extraction('天门市', 2023, { kind: 'progress', targets: [item('gdp', 'x', 1)] })])).toEqual([]);
  });
});

describe('matrixOf', () => {
  const reports = [
    extraction('宁波市', 2023, { targets: [item('gdp', '地区生产总值', 5.5), item('other', '某项指标', 3)] }),
    extraction('浙江省', 2023, {
      level: 'province',
      targets: [item('gdp', '地区生产总值', 5), item('cpi', '居民消费价格', 3, { measure: 'rate' })],
    }),
    extraction('杭州市', 2024, {
      targets: [item('gdp', '地区生产总值', 5.5)],
      actuals: [item('gdp', '地区生产总值', 5.6)],
    }),
  ];

  it('lays targets of a year out by indicator and region, province first', () => {
    const m = matrixOf(reports, 2023, 'targets');
    expect(m.regions).toEqual(['浙江省', '宁波市']);
    expect(m.rows.map((r) => r.key)).toEqual(['gdp|growth', 'cpi|rate']); // fullest row first, no `other`
    expect(m.rows[0].cells.map((c) => c?.value)).toEqual([5, 5.5]);
    expect(m.rows[1].cells[1]).toBeNull();
  });

  it("reads a year's results from the next year's reports", () => {
    const m = matrixOf(reports, 2023, 'actuals');
    expect(m.regions).toEqual(['杭州市']);
    expect(m.rows[0].cells[0]).toMatchObject({ value: 5.6, text: '地区生产总值增长5.6%' });
  });
});

describe('chart scale', () => {
  it('maps a domain onto a range, widening a single value', () => {
    const s = linear([0, 10], [100, 0]);
    expect([s(0), s(5), s(10)]).toEqual([100, 50, 0]);
    expect(linear([3, 3], [0, 10])(3)).toBe(5);
  });

  it('starts the value axis at zero with round ticks: a small fall is drawn small', () => {
    const s = valueScale([5.53, 5.17], [100, 0]);
    expect(s.domain[0]).toBe(0);
    expect(s.domain[1]).toBeGreaterThanOrEqual(5.53);
    expect(s.ticks[0]).toBe(0);
    for (const tick of s.ticks) expect(String(tick)).toMatch(/^-?\d+(\.5)?$/);
    const fall = valueScale([-0.4, 6.1], [100, 0]);
    expect(fall.domain[0]).toBeLessThanOrEqual(-0.4);
    // -0.4 sits just below the zero line, not at the frame's bottom.
    expect(fall(0) - fall(-0.4)).toBeLessThan(15);
  });
});
