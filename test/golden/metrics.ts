// The scorer's matching rules (../shared/eval/score.mjs), kept here so that a fresh clone can hold
// extraction to its quality bar without the shared folder.
import type { Item } from '../../core/types';

export interface GoldItem {
  indicator: string;
  label: string;
  measure: string;
  value: number | null;
  value_max: number | null;
  unit: string | null;
  qualifier: string | null;
  text: string;
}

const norm = (s: unknown) => String(s ?? '').replace(/\s+/g, '');
const same = (a: number | null, b: number | null) =>
  (a == null && b == null) || (a != null && b != null && Math.abs(a - b) < 1e-9);
const unitOf = (u: string | null) => norm(u).replace('％', '%') || null;

export function agree(p: Item, g: GoldItem): boolean {
  if (p.indicator !== g.indicator || p.measure !== g.measure) return false;
  if (g.indicator === 'other') {
    const a = norm(p.label),
      b = norm(g.label);
    if (!a || !b || !(a.includes(b) || b.includes(a))) return false;
  }
  if (g.measure === 'qualitative') return true;
  return same(p.value, g.value) && same(p.value_max, g.value_max) && unitOf(p.unit) === unitOf(g.unit);
}

export function match(pred: Item[], gold: GoldItem[]): Array<[Item, GoldItem]> {
  const used = new Set<number>();
  const pairs: Array<[Item, GoldItem]> = [];
  for (const g of gold) {
    const i = pred.findIndex((p, k) => !used.has(k) && agree(p, g));
    if (i >= 0) {
      used.add(i);
      pairs.push([pred[i], g]);
    }
  }
  return pairs;
}

export class Tally {
  tp = 0;
  np = 0;
  ng = 0;
  add(tp: number, np: number, ng: number) {
    this.tp += tp;
    this.np += np;
    this.ng += ng;
  }
  get f1(): number {
    const p = this.np ? this.tp / this.np : this.ng ? 0 : 1;
    const r = this.ng ? this.tp / this.ng : 1;
    return p + r ? (2 * p * r) / (p + r) : 0;
  }
}
