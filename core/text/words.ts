// Testing short stretches of text against word lists (the phrase classes of core/read/phrases.ts).

/**
 * Whether `text` splits entirely into words of `list` (and digit runs: a year or an ordinal inside a
 * link, 从2020年的, 连续10年). Every split is tried, so a short word does not hide a longer one that
 * starts the same way (平均 / 平均水平): one pass over the positions, each reached at most once.
 */
export function consumedBy(text: string, list: string[]): boolean {
  const byFirst = indexOf(list);
  const reach = new Uint8Array(text.length + 1);
  reach[0] = 1;
  for (let i = 0; i < text.length; i++) {
    if (!reach[i]) continue;
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      let j = i;
      while (j < text.length && ((text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) || text.charCodeAt(j) === 46))
        j++;
      reach[j] = 1;
      continue;
    }
    const words = byFirst.get(c);
    if (words) for (const w of words) if (text.startsWith(w, i)) reach[i + w.length] = 1;
  }
  return reach[text.length] === 1;
}

// A word list by first character, built once per list: a position tries only the words that can start there.
const INDEXES = new WeakMap<string[], Map<number, string[]>>();
function indexOf(list: string[]): Map<number, string[]> {
  let index = INDEXES.get(list);
  if (!index) {
    index = new Map();
    for (const w of list) {
      const c = w.charCodeAt(0);
      const bucket = index.get(c);
      if (bucket) bucket.push(w);
      else index.set(c, [w]);
    }
    INDEXES.set(list, index);
  }
  return index;
}

/** Whether `text` starts with a word of `list` (list.some((w) => text.startsWith(w)), by first character). */
export function startsWithAny(text: string, list: string[]): boolean {
  const words = indexOf(list).get(text.charCodeAt(0));
  if (words) for (const w of words) if (text.startsWith(w)) return true;
  return false;
}

/** Whether `text` holds a word of `list`. */
export const has = (text: string, list: string[]) => list.some((w) => text.includes(w));

/** Whether `text` ends with a word of `list`. */
export const endsWithAny = (text: string, list: string[]) => list.some((w) => text.endsWith(w));
