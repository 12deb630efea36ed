// Length-preserving normalisation: character i of the output stands for character i of the input,
// so an offset found in normalised text is an offset in the original, and `text` spans need no map.
//
// - traditional -> simplified, character by character, from OpenCC's TSCharacters table only
//   (the phrase tables can change lengths and are not needed to read numbers and indicator names);
// - full-width ASCII (０-９ ％ ， ： ； （ ）) -> ASCII, ideographic and no-break spaces -> ' ';
// - the dash family (— – ― ‒ ‐ ～ 〜) -> '-', so ranges read "6.5-7%".
import TSCharacters from 'opencc-js/dict/TSCharacters';

let lookup: Uint16Array | null = null;

// One 64K-entry table (128 KB): the character each character code becomes, built on first use.
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
  return (lookup = t);
}

let decoder: TextDecoder | null = null;

/**
 * Every character through the table, into one buffer that the platform's UTF-16 decoder turns into a
 * string. (A regex replace over the changing characters took ten times as long.) A lone surrogate
 * (never in a real page) comes out as U+FFFD, still one code unit, so offsets hold.
 */
export function normalize(input: string): string {
  const t = table();
  const buf = new Uint16Array(input.length);
  for (let i = 0; i < input.length; i++) buf[i] = t[input.charCodeAt(i)];
  // ignoreBOM: a U+FEFF first would otherwise be dropped as a byte-order mark (none is written: the
  // table maps U+FEFF to a space), and the length must hold.
  return (decoder ??= new TextDecoder('utf-16le', { ignoreBOM: true })).decode(buf);
}
