// Length-preserving normalisation: character i of the output stands for character i of the input,
// so an offset found in normalised text is an offset in the original, and `text` spans need no map.
//
// - traditional -> simplified, character by character, from OpenCC's TSCharacters table only
//   (the phrase tables can change lengths and are not needed to read numbers and indicator names);
// - full-width ASCII (０-９ ％ ， ： ； （ ）) -> ASCII, ideographic and no-break spaces -> ' ';
// - the dash family (— – ― ‒ ‐ ～ 〜) -> '-', so ranges read "6.5-7%".
import TSCharacters from 'opencc-js/dict/TSCharacters';
import { INVISIBLE_CODES } from './invisible';

let lookup: Uint16Array | null = null;
// Per character code: CHANGED when the table maps it elsewhere, INVISIBLE for core/text/invisible.ts's
// class. One read of this table passes over an ordinary character (a read of two tables cost more).
let flags: Uint8Array | null = null;
const CHANGED = 1;
const INVISIBLE = 2;

// One 64K-entry table (128 KB) and its flags (64 KB), built on first use.
function table(): Uint16Array {
  if (lookup) return lookup;
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  for (const pair of (TSCharacters as string).split('|')) {
    const [from, to] = pair.split(' ');
    // Keep only mappings between BMP characters: anything else would change the UTF-16 length.
    if (from?.length === 1 && to?.length === 1) t[from.charCodeAt(0)] = to.charCodeAt(0);
  }
  for (const c of [0x2014, 0x2013, 0x2015, 0x2012, 0x2010, 0x2011, 0x2212, 0xff5e, 0x301c, 0xfe63, 0xff0d]) t[c] = 0x2d;
  for (const c of [0x3000, 0x00a0, 0x2002, 0x2003, 0x2009, 0x200b, 0xfeff, 0x202f]) t[c] = 0x20;
  for (let c = 0xff01; c <= 0xff5e; c++) if (c !== 0xff0d && c !== 0xff5e) t[c] = c - 0xfee0;
  lookup = t;
  flags = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) flags[c] = (t[c] !== c ? CHANGED : 0) | (INVISIBLE_CODES[c] ? INVISIBLE : 0);
  return t;
}

let decoder: TextDecoder | null = null;

export function normalize(input: string): string {
  return mapText(input) as string;
}

/**
 * normalize(input), or null when the input holds an invisible character (core/text/invisible.ts): the
 * caller strips those first. One pass does both, so a clean text is walked once.
 */
export function normalizeVisible(input: string): string | null {
  return mapText(input, true);
}

// Most characters of a report map to themselves, about one in ten does not (full-width commas, colons,
// brackets): the output is the input's own runs with the changed characters between them, joined once.
// A joined string is flat; one built by += is a tree that every later read of a character pays for.
// Where most characters change (a traditional text), one buffer instead.
function mapText(input: string, rejectInvisible = false): string | null {
  const t = table();
  const f = flags as Uint8Array;
  const stop = rejectInvisible ? INVISIBLE : 0;
  const n = input.length;
  const dense = (n >> 1) + 16; // parts, two per change
  let parts: string[] | null = null;
  let last = 0;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    const k = f[c];
    if (k === 0) continue;
    if (k & stop) return null;
    if (!(k & CHANGED)) continue;
    parts ??= [];
    if (parts.length > dense) return mapDense(input, t, f, stop);
    parts.push(input.slice(last, i), String.fromCharCode(t[c]));
    last = i + 1;
  }
  if (parts === null) return input;
  parts.push(input.slice(last));
  return parts.join('');
}

// One buffer that the platform's UTF-16 decoder turns into a string. A lone surrogate (never in a
// real page) comes out as U+FFFD, still one code unit, so offsets hold.
function mapDense(input: string, t: Uint16Array, f: Uint8Array, stop: number): string | null {
  const n = input.length;
  const buf = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    if (f[c] & stop) return null;
    buf[i] = t[c];
  }
  // ignoreBOM: a U+FEFF first would otherwise be dropped as a byte-order mark (none is written today:
  // the table maps U+FEFF to a space), and the length must hold.
  return (decoder ??= new TextDecoder('utf-16le', { ignoreBOM: true })).decode(buf);
}
