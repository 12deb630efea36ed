// One region over the years: for each indicator, the target each report set for its year and the
// result the next report gave for it. A report for year Y plans Y and reviews Y−1, so year Y's
// target and year Y's result come from two different reports.
import { isNumeric, itemKey, round, unitFactor } from '../../core/compare/items';
import { judge, type OutcomeStatus } from '../../core/compare/judge';
import type { Extraction, Item, Measure } from '../../core/types';

export interface TimelineValue {
  value: number;
  value_max: number | null;
  qualifier: string | null;
  estimated: boolean;
  text: string; // the source sentence
}

export interface TimelinePoint {
  year: number;
  target: TimelineValue | null;
  actual: TimelineValue | null;
  /** The year's target judged by its result (core/compare/judge.ts); null without both. */
  status: OutcomeStatus | null;
}

export interface TimelineSeries {
  key: string;
  indicator: string;
  measure: Measure;
  label: string;
  unit: string | null;
  points: TimelinePoint[]; // by year, ascending
}

interface Building {
  series: TimelineSeries;
  byYear: Map<number, TimelinePoint>;
}

export function timelineOf(reports: readonly Extraction[]): TimelineSeries[] {
  const all = new Map<string, Building>();
  const items = new Map<TimelinePoint, { target?: Item; actual?: Item }>();
  const put = (item: Item, year: number | null, side: 'target' | 'actual') => {
    // Items stated against another area (高于全省1个百分点) are not on the region's own scale.
    if (year === null || !isNumeric(item) || item.relative_to) return;
    const key = itemKey(item);
    let b = all.get(key);
    if (!b) {
      b = {
        series: {
          key,
          indicator: item.indicator,
          measure: item.measure,
          label: item.label,
          unit: item.unit,
          points: [],
        },
        byYear: new Map(),
      };
      all.set(key, b);
    }
    const f = unitFactor(item.unit, b.series.unit);
    if (f === null) return;
    let p = b.byYear.get(year);
    if (!p) b.byYear.set(year, (p = { year, target: null, actual: null, status: null }));
    if (p[side]) return; // the first saved report that states it wins
    items.set(p, { ...items.get(p), [side]: item });
    p[side] = {
      value: round(item.value! * f),
      value_max: item.value_max === null ? null : round(item.value_max * f),
      qualifier: item.qualifier,
      estimated: !!item.estimated,
      text: item.text,
    };
  };
  for (const r of reports) {
    if (r.kind !== 'gwr') continue;
    for (const t of r.targets) put(t, r.report_year, 'target');
    for (const a of r.actuals) put(a, r.review_year, 'actual');
  }
  for (const [p, { target, actual }] of items)
    if (target && actual) p.status = judge(target, { actual, gdpGrowth: null, areaActual: null }).status;
  const out = [...all.values()].map(({ series, byYear }) => ({
    ...series,
    points: [...byYear.values()].sort((a, b) => a.year - b.year),
  }));
  // The indicators with the longest history first: those are the ones worth a chart.
  return out.sort((a, b) => b.points.length - a.points.length || a.label.localeCompare(b.label, 'zh-CN'));
}
