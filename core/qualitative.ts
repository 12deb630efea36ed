import type { Item } from './types';
export function readQualitative(_n: string, _o: string, _s: number, _e: number, _found: Item[]): Item[] {
  return [];
}
