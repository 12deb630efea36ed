// outcomes, changes and peers on hand-built records, through compareReport.
import { describe, expect, it } from 'vitest';
import { compareReport } from '../../../core/compare';
import { item, report } from './fixtures';

const last = report('甲市', 2023, {
  targets: [
    item('gdp', 6.5, { qualifier: '左右' }),
    item('income', null, { text: '城乡居民收入增长与经济增长同步' }),
    item('cpi', 3, { measure: 'rate', qualifier: '左右' }),
    item('fiscal_revenue', 20, { measure: 'level', unit: '亿元' }),
    item('other', 10, { label: '工业投资' }),
  ],
});
const now = report('甲市', 2024, {
  actuals: [
    item('gdp', 6.1, { estimated: true }),
    item('income_urban', 6.3),
    item('income_rural', 7.2),
    item('cpi', 1.8, { measure: 'rate' }),
    item('fiscal_revenue', 198000, { measure: 'level', unit: '万元' }),
    item('other', 12, { label: '工业投资' }),
  ],
  targets: [
    item('gdp', 6, { qualifier: '左右' }),
    item('cpi', 3, { measure: 'rate', qualifier: '左右' }),
    item('fiscal_revenue', 21, { measure: 'level', unit: '亿元' }),
    item('other', 8, { label: '工业投资' }),
    item('new_urban_jobs', 1.2, { measure: 'level', unit: '万人' }),
  ],
});

describe('outcomes', () => {
  const c = compareReport(now, [last, report('乙市', 2023)]);
  const by = (id: string) => c.outcomes.find((o) => o.indicator === id)!;

  it("pairs each of last year's targets with this report's result", () => {
    expect(c.previous).toEqual({ region: '甲市', report_year: 2023 });
    expect(by('gdp')).toMatchObject({
      target: { value: 6.5, value_max: null, qualifier: '左右', year: 2023 },
      actual: { value: 6.1, estimated: true },
      status: 'close',
      gap: -0.4,
    });
    expect(by('cpi')).toMatchObject({ status: 'met', gap: -1.2 });
    expect(by('fiscal_revenue')).toMatchObject({ status: 'missed', gap: -0.2 });
    expect(by('other')).toMatchObject({ label: '工业投资', status: 'met', gap: 2 });
  });

  it('judges 同步 income by the slower of town and country against GDP growth', () => {
    expect(by('income')).toMatchObject({ actual: { value: 6.3 }, status: 'met', gap: 0.2, rule: 'in-step' });
  });

  it("finds nothing to judge without last year's report of the same region", () => {
    expect(compareReport(now, [report('乙市', 2023, { targets: last.targets })]).outcomes).toEqual([]);
    expect(compareReport({ ...now, region: null }, [{ ...last, region: null }]).outcomes).toEqual([]);
  });

  it("judges a target relative to the province with the province's saved result", () => {
    const rel = report('甲市', 2023, { targets: [item('gdp', 1, { unit: '个百分点', relative_to: '全省' })] });
    const province = report('湖北省', 2024, { level: 'province', actuals: [item('gdp', 5.6)] });
    expect(compareReport(now, [rel]).outcomes[0].status).toBe('unknown');
    expect(compareReport(now, [rel, province]).outcomes[0]).toMatchObject({ status: 'missed', gap: -0.5 });
  });
});

describe('changes', () => {
  const c = compareReport(now, [last]);
  it('says up, down or same with both values, units converted', () => {
    expect(c.changes.map((x) => [x.indicator, x.change, x.previous.value, x.current.value])).toEqual([
      ['gdp', 'down', 6.5, 6],
      ['cpi', 'same', 3, 3],
      ['fiscal_revenue', 'up', 20, 21],
      ['other', 'down', 10, 8],
    ]);
  });
  it('reads a range by its bounds', () => {
    const a = report('甲市', 2023, { targets: [item('gdp', 6.5)] });
    const b = report('甲市', 2024, { targets: [item('gdp', 6.5, { value_max: 7 })] });
    expect(compareReport(b, [a]).changes[0]).toMatchObject({ change: 'up', delta: 0 });
  });
});

describe('peers', () => {
  const province = report('湖北省', 2024, {
    level: 'province',
    province: '湖北省',
    targets: [
      item('gdp', 5.5, { qualifier: '左右' }),
      item('fiscal_revenue', 3000, { measure: 'level', unit: '亿元' }),
    ],
  });
  const lib = [
    report('乙市', 2024, { targets: [item('gdp', 7)] }),
    report('丙市', 2024, { targets: [item('gdp', 5.5), item('cpi', 3, { measure: 'rate' })] }),
    report('丁市', 2023, { targets: [item('gdp', 9)] }),
    province,
  ];
  const c = compareReport(now, lib);

  it('lists the same target of the other regions for the same year', () => {
    expect(c.peers.filter((p) => p.indicator === 'gdp').map((p) => [p.region, p.year, p.value])).toEqual([
      ['乙市', 2024, 7],
      ['丙市', 2024, 5.5],
      ['湖北省', 2024, 5.5],
    ]);
  });

  it("ranks the region among them, gives the median and the province's target above it", () => {
    const g = c.peer_groups.find((x) => x.indicator === 'gdp')!;
    expect(g).toMatchObject({
      value: 6,
      rank: 2,
      count: 4,
      median: 5.75,
      parent: { region: '湖北省', value: 5.5 },
      amplification: 0.5,
    });
    expect(c.peer_groups.find((x) => x.indicator === 'fiscal_revenue')).toMatchObject({
      parent: { value: 3000 },
      count: 2,
    });
    expect(c.peer_groups.find((x) => x.indicator === 'new_urban_jobs')).toBeUndefined();
  });
});

describe('compareReport on other kinds', () => {
  it('returns empty lists for a page that is not a report', () => {
    const c = compareReport(report('甲市', 2024, { kind: 'other', targets: now.targets }), [last]);
    expect([c.outcomes, c.changes, c.peers, c.tasks]).toEqual([[], [], [], []]);
  });
});
