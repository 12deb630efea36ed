// The matrix as shown: columns (regions) in the order the user chose, and each row's shading. Pure.
import type { Matrix, MatrixCell } from './matrix-model';

/** Region order: as built (wider areas first), or by one row's values, high to low or low to high. */
export interface MatrixOrder {
  row: string | null; // the row key the regions are ordered by
  desc: boolean;
}

export function columnOrder(m: Matrix, order: MatrixOrder): number[] {
  const cols = m.regions.map((_, i) => i);
  const row = order.row === null ? null : m.rows.find((r) => r.key === order.row);
  if (!row) return cols;
  const v = (i: number) => row.cells[i]?.value ?? null;
  // Regions without a value go last in either direction.
  return cols.sort((a, b) => {
    const va = v(a),
      vb = v(b);
    if (va === null || vb === null) return (va === null ? 1 : 0) - (vb === null ? 1 : 0);
    return order.desc ? vb - va : va - vb;
  });
}

/** 0..1 for each cell: where its value lies between the row's smallest and largest; null when blank or alone. */
export function rowShades(cells: readonly (MatrixCell | null)[]): (number | null)[] {
  const vs = cells.filter((c): c is MatrixCell => !!c).map((c) => c.value);
  const lo = Math.min(...vs),
    hi = Math.max(...vs);
  return cells.map((c) => (c && hi > lo ? (c.value - lo) / (hi - lo) : null));
}

/** The year the most saved work reports speak to: their own year for targets, the year before for results. */
export function busiestYear(reportYears: readonly (number | null)[], mode: 'targets' | 'actuals'): number | null {
  const count = new Map<number, number>();
  for (const y of reportYears) if (y !== null) count.set(y, (count.get(y) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of count)
    if (best === null || n > count.get(best)! || (n === count.get(best)! && y > best)) best = y;
  return best === null ? null : mode === 'targets' ? best : best - 1;
}
