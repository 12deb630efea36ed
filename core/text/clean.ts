// The text as it is meant to read, with a map back to the input. Scraped and exported reports carry
// what a page would have rendered: line breaks written out as `\r\n` (a whole report on one line),
// HTML entities (&nbsp;, &ldquo;, &#12288;), CRLF line ends, and invisible characters inside words
// (地区生产\u200b总值). Reading happens on the cleaned text; every span found there is mapped back, so
// `text` stays an exact slice of the input as it was given (gold spans are slices of the stored file).
import type { Item, TaskTarget } from '../types';
import { INVISIBLE } from './invisible';

export interface Cleaned {
  text: string;
  /**
   * Null when the text is the input. Otherwise cleaned character i stands for input[from[i], to[i]):
   * one character, or the whole entity or escape it was decoded from; from[length] is the input's length.
   */
  origin: { from: Int32Array; to: Int32Array } | null;
}

// Named entities that pages put into report text; others stay as written.
const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  times: '×',
  divide: '÷',
  deg: '°',
  plusmn: '±',
  permil: '‰',
  yen: '¥',
};

// Written-out line breaks count only when a text has several: one stray `\n` may be meant as written.
const ESCAPED_BREAK = /\\r\\n|\\n|\\r/g;
const MIN_ESCAPED_BREAKS = 2;
const INVISIBLE_SOURCE = INVISIBLE.source; // a character class
const ANYTHING = new RegExp(`&#?[0-9a-zA-Z]{1,8};|\\r\\n?|${INVISIBLE_SOURCE}`, 'g');
const ANYTHING_AND_ESCAPES = new RegExp(`\\\\r\\\\n|\\\\[nrt]|&#?[0-9a-zA-Z]{1,8};|\\r\\n?|${INVISIBLE_SOURCE}`, 'g');
const MAYBE = new RegExp(`[&\\r\\\\]|${INVISIBLE_SOURCE}`);

/** What one match reads as, or null when it stays as written (an unknown entity). */
function replacement(m: string): string | null {
  if (m === '\r\n' || m === '\r' || m === '\\r\\n' || m === '\\n' || m === '\\r') return '\n';
  if (m === '\\t') return ' ';
  if (m.length === 1) return ''; // an invisible character
  const name = m.slice(1, -1);
  if (name[0] !== '#') return ENTITIES[name] ?? ENTITIES[name.toLowerCase()] ?? null;
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  // One code unit only: a character outside the BMP would need a surrogate pair, and NUL is never text.
  if (!(code > 0 && code < 0xd800) && !(code >= 0xe000 && code <= 0xffff)) return null;
  return String.fromCharCode(code);
}

export function clean(input: string): Cleaned {
  if (!MAYBE.test(input)) return { text: input, origin: null };
  ESCAPED_BREAK.lastIndex = 0;
  let escapes = 0;
  while (escapes < MIN_ESCAPED_BREAKS && ESCAPED_BREAK.exec(input)) escapes++;
  const re = escapes >= MIN_ESCAPED_BREAKS ? ANYTHING_AND_ESCAPES : ANYTHING;
  re.lastIndex = 0;
  const parts: string[] = [];
  const cuts: Array<[number, number, string]> = []; // [input start, input end, replacement]
  let last = 0;
  for (let m = re.exec(input); m; m = re.exec(input)) {
    const r = replacement(m[0]);
    if (r === null) continue;
    parts.push(input.slice(last, m.index), r);
    cuts.push([m.index, m.index + m[0].length, r]);
    last = m.index + m[0].length;
  }
  if (!cuts.length) return { text: input, origin: null };
  parts.push(input.slice(last));
  const text = parts.join('');
  const from = new Int32Array(text.length + 1);
  const to = new Int32Array(text.length);
  let out = 0;
  let at = 0;
  const copy = (until: number) => {
    for (; at < until; at++, out++) {
      from[out] = at;
      to[out] = at + 1;
    }
  };
  for (const [s, e, r] of cuts) {
    copy(s);
    // A replacement is one character (or none, for an invisible one) standing for the whole match.
    if (r.length) {
      from[out] = s;
      to[out] = e;
      out++;
    }
    at = e;
  }
  copy(input.length);
  from[out] = input.length;
  return { text, origin: { from, to } };
}

/** [start, end) of the cleaned text as a span of the input: from its first character to after its last. */
export function mapRange(start: number, end: number, c: Cleaned): [number, number] {
  if (!c.origin) return [start, end];
  const s = c.origin.from[start];
  return end > start ? [s, c.origin.to[end - 1]] : [s, s];
}

/** An item's (or a task's) spans moved from the cleaned text to the input. */
export function mapSpan<T extends Item | TaskTarget>(item: T, input: string, c: Cleaned): T {
  const [start, end] = mapRange(item.start, item.end, c);
  const out = { ...item, start, end, text: input.slice(start, end) };
  if ('sentence' in out && out.sentence_start !== undefined && out.sentence_end !== undefined) {
    const [s, e] = mapRange(out.sentence_start, out.sentence_end, c);
    Object.assign(out, { sentence_start: s, sentence_end: e, sentence: input.slice(s, e) });
  }
  return out;
}
