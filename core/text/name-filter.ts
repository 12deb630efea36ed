// Where a place name can start in a text (core/read/divisions.ts): most characters start some place
// name (新, 东, 安, 长 ...), but few pairs of characters do. A bit per hash of a name's first two
// characters rejects most positions before the trie is walked. A filter only says no for sure: a yes
// is for the caller to check. Names have two characters or more.
// Measured (npm run bench's corpus, CPU time per pass over the 50 reports): without it core takes about
// 0.2 ms a report more, 20-25% of its time; the same filter on the few hundred indicator names gained nothing.

export interface NameFilter {
  pairs: Uint8Array; // one bit per hash of a first pair
  mask: number;
}

/** An empty filter with 2^`bits` pair bits: more names want more bits to keep wrong pairs rare. */
export function nameFilter(bits: number): NameFilter {
  return { pairs: new Uint8Array((1 << bits) >> 3), mask: (1 << bits) - 1 };
}

const pairHash = (c0: number, c1: number, mask: number) => ((c0 * 0x9e37) ^ c1) & mask;

export function markName(f: NameFilter, name: string): void {
  if (name.length < 2) throw new Error(`name too short for the filter: ${name}`);
  const h = pairHash(name.charCodeAt(0), name.charCodeAt(1), f.mask);
  f.pairs[h >> 3] |= 1 << (h & 7);
}

/** Whether some name may start with the characters `c0` `c1`: false is sure. */
export function mayStartPair(f: NameFilter, c0: number, c1: number): boolean {
  const h = pairHash(c0, c1, f.mask);
  return (f.pairs[h >> 3] & (1 << (h & 7))) !== 0;
}
