// Every number in a comparison carries the sentence it was read from: changes and peers too, not only outcomes.
import { describe, expect, it } from 'vitest';
import { compareReport } from '../../../core/compare';
import { item, report } from './fixtures';

const last = report('甲市', 2023, {
  targets: [item('gdp', 6.5, { qualifier: '左右', text: '地区生产总值增长6.5%左右' })],
});
const now = report('甲市', 2024, {
  targets: [
    item('gdp', 6, { qualifier: '左右', text: '地区生产总值增长6%左右' }),
    item('fiscal_revenue', 21, { measure: 'level', unit: '亿元', text: '地方一般公共预算收入21亿元' }),
  ],
});
const peer = report('乙市', 2024, {
  targets: [
    item('gdp', 7, { text: '全市生产总值增长7%' }),
    item('fiscal_revenue', 250000, { measure: 'level', unit: '万元', text: '一般公共预算收入250000万元' }),
  ],
});
const province = report('湖北省', 2024, {
  level: 'province',
  province: null,
  targets: [item('gdp', 5.5, { qualifier: '左右', text: '全省生产总值增长5.5%左右' })],
});

describe('source sentences', () => {
  const c = compareReport(now, [last, peer, province]);

  it("changes: last year's and this year's target each keep their own sentence", () => {
    const gdp = c.changes.find((x) => x.indicator === 'gdp')!;
    expect(gdp.previous.text).toBe('地区生产总值增长6.5%左右');
    expect(gdp.current.text).toBe('地区生产总值增长6%左右');
    expect(gdp.change).toBe('down');
  });

  it('peers: the group, each peer and the area above keep their sentences; converted values keep the original text', () => {
    const gdp = c.peer_groups.find((g) => g.indicator === 'gdp')!;
    expect(gdp.text).toBe('地区生产总值增长6%左右');
    expect(gdp.parent).toMatchObject({ region: '湖北省', value: 5.5, text: '全省生产总值增长5.5%左右' });
    const money = c.peers.find((p) => p.indicator === 'fiscal_revenue')!;
    expect(money).toMatchObject({ region: '乙市', value: 25, text: '一般公共预算收入250000万元' });
    expect(c.peers.find((p) => p.indicator === 'gdp')!.text).toBe('全市生产总值增长7%');
  });
});
