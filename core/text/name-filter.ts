// Where a name from a list (place names, indicator names) can start in a text: its first character
// (most positions are rejected by one bit), then its first two characters as bits of a hash table.
// Common characters (新, 东, 工, 地) start many names; the pairs reject most of those positions
// before a trie is walked or a string cut. A filter only says no for sure: a yes is for the caller
// to check. Names have two characters or more.

export interface NameFilter {
  starts: Uint8Array; // one bit per character code
  pairs: Uint8Array; // one bit per hash of a first pair
  mask: number;
}

/** An empty filter with 2^`bits` pair bits: more names want more bits to keep wrong pairs rare. */
export function nameFilter(bits: number): NameFilter {
  return { starts: new Uint8Array(0x10000 >> 3), pairs: new Uint8Array((1 << bits) >> 3), mask: (1 << bits) - 1 };
}

export function copyFilter(f: NameFilter): NameFilter {
  return { starts: f.starts.slice(), pairs: f.pairs.slice(), mask: f.mask };
}

const pairHash = (c0: number, c1: number, mask: number) => ((c0 * 0x9e37) ^ c1) & mask;

export function markName(f: NameFilter, name: string): void {
  if (name.length < 2) throw new Error(`name too short for the filter: ${name}`);
  const c0 = name.charCodeAt(0);
  f.starts[c0 >> 3] |= 1 << (c0 & 7);
  const h = pairHash(c0, name.charCodeAt(1), f.mask);
  f.pairs[h >> 3] |= 1 << (h & 7);
}

/** Whether some name may start at `i`: false is sure. */
export function mayStartAt(f: NameFilter, s: string, i: number): boolean {
  return mayStartWith(f, s.charCodeAt(i), s, i);
}

/**
 * Whether some name may start with the characters `c0` `c1`: a walk that carries the previous
 * character asks this once per step, one table read with a branch that is seldom taken.
 */
export function mayStartPair(f: NameFilter, c0: number, c1: number): boolean {
  const h = pairHash(c0, c1, f.mask);
  return (f.pairs[h >> 3] & (1 << (h & 7))) !== 0;
}

/** mayStartAt for a walk that has read the character at `i` already (`c0`). */
export function mayStartWith(f: NameFilter, c0: number, s: string, i: number): boolean {
  if (!(f.starts[c0 >> 3] & (1 << (c0 & 7)))) return false;
  const h = pairHash(c0, s.charCodeAt(i + 1), f.mask);
  return (f.pairs[h >> 3] & (1 << (h & 7))) !== 0;
}
