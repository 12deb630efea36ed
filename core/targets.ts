// The main expected targets (主要预期目标) of a work report: find the passage, read its items.
// `norm` is normalize(orig) (same length); items carry orig.slice(start, end) as `text`.
import { readSentence } from './clauses';
import { readQualitative } from './qualitative';
import type { Item } from './types';

export interface Passage {
  start: number;
  end: number;
}

// The passage is introduced as 主要预期目标是/为/建议为：, sometimes 主要目标是 or a heading line
// 主要预期目标 followed by 是：on the next line.
const ANCHORS = ['主要预期目标', '主要目标', '预期目标'];

// Sentences after the list that talk about the targets instead of stating them.
const STOP = ['这些目标', '上述目标', '以上目标', '这样的目标', '这些预期目标', '上述预期目标', '以上这些目标', '目标的设定', '重点做好', '重点抓好', '方面工作', '以下工作', '着力抓好', '做好今年'];

const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\r' || c === '\t';

/** Where the list after an anchor starts, or -1 when the anchor does not introduce one. */
function listStart(norm: string, at: number): number {
  let i = at;
  while (i < norm.length && i < at + 8 && isSpace(norm[i])) i++;
  for (const w of ['建议为', '建议是', '是', '为']) {
    if (norm.startsWith(w, i)) {
      let j = i + w.length;
      while (j < norm.length && isSpace(norm[j])) j++;
      if (norm[j] === ':') j++;
      return j;
    }
  }
  if (norm[i] === ':') return i + 1;
  return -1;
}

function sentenceEnd(norm: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (norm[i] === '。' || norm[i] === '!' || norm[i] === '?') return i + 1;
  return limit;
}

function paragraphEnd(norm: string, from: number): number {
  const nl = norm.indexOf('\n', from);
  return nl < 0 ? norm.length : nl;
}

/** The paragraph from `start`, cut before the first sentence that comments on the targets. */
function passageFrom(norm: string, start: number): Passage {
  const para = paragraphEnd(norm, start);
  let end = sentenceEnd(norm, start, para);
  while (end < para) {
    const next = sentenceEnd(norm, end, para);
    const s = norm.slice(end, next);
    if (STOP.some((w) => s.includes(w))) break;
    end = next;
  }
  return { start, end };
}

/** A sentence with several hedged percentages (6%左右, 7.5%以上): a target list without a heading. */
function hedgedCount(s: string): number {
  let n = 0;
  for (let i = s.indexOf('%'); i >= 0; i = s.indexOf('%', i + 1)) {
    if (s.startsWith('左右', i + 1) || s.startsWith('以上', i + 1) || s.startsWith('以内', i + 1)) n++;
  }
  return n;
}

export function findTargetsPassage(norm: string): Passage | null {
  for (const a of ANCHORS) {
    for (let at = norm.indexOf(a); at >= 0; at = norm.indexOf(a, at + 1)) {
      const s = listStart(norm, at + a.length);
      if (s >= 0) return passageFrom(norm, s);
    }
  }
  // No anchor: the first sentence, after the opening third, that lists hedged targets.
  let i = Math.floor(norm.length / 4);
  while (i < norm.length) {
    const e = sentenceEnd(norm, i, paragraphEnd(norm, i) + 1);
    if (hedgedCount(norm.slice(i, e)) >= 3) return passageFrom(norm, i);
    i = e;
  }
  return null;
}

export function extractTargets(norm: string, orig: string): Item[] {
  const p = findTargetsPassage(norm);
  if (!p) return [];
  const items: Item[] = [];
  for (let s = p.start; s < p.end; ) {
    const e = sentenceEnd(norm, s, p.end);
    const found = readSentence(norm, orig, s, e, { mode: 'target' });
    items.push(...found, ...readQualitative(norm, orig, s, e, found));
    s = e;
  }
  return items.sort((a, b) => a.start - b.start);
}
