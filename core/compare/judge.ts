// The outcome rules: did last year's target get reached? One function, each rule in one place.
import { normalize } from '../text/normalize';
import type { Item } from '../types';
import { round, unitFactor } from './items';

export type OutcomeStatus = 'met' | 'close' | 'missed' | 'unknown';

export interface Judgement {
  status: OutcomeStatus;
  /** actual − the bound that matters, in the target's unit (percentage points for % targets); null when not judged. */
  gap: number | null;
  /** Which rule decided, for the view's tooltip and for tests. */
  rule: 'qualitative' | 'no-actual' | 'in-step' | 'relative' | 'no-reference' | 'units' | 'ceiling' | 'floor';
}

export interface Evidence {
  /** This report's result for the target's indicator (for 同步 targets: the income growth result). */
  actual: Pick<Item, 'value' | 'unit' | 'relative_to'> | null;
  /** This report's GDP growth result: what 与经济增长同步 is measured against. */
  gdpGrowth?: number | null;
  /** The review-year result of the area a relative target names (全省, 全国), when that report is saved. */
  areaActual?: Pick<Item, 'value' | 'unit'> | null;
}

/** A 左右 target missed by at most this many percentage points is `close`, not `missed`. */
export const CLOSE_POINTS = 0.5;

// Indicators where lower is better, whatever the wording: prices, unemployment, pollution.
const LOWER_IS_BETTER = /^(cpi|unemployment_.*|pm25)$/;
// 不低于 is a floor, not a ceiling.
const CEILING_WORDS = /以内|以下|不超过|不高于|控制在|(?<!不)低于/;

/** A ceiling is met from below: 以内 / 控制在 / 不超过, CPI and unemployment, and required falls (下降3%). */
export function isCeiling(target: Pick<Item, 'indicator' | 'measure' | 'value' | 'qualifier' | 'text'>): boolean {
  if (LOWER_IS_BETTER.test(target.indicator)) return true;
  if (CEILING_WORDS.test(target.qualifier ?? '') || CEILING_WORDS.test(normalize(target.text ?? ''))) return true;
  // 单位GDP能耗下降3% reads as value -3: the fall must be at least that deep.
  return target.measure === 'growth' && target.value !== null && target.value < 0;
}

const isInStep = (t: Item) => /^income/.test(t.indicator) && /同步/.test(normalize(`${t.label}${t.text}`));

/**
 * Judge one of last year's targets against this report's result. Rules, in the order they apply:
 *
 * 1. in-step: an income target saying 与经济增长同步 is met when income growth ≥ GDP growth (both this
 *    report's results), close when at most 0.5 points behind; unknown without either number.
 * 2. qualitative: any other target without a number cannot be judged (unknown).
 * 3. no-actual: the report states no result for the indicator (unknown).
 * 4. relative: a target stated against another area (高于全省1个百分点) compares relative gaps: the result
 *    as stated against the same area, or the result minus that area's saved result; unknown (no-reference)
 *    when the area's result is not in the library.
 * 5. units: target and result in units that do not convert (unknown).
 * 6. ceiling: 以内 / 控制在 / 不超过, CPI, unemployment and required falls are met when the result is at or
 *    below the bound (the upper end of a range).
 * 7. floor: everything else is met when the result reaches the target (the lower end of a range).
 *
 * In rules 6 and 7 a 左右 target missed by at most 0.5 percentage points is `close` (for amounts, by at
 * most 0.5% of the target). `gap` is always result − bound: negative under a floor means short of it,
 * positive over a ceiling means above it.
 */
export function judge(target: Item, ev: Evidence): Judgement {
  const loose = /左右/.test(target.qualifier ?? '');
  if (isInStep(target)) {
    const a = ev.actual?.value ?? null,
      g = ev.gdpGrowth ?? null;
    if (a === null || g === null) return { status: 'unknown', gap: null, rule: 'in-step' };
    const gap = round(a - g);
    return { status: gap >= 0 ? 'met' : gap >= -CLOSE_POINTS ? 'close' : 'missed', gap, rule: 'in-step' };
  }
  if (target.measure === 'qualitative' || target.value === null)
    return { status: 'unknown', gap: null, rule: 'qualitative' };
  const actual = ev.actual;
  if (!actual || actual.value === null) return { status: 'unknown', gap: null, rule: 'no-actual' };

  let result = actual.value;
  let rule: Judgement['rule'] | null = null;
  if (target.relative_to) {
    if (actual.relative_to && actual.relative_to === target.relative_to) rule = 'relative';
    else if (!actual.relative_to && ev.areaActual?.value != null && unitFactor(ev.areaActual.unit, actual.unit) === 1) {
      result = actual.value - ev.areaActual.value; // both in %: the difference is in points
      rule = 'relative';
    } else return { status: 'unknown', gap: null, rule: 'no-reference' };
  } else {
    if (actual.relative_to) return { status: 'unknown', gap: null, rule: 'no-reference' };
    const f = unitFactor(actual.unit, target.unit);
    if (f === null) return { status: 'unknown', gap: null, rule: 'units' };
    result = actual.value * f;
  }

  const ceiling = isCeiling(target);
  const bound = ceiling ? (target.value_max ?? target.value) : target.value;
  const gap = round(result - bound);
  const met = ceiling ? gap <= 0 : gap >= 0;
  const points = target.measure !== 'level' || target.unit === '%';
  const slack = points ? CLOSE_POINTS : Math.abs(bound) * 0.005;
  const status: OutcomeStatus = met ? 'met' : loose && Math.abs(gap) <= slack + 1e-9 ? 'close' : 'missed';
  return { status, gap, rule: rule ?? (ceiling ? 'ceiling' : 'floor') };
}
