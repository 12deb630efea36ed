// The structure of a report's text: where the work plan begins, the heading above a position,
// and the sentence around a position. All on normalised text (core/text/normalize.ts).

import { inSet, charSet } from '../text/charset';

// The plan for the new year follows the review. Its first sure sign is the targets passage or a
// heading naming this year's work; both wordings vary, so several are tried, earliest wins.
const PLAN_START =
  /主要预期目标|(?:19|20)\d\d年(?:的)?(?:政府)?(?:重点)?工作(?:安排|任务|建议|部署)|今年(?:政府)?(?:的)?(?:重点)?工作(?:安排|任务|建议|部署)|今年工作的总体要求|今年(?:经济社会发展|政府工作)的总体要求/;

export function findPlanStart(norm: string): number {
  const m = PLAN_START.exec(norm);
  return m ? m.index : -1;
}

export interface Heading {
  start: number;
  title: string;
}

// Numbered headings: (一) 一、 1. 1、 第一, at the start of a line.
const NUMBERED =
  /^\s*(?:\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,3}[、.]|\d{1,2}[、.](?!\d)|第[一二三四五六七八九十]{1,3}[,、是])/;

// What \s matches.
const SPACE = charSet(
  ' \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff',
);
const HEADING_FIRSTS = charSet('(一二三四五六七八九十0123456789第');

/**
 * Numbered headings of the text, in order; the title ends at the first full stop. From `from` on,
 * led by the last heading before it (the section `from` is in), found by reading lines backwards.
 */
export function headings(norm: string, from = 0): Heading[] {
  const out: Heading[] = [];
  let at = from > 0 ? norm.lastIndexOf('\n', from - 1) + 1 : 0; // the start of the line holding `from`
  for (let line = at; line > 0;) {
    line = line >= 2 ? norm.lastIndexOf('\n', line - 2) + 1 : 0;
    const h = headingAt(norm, line);
    if (h) {
      out.push(h);
      break;
    }
  }
  while (at < norm.length) {
    const h = headingAt(norm, at);
    if (h) out.push(h);
    const nl = norm.indexOf('\n', at);
    at = nl < 0 ? norm.length : nl + 1;
  }
  return out;
}

/** The heading on the line starting at `at`, or null. */
function headingAt(norm: string, at: number): Heading | null {
  let nl = norm.indexOf('\n', at);
  if (nl < 0) nl = norm.length;
  let k = at;
  while (k < nl && inSet(SPACE, norm, k)) k++;
  // Most lines open with a word: one read of their first character passes them over.
  if (!inSet(HEADING_FIRSTS, norm, k)) return null;
  const line = norm.slice(at, Math.min(nl, at + 200));
  if (!NUMBERED.test(line)) return null;
  const stop = line.search(/[。;:]/);
  return { start: at, title: (stop > 0 ? line.slice(0, stop) : line).trim().slice(0, 60) };
}

/** The last heading starting at or before `pos` (binary search), or '' when none. */
export function headingBefore(list: Heading[], pos: number): string {
  let lo = 0,
    hi = list.length - 1,
    best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best >= 0 ? list[best].title : '';
}

const SENTENCE_END = charSet('。!?;\n');

// Characters of a task's sentence kept on either side of the task: a task keeps its sentence for the
// reader, and a sentence that never ends must not be copied whole into every task it holds.
export const SENTENCE_WINDOW = 120;

/**
 * The sentence holding norm[from, to): from after the previous 。!?; or line break to the next one,
 * inclusive, cut to at most `around` characters before `from` and after `to`.
 */
export function sentenceBounds(
  norm: string,
  from: number,
  to = from,
  around = SENTENCE_WINDOW,
): { start: number; end: number } {
  let start = from;
  const floor = Math.max(0, from - around);
  while (start > floor && !inSet(SENTENCE_END, norm, start - 1)) start--;
  let end = Math.max(from, to);
  const ceil = Math.min(norm.length, end + around);
  while (end < ceil && !inSet(SENTENCE_END, norm, end)) end++;
  if (end < norm.length && end < ceil && norm.charCodeAt(end) !== 10) end++;
  while (start < from && inSet(SPACE, norm, start)) start++;
  return { start, end };
}
