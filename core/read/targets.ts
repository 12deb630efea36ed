// The main expected targets (主要预期目标) of a work report: find the passage, read its items.
// `norm` is normalize(orig) (same length); items carry orig.slice(start, end) as `text`.
import { readSentence } from './clauses';
import { readQualitative } from './qualitative';
import { lexicon, lexiconFor } from './indicators';
import { selfClass } from './region';
import type { Item } from '../types';
import { inSet, charSet } from '../text/charset';
import { LIMITS, sentencePieces, type LimitLog } from './limits';
import type { Trace } from './trace';

export interface Passage {
  start: number;
  end: number;
}

// The passage is introduced as 主要预期目标是/为/建议为：, sometimes 主要目标是 or a heading line
// 主要预期目标 followed by 是：on the next line.
const ANCHORS = ['主要预期目标', '主要目标', '预期目标'];

// Sentences after the list that talk about the targets instead of stating them.
const STOP = [
  '这些目标',
  '上述目标',
  '以上目标',
  '这样的目标',
  '这些预期目标',
  '上述预期目标',
  '以上这些目标',
  '目标的设定',
  '重点做好',
  '重点抓好',
  '方面工作',
  '以下工作',
  '着力抓好',
  '做好今年',
];

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
      // 主要预期目标是：\n1.地区生产总值…: the list may start on the next line.
      while (j < norm.length && j < at + 16 && isSpace(norm[j])) j++;
      return j;
    }
  }
  if (norm[i] === ':') {
    let j = i + 1;
    while (j < norm.length && j < i + 8 && isSpace(norm[j])) j++;
    return j;
  }
  return -1;
}

const FULL_STOP = charSet('。!?');

function sentenceEnd(norm: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (inSet(FULL_STOP, norm, i)) return i + 1;
  return limit;
}

function paragraphEnd(norm: string, from: number): number {
  const nl = norm.indexOf('\n', from);
  return nl < 0 ? norm.length : nl;
}

// A list item's number at the start of a line: 1. 2、 (3) ③.
const ITEM_MARK = /^[ \t]*(?:\d{1,2}[.、]|\(\d{1,2}\)|[①-⑳])/;
const MAX_PARAGRAPHS = 12;

/** The start of the next non-blank line after `from`, or -1. Bounded: a run of blank lines ends the passage. */
function nextLine(norm: string, from: number): number {
  let i = from;
  while (i < norm.length && i < from + 40 && isSpace(norm[i])) i++;
  return i < norm.length && !isSpace(norm[i]) ? i : -1;
}

/**
 * Whether the paragraph at `at` carries on the targets list: the one before broke off mid-list
 * (1.地区生产总值增长9%左右;), or both are numbered items, or it opens with an indicator of the
 * taxonomy (a list split over two paragraphs: …增长6.5%以上。\n城乡居民人均可支配收入分别增长…).
 */
function continues(norm: string, prevStart: number, prevEnd: number, at: number): boolean {
  let k = prevEnd - 1;
  while (k > 0 && isSpace(norm[k])) k--;
  if (norm[k] === ';' || norm[k] === ',' || norm[k] === '、') return true;
  const line = norm.slice(at, Math.min(paragraphEnd(norm, at), at + 200));
  const mark = ITEM_MARK.exec(line);
  if (mark) return ITEM_MARK.test(norm.slice(prevStart, prevStart + 8)); // the next item of a numbered list
  let i = 0;
  while (i < line.length && isSpace(line[i])) i++;
  if (!lexicon().has(line, i)) return false;
  // 地区生产总值增长6%左右的目标,综合考虑了…: a paragraph about a target, not the list's next items.
  const first = line.slice(0, sentenceEnd(line, 0, line.length));
  const clause = first.slice(0, first.search(/[,;]|$/));
  return /\d/.test(first) && !clause.includes('目标');
}

/**
 * The paragraph from `start` (and the list's following lines), cut before the first sentence that
 * comments on the targets, and after the last sentence that ends within LIMITS.passage characters.
 */
function passageFrom(norm: string, start: number, log?: LimitLog): Passage {
  const p = passageOf(norm, start);
  if (p.end - p.start <= LIMITS.passage) return p;
  log?.reached('passage', start + LIMITS.passage);
  let end = start;
  for (let e = sentenceEnd(norm, start, p.end); e - start <= LIMITS.passage; e = sentenceEnd(norm, e, p.end)) end = e;
  return { start, end: end > start ? end : start + LIMITS.passage };
}

function passageOf(norm: string, start: number): Passage {
  let para = paragraphEnd(norm, start);
  let paraStart = start;
  let end = sentenceEnd(norm, start, para);
  for (let paragraphs = 1; ;) {
    while (end < para) {
      const next = sentenceEnd(norm, end, para);
      const s = norm.slice(end, next);
      if (STOP.some((w) => s.includes(w))) return { start, end };
      end = next;
    }
    if (paragraphs++ >= MAX_PARAGRAPHS) break;
    const at = nextLine(norm, para);
    if (at < 0 || !continues(norm, paraStart, para, at)) break;
    const nextPara = paragraphEnd(norm, at);
    const first = sentenceEnd(norm, at, nextPara);
    if (STOP.some((w) => norm.slice(at, first).includes(w))) break;
    [paraStart, para, end] = [at, nextPara, first];
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

export function findTargetsPassage(norm: string, log?: LimitLog): Passage | null {
  for (const a of ANCHORS) {
    for (let at = norm.indexOf(a); at >= 0; at = norm.indexOf(a, at + 1)) {
      const s = listStart(norm, at + a.length);
      if (s >= 0) return passageFrom(norm, s, log);
    }
  }
  // No anchor: the first sentence, after the opening third, that lists hedged targets.
  let i = Math.floor(norm.length / 4);
  for (let para = paragraphEnd(norm, i); i < norm.length;) {
    if (i > para) para = paragraphEnd(norm, i); // once per paragraph: a search per sentence would rescan a long line
    const e = sentenceEnd(norm, i, para + 1);
    if (hedgedCount(norm.slice(i, e)) >= 3) return passageFrom(norm, i, log);
    i = e;
  }
  return null;
}

/**
 * `p`: the targets passage when the caller has it already (findTargetsPassage of the same text);
 * `trace`: where to record what was read and decided, for explain.
 */
export function extractTargets(
  norm: string,
  orig: string,
  p = findTargetsPassage(norm),
  log?: LimitLog,
  trace?: Trace,
): Item[] {
  if (!p) return [];
  const items: Item[] = [];
  const lex = lexiconFor(selfClass(norm));
  for (let s = p.start; s < p.end;) {
    const e = sentenceEnd(norm, s, p.end);
    for (const [a, b] of sentencePieces(norm, s, e, log)) {
      const read = trace?.sentence('targets', a, b, orig);
      const found = readSentence(norm, orig, a, b, { mode: 'target', read, lex });
      const qualitative = readQualitative(norm, orig, a, b, found);
      items.push(...found, ...qualitative);
      if (read) {
        read.qualitative.push(...qualitative.map((item) => ({ item, kept: true, rule: item.rule! })));
        trace!.done(read);
      }
    }
    s = e;
  }
  // 增长8%以上,高于全市平均水平1个百分点: the margin over another area is an item of its own only
  // when the indicator has no figure of its own (SCHEMA: relative_to).
  const key = (x: Item) => (x.indicator === 'other' ? `other|${x.label}` : x.indicator);
  const own = new Set(items.filter((x) => x.measure === 'growth' && !x.relative_to).map(key));
  const kept = items.filter((x) => {
    const drop = x.relative_to && x.measure !== 'qualitative' && own.has(key(x));
    if (drop) trace?.drop(x, 'relative-with-own');
    return !drop;
  });
  return kept.sort((a, b) => a.start - b.start);
}
