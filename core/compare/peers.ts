// This year's targets beside the same targets of the other saved regions, and of the area above.
import type { Item, Level } from '../types';
import { isNumeric, itemKey, round, unitFactor } from './items';
import { isCeiling } from './judge';
import { parentReport, peerReports, type Saved } from './library';

export interface Peer {
  indicator: string;
  measure: Item['measure'];
  region: string;
  level: Level | null;
  year: number | null;
  value: number; // in the current report's unit
  value_max: number | null;
  qualifier: string | null;
  /** The peer report's sentence the target was read from (values above are converted, the text is not). Always set here. */
  text?: string;
}

export interface PeerGroup {
  indicator: string;
  measure: Item['measure'];
  label: string;
  year: number | null;
  value: number;
  value_max: number | null;
  /** The unit of this report's target; the peers' values are converted into it. */
  unit?: string | null;
  /** Lower is tighter (以内, CPI, unemployment, required falls): ranks then read from the lowest. */
  ceiling?: boolean;
  /** This report's region and level, for views that list it among its peers. */
  region?: string | null;
  level?: Level | null;
  /** This report's sentence the target was read from. Always set here. */
  text?: string;
  /** 1 = the highest target among this region and its peers. */
  rank: number;
  count: number;
  /** Median of all targets in the group, this region's included. */
  median: number;
  /** The same target of the area above (a province for its prefectures and counties), when saved. */
  parent: { region: string; value: number; value_max: number | null; qualifier: string | null; text?: string } | null;
  /** This region's target minus the parent's: how much the target was raised on the way down. */
  amplification: number | null;
}

function sameTarget(report: Saved, t: Item): Item | null {
  const key = itemKey(t);
  for (const o of report.targets) {
    if (
      itemKey(o) === key &&
      isNumeric(o) &&
      (o.relative_to ?? '') === (t.relative_to ?? '') &&
      unitFactor(o.unit, t.unit) !== null
    )
      return o;
  }
  return null;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : round((s[m - 1] + s[m]) / 2);
}

export function peers(current: Saved, library: Saved[]): { peers: Peer[]; groups: PeerGroup[] } {
  const others = peerReports(library, current);
  const parent = parentReport(library, current, current.report_year);
  const all: Peer[] = [];
  const groups: PeerGroup[] = [];
  const seen = new Set<string>();
  for (const t of current.targets) {
    if (!isNumeric(t) || t.relative_to || seen.has(itemKey(t))) continue;
    seen.add(itemKey(t));
    const list: Peer[] = [];
    for (const r of others) {
      const o = sameTarget(r, t);
      if (!o) continue;
      const f = unitFactor(o.unit, t.unit)!;
      list.push({
        indicator: t.indicator,
        measure: t.measure,
        region: r.region!,
        level: r.level,
        year: r.report_year,
        value: round(o.value! * f),
        value_max: o.value_max === null ? null : round(o.value_max * f),
        qualifier: o.qualifier,
        text: o.text,
      });
    }
    const up = parent ? sameTarget(parent, t) : null;
    if (!list.length && !up) continue;
    all.push(...list);
    const values = [t.value!, ...list.map((p) => p.value)];
    const f = up ? unitFactor(up.unit, t.unit)! : 1;
    groups.push({
      indicator: t.indicator,
      measure: t.measure,
      label: t.label,
      year: current.report_year,
      value: t.value!,
      value_max: t.value_max,
      unit: t.unit,
      ceiling: isCeiling(t),
      region: current.region,
      level: current.level,
      text: t.text,
      rank: 1 + list.filter((p) => p.value > t.value!).length,
      count: values.length,
      median: median(values),
      parent:
        up && parent
          ? {
              region: parent.region!,
              value: round(up.value! * f),
              value_max: up.value_max === null ? null : round(up.value_max * f),
              qualifier: up.qualifier,
              text: up.text,
            }
          : null,
      amplification: up ? round(t.value! - up.value! * f) : null,
    });
  }
  return { peers: all, groups };
}
