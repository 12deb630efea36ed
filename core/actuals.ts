// STUB. `norm` is normalize(orig) (same length); items carry orig.slice(start, end) as `text`.
import type { Item } from './types';

export function extractActuals(_norm: string, _orig: string, _opts: { reviewYear: number | null }): Item[] {
  return [];
}
