// Linking a progress notice's task cells to the work-report sentences they quote.
// The notice is usually simplified, the report may be traditional, the task may drop or change words.
// Matching runs on normalize() text with spaces removed and a few character variants folded, so every
// position still maps back to the report as written (the link returns the report's own characters).
// Cost: one pass to index the report's sentences by character trigrams, then per task only its
// trigrams' postings and a search inside the few sentences they point at (linear-ish, no all-pairs).
import { normalize } from '../text/normalize';

export type LinkMatch = 'exact' | 'variant' | 'edited';

export interface TaskLink {
  text: string | null; // exact substring of the report, or null when no source is found
  start: number;
  end: number;
  match: LinkMatch | null;
}

// Variant characters that normalize() leaves alone because both forms are valid simplified text
// (著 is also 著作's 著); a traditional report writes 著力 where the notice writes 着力.
const VARIANTS: Record<string, string> = {
  著: '着',
  瞭: '了',
  祇: '只',
  衹: '只',
  藉: '借',
  麽: '么',
  喫: '吃',
  裏: '里',
  綫: '线',
};
const fold = (c: string) => VARIANTS[c] ?? c;

const ENDS = new Set(['。', '!', '?', '！', '？', '\n']);
const N = 3; // trigram: long enough to be specific in Chinese, short enough to survive edits
const COMMON = 60; // a trigram in more sentences than this says nothing about where a task is

interface Sentence {
  k0: number;
  k1: number;
} // [k0, k1) in key coordinates

/** The report prepared for linking: call once, then link every task. */
export function makeLinker(report: string): (task: string) => TaskLink {
  const norm = normalize(report);
  const keyChars: string[] = [];
  const toOrig: number[] = [];
  const sentences: Sentence[] = [];
  let k0 = 0;
  for (let i = 0; i < norm.length; i++) {
    const c = norm[i];
    if (!/\s/.test(c)) {
      keyChars.push(c);
      toOrig.push(i);
    }
    if (ENDS.has(c) && keyChars.length > k0) {
      sentences.push({ k0, k1: keyChars.length });
      k0 = keyChars.length;
    }
  }
  if (keyChars.length > k0) sentences.push({ k0, k1: keyChars.length });
  const key = keyChars.join('');
  const vkey = keyChars.map(fold).join('');

  // Trigram -> sentences holding it (each sentence once), and each sentence's distinct trigram count.
  const postings = new Map<string, number[]>();
  const gramsIn: number[] = [];
  sentences.forEach((s, id) => {
    const seen = new Set<string>();
    for (let p = s.k0; p + N <= s.k1; p++) seen.add(vkey.slice(p, p + N));
    gramsIn.push(seen.size);
    for (const g of seen) {
      const list = postings.get(g);
      if (list) list.push(id);
      else postings.set(g, [id]);
    }
  });

  const span = (p: number, q: number): TaskLink => {
    const start = toOrig[p],
      end = toOrig[q - 1] + 1;
    return { text: report.slice(start, end), start, end, match: null };
  };

  return (task: string): TaskLink => {
    const none: TaskLink = { text: null, start: -1, end: -1, match: null };
    const t = [...normalize(task)]
      .filter((c) => !/\s/.test(c))
      .join('')
      .replace(/。+$/, '');
    if (t.length < N) return none;
    const vt = [...t].map(fold).join('');

    const votes = new Map<number, number>();
    const grams = new Set<string>();
    for (let p = 0; p + N <= vt.length; p++) grams.add(vt.slice(p, p + N));
    let usable = 0;
    for (const g of grams) {
      const list = postings.get(g);
      if (list && list.length > COMMON) continue;
      usable++;
      if (!list) continue;
      for (const id of list) votes.set(id, (votes.get(id) ?? 0) + 1);
    }
    let best = -1;
    for (const [id, v] of votes)
      if (best < 0 || v > votes.get(best)! || (v === votes.get(best)! && id < best)) best = id;
    if (best < 0) return none;

    // The task may quote several sentences: take in neighbours that the task mostly holds.
    let a = best,
      b = best;
    const held = (id: number) =>
      id >= 0 && id < sentences.length && (votes.get(id) ?? 0) >= 0.5 * Math.max(1, gramsIn[id]);
    while (held(a - 1)) a--;
    while (held(b + 1)) b++;

    // Search the quote itself in that run, one sentence wider on each side for tasks cut mid-sentence.
    const w0 = sentences[Math.max(0, a - 1)].k0,
      w1 = sentences[Math.min(sentences.length - 1, b + 1)].k1;
    const within = (hay: string, needle: string) => {
      const at = hay.slice(w0, w1).indexOf(needle);
      return at < 0 ? -1 : w0 + at;
    };
    const withStop = (p: number) => (/。$/.test(normalize(task).trim()) && key[p + t.length] === '。' ? 1 : 0);
    let p = within(key, t);
    if (p >= 0) return { ...span(p, p + t.length + withStop(p)), match: 'exact' };
    p = within(vkey, vt);
    if (p >= 0) return { ...span(p, p + vt.length + withStop(p)), match: 'variant' };

    // Edited: enough of the task is in the run to call it the source; return whole sentences.
    let got = 0;
    for (let id = a; id <= b; id++) got += votes.get(id) ?? 0;
    if (got < 0.6 * usable) return none;
    return { ...span(sentences[a].k0, sentences[b].k1), match: 'edited' };
  };
}
