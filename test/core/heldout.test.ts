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

  it('reads last year\'s results (F1 0.998 measured)', () => {
    expect(score.actuals.f1, score.lines.join('\n')).toBeGreaterThanOrEqual(0.99);
  });

  it('gets kind, region, level, province and years right (1.000 measured)', () => {
    expect(score.meta / score.metaN, score.lines.join('\n')).toBeGreaterThanOrEqual(0.99);
  });

  it('calls every near miss other', () => {
    expect(score.nearRight, score.lines.join('\n')).toBe(score.nearMisses);
  });
});
