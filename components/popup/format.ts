// How values read in the popup: 6.5—7% 左右, -13.5%, 720 亿元.
import type { Item } from '../../core/types';

export function formatValue(item: Pick<Item, 'value' | 'value_max' | 'unit' | 'qualifier'>): string {
  if (item.value === null) return '—';
  const range = item.value_max !== null ? `${item.value}—${item.value_max}` : String(item.value);
  const unit = item.unit ?? '';
  return [range + unit, item.qualifier ?? ''].filter(Boolean).join(' ');
}

/** Saved dates in the reader's own calendar format. */
export function formatDate(ms: number): string {
  return new Date(ms).toLocaleString();
}
