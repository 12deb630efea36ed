// This year's targets against last year's, indicator by indicator: raised, lowered or kept.
import type { Item } from '../types';
import { isNumeric, itemKey, round, unitFactor } from './items';
import type { Saved } from './library';

/**
 * A target as the view shows it; `text` is the sentence it was read from, so the number can be traced
 * (always set here; optional for view models built elsewhere, which then show the number alone).
 */
export interface TargetValue {
  value: number | null;
  value_max: number | null;
  qualifier: string | null;
  unit: string | null;
  year: number | null;
  text?: string;
}

export interface Change {
  indicator: string;
  measure: Item['measure'];
  label: string;
  previous: TargetValue;
  current: TargetValue;
  change: 'up' | 'down' | 'same';
  /** current − previous, lower bounds, in the current target's unit. */
  delta: number;
}

const view = (t: Item, year: number | null): TargetValue => ({
  value: t.value,
  value_max: t.value_max,
  qualifier: t.qualifier,
  unit: t.unit,
  year,
  text: t.text,
});

/**
 * Pairs of numeric targets with the same key. A range compares by its lower bound, then its upper bound
 * (6.5-7% after 6.5% is up). Qualitative targets and units that do not convert are left out.
 */
export function changes(current: Saved, previous: Saved): Change[] {
  const before = new Map<string, Item>();
  for (const t of previous.targets) if (isNumeric(t) && !before.has(itemKey(t))) before.set(itemKey(t), t);
  const out: Change[] = [];
  const done = new Set<string>();
  for (const t of current.targets) {
    const key = itemKey(t);
    const p = before.get(key);
    if (!p || !isNumeric(t) || done.has(key) || (p.relative_to ?? '') !== (t.relative_to ?? '')) continue;
    const f = unitFactor(p.unit, t.unit);
    if (f === null) continue;
    done.add(key);
    const lo = round(t.value! - p.value! * f);
    const hi = round((t.value_max ?? t.value!) - (p.value_max ?? p.value!) * f);
    const dir = lo !== 0 ? lo : hi;
    out.push({
      indicator: t.indicator,
      measure: t.measure,
      label: t.label,
      previous: view(p, previous.report_year),
      current: view(t, current.report_year),
      change: dir > 0 ? 'up' : dir < 0 ? 'down' : 'same',
      delta: lo,
    });
  }
  return out;
}
