// Which saved records a comparison needs (core/compare/library.ts) is the one rule both the popup's path
// (database indexes) and the dashboard's (its list of summaries) read by. Tested here once: on generated
// libraries, comparing with only the records `neededIds` picks gives exactly what the whole library gives.
import { describe, expect, it } from 'vitest';
import { compareReport } from '../../../core/compare';
import {
  PEER_LIMIT,
  SOURCE_LIMIT,
  comparisonNeeds,
  neededIds,
  type RecordKeys,
  type Saved,
} from '../../../core/compare/library';
import type { Kind } from '../../../core/types';
import { int, mulberry32, pick, type Rng } from '../../fuzz/prng';
import { item, report } from './fixtures';

const REGIONS = ['天门市', '仙桃市', '潜江市', '湖北省', '全国', '宁波市', '浙江省', null];
const PROVINCE: Record<string, string | null> = { 宁波市: '浙江省', 湖北省: null, 浙江省: null, 全国: null };
const TASK = '加快建设高标准农田，新建10万亩。';
const TEXT = `一、过去一年工作回顾\n地区生产总值增长5.2%。\n二、今年工作安排\n${TASK}`;

function record(rng: Rng): Saved {
  const region = pick(rng, REGIONS);
  const year = rng() < 0.1 ? null : 2021 + int(rng, 4);
  const kind = pick<Kind>(rng, ['gwr', 'gwr', 'gwr', 'progress', 'other']);
  const v = () => Math.round(rng() * 80) / 10;
  return report(region ?? '', year ?? 0, {
    kind,
    region,
    report_year: year,
    review_year: year === null ? null : year - 1,
    level: region === '全国' ? 'national' : region?.endsWith('省') ? 'province' : 'prefecture',
    province: region === null ? null : region in PROVINCE ? PROVINCE[region] : '湖北省',
    targets: [
      item('gdp', v(), { qualifier: '左右' }),
      item('income', v()),
      ...(rng() < 0.3 ? [item('fixed_investment', v(), { relative_to: pick(rng, ['全省', '全国']) })] : []),
    ],
    actuals: [item('gdp', v()), item('income', v()), item('fixed_investment', v())],
    rows:
      kind === 'progress'
        ? [{ no: 1, task: TASK, lead: ['市农业农村局'], partners: [], progress: '', status: '有序推进' }]
        : [],
    text: TEXT,
  });
}

const keysOf = (library: Saved[]): RecordKeys[] =>
  library.map((r, i) => ({ id: i + 1, region: r.region, report_year: r.report_year, kind: r.kind }));

describe('comparisonNeeds and neededIds', () => {
  it('pick every record a comparison uses: the same answer as the whole library, for every record of 200 libraries', () => {
    let compared = 0;
    let withSomething = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const rng = mulberry32(seed);
      const library = Array.from({ length: 5 + int(rng, 40) }, () => record(rng));
      const keys = keysOf(library);
      for (const [i, current] of library.entries()) {
        const ownId = i + 1;
        const full = library.filter((r) => r !== current);
        const picked = neededIds(comparisonNeeds(current), keys, ownId).map((id) => library[id - 1]);
        const expected = compareReport(current, full);
        expect(compareReport(current, picked), `seed ${seed}, record ${ownId}`).toEqual(expected);
        compared++;
        if (expected.previous || expected.peers.length || expected.source) withSomething++;
      }
    }
    // The generated libraries exercise the rule: most comparisons find something.
    expect(withSomething).toBeGreaterThan(compared / 2);
  });

  it('picks nothing for a page that is no report, or a work report whose year is unknown', () => {
    const keys: RecordKeys[] = [{ id: 1, region: '天门市', report_year: 2023, kind: 'gwr' }];
    expect(neededIds(comparisonNeeds(report('天门市', 2024, { kind: 'other' })), keys)).toEqual([]);
    expect(neededIds(comparisonNeeds({ ...report('天门市', 2024), report_year: null }), keys)).toEqual([]);
  });

  it('reads one record per peer region, the first PEER_LIMIT regions in save order', () => {
    const keys: RecordKeys[] = [];
    for (let i = 0; i < 2 * PEER_LIMIT; i++) {
      keys.push({ id: keys.length + 1, region: `地区${i}`, report_year: 2024, kind: 'gwr' });
      keys.push({ id: keys.length + 1, region: `地区${i}`, report_year: 2024, kind: 'gwr' }); // a corrected duplicate
    }
    const ids = neededIds(comparisonNeeds({ ...report('地区0', 2024), province: null }), keys);
    expect(ids).toEqual(Array.from({ length: PEER_LIMIT }, (_, i) => 2 * (i + 1) + 1));
  });

  it("reads a notice's candidate reports by region (by year, then saved), or one per region of its year", () => {
    const keys: RecordKeys[] = [];
    for (let y = 2050; y > 2000; y--) keys.push({ id: keys.length + 1, region: '天门市', report_year: y, kind: 'gwr' });
    keys.push({ id: keys.length + 1, region: '天门市', report_year: null, kind: 'gwr' }); // no index holds it
    const regionOnly = neededIds(
      comparisonNeeds({ ...report('天门市', 0, { kind: 'progress' }), report_year: null }),
      keys,
    );
    expect(regionOnly).toEqual(Array.from({ length: SOURCE_LIMIT }, (_, i) => 50 - i).reverse());
    const yearOnly = neededIds(comparisonNeeds({ ...report('', 2030, { kind: 'progress' }), region: null }), keys);
    expect(yearOnly).toEqual([21]);
    expect(comparisonNeeds(report('天门市', 2030, { kind: 'progress' })).text).toBe(true);
  });
});
