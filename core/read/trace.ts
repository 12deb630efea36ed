// What the reader decided about every number of the sentences it read, for core/read/explain.ts. Kept
// only when a caller asks (ExtractOptions.trace): extraction without it records nothing.
import type { Item } from '../types';
import type { RuleName } from './rules';

/** An item a number gave, and the rule that kept it or, later, dropped it. */
export interface Outcome {
  item: Item;
  kept: boolean;
  rule: RuleName;
}

/** One number of a sentence: the items it gave, or the rule that gave it none. */
export interface NumberDecision {
  start: number;
  end: number;
  text: string;
  rule: RuleName; // the rule that dropped it when `outcomes` is empty; otherwise the first item's
  outcomes: Outcome[];
}

export interface SentenceRead {
  section: 'targets' | 'review';
  start: number;
  end: number;
  text: string;
  /** Set when the sentence was passed over unread, by this rule (a review sentence naming no indicator). */
  skipped?: RuleName;
  subjects: Array<{ label: string; start: number; end: number }>; // indicator names read in it, in order
  numbers: NumberDecision[];
  qualitative: Outcome[];
}

export class Trace {
  readonly sentences: SentenceRead[] = [];
  private byItem = new Map<Item, Outcome>();

  sentence(section: SentenceRead['section'], start: number, end: number, orig: string): SentenceRead {
    const s: SentenceRead = {
      section,
      start,
      end,
      text: orig.slice(start, end),
      subjects: [],
      numbers: [],
      qualitative: [],
    };
    this.sentences.push(s);
    return s;
  }

  /** A sentence passed over without reading, and the rule that says why. */
  skip(section: SentenceRead['section'], start: number, end: number, orig: string, rule: RuleName): void {
    this.sentence(section, start, end, orig).skipped = rule;
  }

  /** The sentence has been read: its items' outcomes are kept so that a later section rule can drop them. */
  done(s: SentenceRead): void {
    for (const d of s.numbers) for (const o of d.outcomes) this.byItem.set(o.item, o);
    for (const o of s.qualitative) this.byItem.set(o.item, o);
  }

  /**
   * Spans moved from the cleaned text to the input (core/text/clean.ts), and items replaced by their
   * moved copies, so that what explain shows is what the record holds.
   */
  mapBack(range: (start: number, end: number) => [number, number], input: string, moved: Map<Item, Item>): void {
    const move = <T extends { start: number; end: number }>(x: T) => {
      [x.start, x.end] = range(x.start, x.end);
      return x;
    };
    for (const s of this.sentences) {
      move(s).text = input.slice(s.start, s.end);
      s.subjects.forEach(move);
      for (const n of s.numbers) move(n).text = input.slice(n.start, n.end);
      for (const o of [...s.numbers.flatMap((n) => n.outcomes), ...s.qualitative]) o.item = moved.get(o.item) ?? o.item;
    }
  }

  /** A section rule drops `item` (a duplicate, the cap ...). */
  drop(item: Item, rule: RuleName): void {
    const o = this.byItem.get(item);
    if (o && o.kept) Object.assign(o, { kept: false, rule });
  }
}

/** Whether a number ended in at least one item. */
export const kept = (d: NumberDecision) => d.outcomes.some((o) => o.kept);
