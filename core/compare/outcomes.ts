// Last year's targets of a region against the results this year's report states for that year.
import type { Item } from '../types';
import { itemKey } from './items';
import { judge, type OutcomeStatus } from './judge';
import { areaReport, type Saved } from './library';

export interface Outcome {
  indicator: string;
  measure: Item['measure'];
  label: string;
  target: {
    value: number | null;
    value_max: number | null;
    qualifier: string | null;
    year: number | null;
    unit: string | null;
    relative_to: string | null;
    text: string;
  };
  actual: { value: number | null; estimated: boolean; unit: string | null; text: string | null };
  status: OutcomeStatus;
  gap: number | null;
  rule: string;
}

/** The result for a target: same key, a plain figure before one stated against another area. */
function findActual(actuals: Item[], target: Item): Item | null {
  const key = itemKey(target);
  const same = actuals.filter((a) => itemKey(a) === key && a.value !== null);
  if (target.relative_to)
    return same.find((a) => a.relative_to === target.relative_to) ?? same.find((a) => !a.relative_to) ?? null;
  return same.find((a) => !a.relative_to) ?? same[0] ?? null;
}

/** Growth result of an indicator; a combined income falls back to the slower of town and country. */
function growthOf(actuals: Item[], indicator: string): Item | null {
  const find = (id: string) =>
    actuals.find((a) => a.indicator === id && a.measure === 'growth' && a.value !== null && !a.relative_to) ?? null;
  const own = find(indicator);
  if (own || indicator !== 'income') return own;
  // 城乡居民收入与经济增长同步 is kept only if both kept pace.
  const parts = [find('income_urban'), find('income_rural')].filter((a): a is Item => !!a);
  return parts.length === 2 ? parts.reduce((a, b) => (b.value! < a.value! ? b : a)) : null;
}

/** Outcomes of `previous` (the report for year Y−1) as `current` (the report for Y, reviewing Y−1) tells them. */
export function outcomes(current: Saved, previous: Saved, library: Saved[]): Outcome[] {
  const gdp = growthOf(current.actuals, 'gdp');
  return previous.targets.map((t) => {
    const inStep = t.measure === 'qualitative' && /^income/.test(t.indicator);
    const actual = inStep ? growthOf(current.actuals, t.indicator) : findActual(current.actuals, t);
    let areaActual: Item | null = null;
    if (t.relative_to && actual && !actual.relative_to) {
      const area = areaReport(library, current, t.relative_to, current.review_year);
      areaActual = area?.actuals.find((a) => itemKey(a) === itemKey(t) && !a.relative_to && a.value !== null) ?? null;
    }
    const j = judge(t, { actual, gdpGrowth: gdp?.value ?? null, areaActual });
    return {
      indicator: t.indicator,
      measure: t.measure,
      label: t.label,
      target: {
        value: t.value,
        value_max: t.value_max,
        qualifier: t.qualifier,
        year: previous.report_year,
        unit: t.unit,
        relative_to: t.relative_to ?? null,
        text: t.text,
      },
      actual: {
        value: actual?.value ?? null,
        estimated: !!actual?.estimated,
        unit: actual?.unit ?? null,
        text: actual?.text ?? null,
      },
      status: j.status,
      gap: j.gap,
      rule: j.rule,
    };
  });
}
