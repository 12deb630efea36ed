// How numbers read in the comparison: 6.5—7% 左右, -13.5%, +0.5 个百分点.
export interface Amount {
  value: number | null;
  value_max?: number | null;
  unit?: string | null;
  qualifier?: string | null;
}

export function formatAmount(a: Amount): string {
  if (a.value === null) return '—';
  const range = a.value_max != null ? `${a.value}—${a.value_max}` : String(a.value);
  return [range + (a.unit ?? ''), a.qualifier ?? ''].filter(Boolean).join(' ');
}

/** A difference with its sign always shown: +0.5, -1.2, 0. */
export function formatDelta(x: number | null, unit?: string | null): string {
  if (x === null) return '—';
  const u = unit === '%' ? ' 个百分点' : (unit ?? '');
  return (x > 0 ? '+' : '') + String(x) + u;
}
