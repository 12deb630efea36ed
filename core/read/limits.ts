// Explicit bounds on the work and the output of one extraction, whatever the input. A real report
// stays far inside every one of them (the corpus: 80,000 characters at most, sentences of 640, 40
// targets, 200 results, 600 task targets); a pasted compilation or a hostile page may not. When one is
// reached the extraction says so in `limits` (core/types.ts, LimitNote), and what it returns is still
// right as far as it goes: a limit cuts, it never guesses.
import type { Item } from '../types';
import type { Trace } from './trace';

export const LIMITS = {
  /** Characters of the input read: about 40 long reports. The rest is not looked at. */
  characters: 2_000_000,
  /** The targets passage ends at the last full stop before this many characters (the corpus's longest has 264). */
  passage: 3_000,
  /** A sentence longer than this is read in pieces cut at a clause break (，；、), each at most this long. */
  sentence: 2_000,
  /** Items kept per section; the ones after are dropped. */
  targets: 300,
  actuals: 1_500,
  tasks: 3_000,
  rows: 5_000,
} as const;

export type LimitName = keyof typeof LIMITS;

/** A limit that was reached: which, its value, and the offset of the input where it first cut. */
export interface LimitNote {
  limit: LimitName;
  max: number;
  at: number;
}

/** The limits reached during one extraction, each noted once (at its first cut). */
export class LimitLog {
  private notes = new Map<LimitName, LimitNote>();

  reached(limit: LimitName, at: number): void {
    if (!this.notes.has(limit)) this.notes.set(limit, { limit, max: LIMITS[limit], at });
  }

  /** `items` cut to the section's limit, noting the cut at the first item dropped (and each drop in `trace`). */
  cap<T extends { start: number }>(limit: 'targets' | 'actuals' | 'tasks', items: T[], trace?: Trace): T[] {
    if (items.length <= LIMITS[limit]) return items;
    this.reached(limit, items[LIMITS[limit]].start);
    if (trace) for (const x of items.slice(LIMITS[limit])) trace.drop(x as unknown as Item, 'section-cap');
    return items.slice(0, LIMITS[limit]);
  }

  /** Offsets of the cleaned text moved to the input's (core/text/clean.ts). */
  mapBack(at: (offset: number) => number): void {
    for (const n of this.notes.values()) if (n.limit !== 'characters') n.at = at(n.at);
  }

  list(): LimitNote[] {
    return [...this.notes.values()];
  }
}

// Where a long sentence may be cut: a clause break, or a list's 、 when the clause runs on.
const CLAUSE_BREAK = ',;:，；：、';

/**
 * The pieces of the sentence [start, end) of `norm`, in order, each at most LIMITS.sentence long: the
 * sentence itself when it fits (almost always), otherwise cut after the last clause break of each
 * window (or at the window's end when it has none).
 */
export function sentencePieces(norm: string, start: number, end: number, log?: LimitLog): Array<[number, number]> {
  const max = LIMITS.sentence;
  if (end - start <= max) return [[start, end]];
  log?.reached('sentence', start + max);
  const out: Array<[number, number]> = [];
  for (let a = start; a < end;) {
    let b = Math.min(end, a + max);
    if (b < end) {
      let k = b;
      while (k > a + max / 2 && !CLAUSE_BREAK.includes(norm[k - 1])) k--;
      if (k > a + max / 2) b = k;
    }
    out.push([a, b]);
    a = b;
  }
  return out;
}
