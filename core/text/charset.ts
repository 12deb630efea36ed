// Character classes as lookup tables, for the loops that walk a text one position at a time.
// `norm[i]` makes a new one-character string for every CJK character (the engine caches only the
// Latin-1 ones), and a walk that does so per step costs several times a walk on character codes.
// A table ends at its highest character: the breaks and stops that most classes hold sit below the
// CJK block, so an ideograph (most of a report) is told apart by one comparison, and the table stays
// small enough to stay in the processor's nearest cache instead of spreading over 64 KB.

export type CharSet = Uint8Array;

export function charSet(chars: string): CharSet {
  let max = 0;
  for (let i = 0; i < chars.length; i++) max = Math.max(max, chars.charCodeAt(i));
  const set = new Uint8Array(max + 1);
  for (let i = 0; i < chars.length; i++) set[chars.charCodeAt(i)] = 1;
  return set;
}

/** Whether character code `c` belongs to `set` (false for NaN, past a text's end). */
export const hasCode = (set: CharSet, c: number): boolean => c < set.length && set[c] === 1;

/** Whether the character at `i` belongs to `set` (false past either end of the text). */
export const inSet = (set: CharSet, s: string, i: number): boolean => hasCode(set, s.charCodeAt(i));

/** The first characters of `words`: a position no word can start at is passed over on one read. */
export const firstsOf = (words: string[]): CharSet => charSet(words.map((w) => w[0]).join(''));
