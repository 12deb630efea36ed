// Length-preserving normalisation: character i of the output stands for character i of the input,
// so an offset found in normalised text is an offset in the original, and `text` spans need no map.
//
// - traditional -> simplified, character by character, from OpenCC's TSCharacters table only
//   (the phrase tables can change lengths and are not needed to read numbers and indicator names);
// - full-width ASCII (０-９ ％ ， ： ； （ ）) -> ASCII, ideographic and no-break spaces -> ' ';
// - the dash family (— – ― ‒ ‐ ～ 〜) -> '-', so ranges read "6.5-7%".
import TSCharacters from 'opencc-js/dict/TSCharacters';

let t2s: Map<number, number> | null = null;

function table(): Map<number, number> {
  if (t2s) return t2s;
  t2s = new Map();
  for (const pair of (TSCharacters as string).split('|')) {
    const [from, to] = pair.split(' ');
    // Keep only mappings between BMP characters: anything else would change the UTF-16 length.
    if (from?.length === 1 && to?.length === 1) t2s.set(from.charCodeAt(0), to.charCodeAt(0));
  }
  return t2s;
}

const DASHES = new Set([0x2014, 0x2013, 0x2015, 0x2012, 0x2010, 0x2011, 0x2212, 0xff5e, 0x301c, 0xfe63, 0xff0d]);
const SPACES = new Set([0x3000, 0x00a0, 0x2002, 0x2003, 0x2009, 0x200b, 0xfeff, 0x202f]);

export function normalize(input: string): string {
  const map = table();
  const out = new Array<string>(input.length);
  for (let i = 0; i < input.length; i++) {
    let c = input.charCodeAt(i);
    if (DASHES.has(c)) c = 0x2d;
    else if (SPACES.has(c)) c = 0x20;
    else if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    else if (c >= 0x3400) c = map.get(c) ?? c;
    out[i] = String.fromCharCode(c);
  }
  return out.join('');
}

/** True when the text has more traditional-only characters than a simplified text would. */
export function looksTraditional(input: string, sample = 4000): boolean {
  const map = table();
  let trad = 0;
  const n = Math.min(input.length, sample);
  for (let i = 0; i < n; i++) if (map.has(input.charCodeAt(i))) trad++;
  return trad > 20 && trad / n > 0.01;
}
