// Invisible characters — zero-width spaces and joiners, bidi embeddings and overrides, BOMs, NUL —
// appear in pasted and scraped pages (and in hostile ones) inside words: 地区生产\u200b总值. They are
// taken out before reading, and every span found in the cleaned text is mapped back to the input,
// so `text` stays an exact slice of what the page says.
import type { Item, TaskTarget } from '../types';

// eslint-disable-next-line no-control-regex -- NUL is one of the invisible characters
export const INVISIBLE = /[\u0000\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');

/** 1 for each invisible character code (the class above), for loops that walk the text anyway (core/text/normalize.ts). */
export const INVISIBLE_CODES = new Uint8Array(0x10000);
for (const [from, to] of [
  [0, 0],
  [0xad, 0xad],
  [0x61c, 0x61c],
  [0x180e, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0x2066, 0x2069],
  [0xfeff, 0xfeff],
]) {
  INVISIBLE_CODES.fill(1, from, to + 1);
}

export interface Cleaned {
  text: string;
  /** origin[i] is the input offset of cleaned character i; origin[length] is the input's length. */
  origin: Int32Array | null;
}

export function stripInvisible(input: string): Cleaned {
  if (!INVISIBLE.test(input)) return { text: input, origin: null };
  const origin = new Int32Array(input.length + 1);
  let n = 0;
  INVISIBLE_ALL.lastIndex = 0;
  const text = input.replace(INVISIBLE_ALL, '');
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (!INVISIBLE_CODES[c]) origin[n++] = i;
  }
  origin[n] = input.length;
  return { text, origin: origin.subarray(0, n + 1) };
}

/** Moves an item's span from the cleaned text to the input: start at its first character, end after its last. */
export function mapSpan<T extends Item | TaskTarget>(item: T, input: string, origin: Int32Array): T {
  const [start, end] = mapRange(item.start, item.end, origin);
  const out = { ...item, start, end, text: input.slice(start, end) };
  if ('sentence' in out && out.sentence_start !== undefined && out.sentence_end !== undefined) {
    const [s, e] = mapRange(out.sentence_start, out.sentence_end, origin);
    Object.assign(out, { sentence_start: s, sentence_end: e, sentence: input.slice(s, e) });
  }
  return out;
}

function mapRange(start: number, end: number, origin: Int32Array): [number, number] {
  const s = origin[start];
  return [s, end > start ? origin[end - 1] + 1 : s];
}
