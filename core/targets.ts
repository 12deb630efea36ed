// STUB. `norm` is normalize(orig) (same length); items carry orig.slice(start, end) as `text`.
import type { Item } from './types';

export function extractTargets(_norm: string, _orig: string): Item[] {
  return [];
}
