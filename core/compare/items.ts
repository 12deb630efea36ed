// What makes two items comparable: the same indicator and measure (and, for `other`, the same label),
// with values in units that convert into each other.
import { normalize } from '../text/normalize';
import type { Item } from '../types';

/** Items with the same key talk about the same quantity. `other` items only match by their wording. */
export function itemKey(item: Pick<Item, 'indicator' | 'measure' | 'label'>): string {
  const base = `${item.indicator}|${item.measure}`;
  return item.indicator === 'other' ? `${base}|${normalize(item.label ?? '').replace(/\s+/g, '')}` : base;
}

// Amounts a report may state at different magnitudes (亿元 one year, 万元 the next).
const SCALE: Record<string, [string, number]> = {
  元: ['元', 1],
  万元: ['元', 1e4],
  亿元: ['元', 1e8],
  万亿元: ['元', 1e12],
  美元: ['美元', 1],
  万美元: ['美元', 1e4],
  亿美元: ['美元', 1e8],
  吨: ['吨', 1],
  万吨: ['吨', 1e4],
  亿吨: ['吨', 1e8],
  斤: ['斤', 1],
  万斤: ['斤', 1e4],
  亿斤: ['斤', 1e8],
  公斤: ['斤', 2],
  亩: ['亩', 1],
  万亩: ['亩', 1e4],
  人: ['人', 1],
  万人: ['人', 1e4],
  人次: ['人次', 1],
  万人次: ['人次', 1e4],
  个: ['个', 1],
  家: ['家', 1],
  户: ['户', 1],
};

/**
 * Factor that turns a value in `from` into a value in `to`, or null when they do not convert.
 * A missing unit matches only a missing unit (a ratio such as 收入倍差 1.71).
 */
export function unitFactor(from: string | null, to: string | null): number | null {
  if ((from ?? '') === (to ?? '')) return 1;
  const a = from ? SCALE[from] : undefined,
    b = to ? SCALE[to] : undefined;
  if (!a || !b || a[0] !== b[0]) return null;
  return a[1] / b[1];
}

/** Numbers from subtraction carry float noise (7.1 - 6.5); four decimals are more than reports give. */
export const round = (x: number) => Math.round(x * 1e4) / 1e4;

export const isNumeric = (i: Item) => i.measure !== 'qualitative' && i.value !== null;
