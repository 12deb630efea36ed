// Held-out quality: reports and near misses written for this test (test/fixtures/heldout), never
// used to tune the corpus baselines. They vary what the corpus does not: districts, autonomous
// prefectures and counties, a 盟 and a 旗, county-level cities, the State Council's report, years
// 2016-2025, a December meeting, traditional characters, full-width digits, numbered target
// lists, ranges (6%—6.5%, 6%～6.5%, 6%至6.5%, 6.5%到7%), and portal, forum and newspaper chrome.
// Scored with the scorer's matching rules (cli/score-heldout.ts, test/golden/metrics.ts);
// thresholds sit just under what was measured, so a regression in a general rule fails here.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { scoreDir } from '../../cli/score-heldout';
import { extractReport } from '../../core/extract';

const score = scoreDir(join(__dirname, '../fixtures/heldout'));

describe('held-out reports', () => {
  it('has the set it was measured on', () => {
    expect(score.targets.ng).toBeGreaterThanOrEqual(150);
    expect(score.actuals.ng).toBeGreaterThanOrEqual(200);
    expect(score.nearMisses).toBeGreaterThanOrEqual(10);
  });

  it('reads numeric targets (F1 0.993 measured)', () => {
    expect(score.targets.f1, score.lines.join('\n')).toBeGreaterThanOrEqual(0.98);
  });

  it('reads qualitative targets (F1 1.000 measured)', () => {
    expect(score.qualitative.f1, score.lines.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it("reads last year's results (F1 0.998 measured)", () => {
    expect(score.actuals.f1, score.lines.join('\n')).toBeGreaterThanOrEqual(0.99);
  });

  it('gets kind, region, level, province and years right (1.000 measured)', () => {
    expect(score.meta / score.metaN, score.lines.join('\n')).toBeGreaterThanOrEqual(0.99);
  });

  it('calls every near miss other', () => {
    expect(score.nearRight, score.lines.join('\n')).toBe(score.nearMisses);
  });
});

describe('targets passage over several lines', () => {
  const wrap = (passage: string) =>
    `某市2024年政府工作报告\n\n各位代表：\n\n现在，我代表市人民政府向大会报告工作。\n\n一、2023年工作回顾\n\n全市地区生产总值增长5%。\n\n二、2024年工作安排\n\n${passage}\n\n（一）扩大内需。新增项目100个，增长20%。`;
  const read = (passage: string) =>
    extractReport({ text: wrap(passage), url: null, title: null }).targets.map((t) => `${t.indicator} ${t.value}`);

  it('reads a numbered list under the anchor line', () => {
    expect(
      read('主要预期目标是：\n1.地区生产总值增长6%左右;\n2.一般公共预算收入增长5%;\n3.固定资产投资增长8%。'),
    ).toEqual(['gdp 6', 'fiscal_revenue 5', 'fixed_investment 8']);
  });

  it('reads a list that goes on in the next paragraph', () => {
    expect(read('主要预期目标是：地区生产总值增长6%左右。\n城乡居民人均可支配收入分别增长6%和7%。')).toEqual([
      'gdp 6',
      'income_urban 6',
      'income_rural 7',
    ]);
  });

  it('stops at a paragraph about a target', () => {
    expect(
      read(
        '主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。\n地区生产总值增长6%左右的目标，综合考虑了需要和可能。',
      ),
    ).toEqual(['gdp 6', 'fiscal_revenue 5']);
  });
});
