// Indicator × region for one year: everyone's targets for that year, or everyone's results in it.
// Results for year Y are in the reports for Y+1 (they review Y), targets in the reports for Y.
import { isNumeric, itemKey, round, unitFactor } from '../../core/compare/items';
import type { Extraction, Level } from '../../core/types';

export type MatrixMode = 'targets' | 'actuals';

export interface MatrixCell {
  value: number;
  value_max: number | null;
  qualifier: string | null;
  estimated: boolean;
  text: string;
}

export interface MatrixRow {
  key: string;
  label: string;
  unit: string | null;
  cells: (MatrixCell | null)[]; // one per region, in `regions` order
}

export interface Matrix {
  year: number;
  mode: MatrixMode;
  regions: string[];
  rows: MatrixRow[];
}

const LEVEL_ORDER: Record<Level, number> = { national: 0, province: 1, prefecture: 2, county: 3 };

/** The report years a matrix reads: its own year for targets, the year after for results. */
export const reportYearFor = (year: number, mode: MatrixMode) => (mode === 'targets' ? year : year + 1);

export function matrixOf(reports: readonly Extraction[], year: number, mode: MatrixMode): Matrix {
  const wanted = reports.filter((r) => r.kind === 'gwr' && r.region && r.report_year === reportYearFor(year, mode));
  // Wider areas first (province before its cities), then by name; one report per region.
  wanted.sort(
    (a, b) =>
      LEVEL_ORDER[a.level ?? 'county'] - LEVEL_ORDER[b.level ?? 'county'] ||
      a.region!.localeCompare(b.region!, 'zh-CN'),
  );
  const regions: string[] = [];
  const used: Extraction[] = [];
  for (const r of wanted)
    if (!regions.includes(r.region!)) {
      regions.push(r.region!);
      used.push(r);
    }

  const rows = new Map<string, MatrixRow>();
  used.forEach((r, col) => {
    for (const item of mode === 'targets' ? r.targets : r.actuals) {
      // Taxonomy indicators only: `other` labels differ from region to region and would not line up.
      if (item.indicator === 'other' || !isNumeric(item) || item.relative_to) continue;
      const key = itemKey(item);
      let row = rows.get(key);
      if (!row) rows.set(key, (row = { key, label: item.label, unit: item.unit, cells: regions.map(() => null) }));
      const f = unitFactor(item.unit, row.unit);
      if (f === null || row.cells[col]) continue;
      row.cells[col] = {
        value: round(item.value! * f),
        value_max: item.value_max === null ? null : round(item.value_max * f),
        qualifier: item.qualifier,
        estimated: !!item.estimated,
        text: item.text,
      };
    }
  });
  const filled = (r: MatrixRow) => r.cells.filter(Boolean).length;
  return { year, mode, regions, rows: [...rows.values()].sort((a, b) => filled(b) - filled(a)) };
}
