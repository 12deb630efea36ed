// Character classes as 64K lookup tables, for the loops that walk a text one position at a time.
// `norm[i]` makes a new one-character string for every CJK character (the engine caches only the
// Latin-1 ones), and a walk that does so per step costs several times a walk on character codes.

export type CharSet = Uint8Array;

export function charSet(chars: string): CharSet {
  const set = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) set[chars.charCodeAt(i)] = 1;
  return set;
}

/** Whether the character at `i` belongs to `set` (false past either end of the text). */
export const inSet = (set: CharSet, s: string, i: number): boolean => set[s.charCodeAt(i)] === 1;

/** The first characters of `words`: a position no word can start at is passed over on one read. */
export const firstsOf = (words: string[]): CharSet => charSet(words.map((w) => w[0]).join(''));
