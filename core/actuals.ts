// Results of the review year, read from the review section (everything before the targets passage).
// `norm` is normalize(orig) (same length); items carry orig.slice(start, end) as `text`.
import { readSentence } from './clauses';
import { findTargetsPassage } from './targets';
import type { Item } from './types';

const SENTENCE_ENDS = new Set(['。', '!', '?', '\n']);

export function extractActuals(norm: string, orig: string, _opts: { reviewYear: number | null }): Item[] {
  const passage = findTargetsPassage(norm);
  const end = passage ? passage.start : Math.floor(norm.length / 2);
  const items: Item[] = [];
  const seen = new Set<string>();
  let s = 0;
  for (let i = 0; i <= end; i++) {
    if (i < end && !SENTENCE_ENDS.has(norm[i])) continue;
    if (i > s + 4) {
      const found = readSentence(norm, orig, s, i, { mode: 'actual' });
      const estimated = norm.slice(s, i).includes('预计');
      for (const it of found) {
        const key = `${it.indicator}|${it.label}|${it.measure}|${it.value}|${it.unit}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (estimated) it.estimated = true;
        items.push(it);
      }
    }
    s = i + 1;
  }
  return items;
}
