// Results of the review year, read from the review section: everything before the targets passage
// and before the section on the next five-year plan (十五五 goals are not results).
// `norm` is normalize(orig) (same length); items carry orig.slice(start, end) as `text`.
import { GRAIN, readSentence } from './clauses';
import { Lexicon, lexicon, lexiconFor } from './indicators';
import { selfClass } from './region';
import { extractTargets, findTargetsPassage, type Passage } from './targets';
import type { Item } from '../types';
import { charSet, hasCode } from '../text/charset';
import { sentencePieces, type LimitLog } from './limits';
import type { Trace } from './trace';

const SENTENCE_END = charSet('。!?\n');
const NUMERALS = '一二三四五六七八九十';
// A top-level heading that opens the plans: 二、“十五五”时期主要目标任务, 三、2026年工作安排.
const REVIEW_HEADING = ['回顾', '总结', '成就'];
const PLAN_HEADING = [
  '十五五',
  '目标',
  '工作安排',
  '重点工作',
  '主要考虑',
  '工作任务',
  '工作思路',
  '主要任务',
  '主要工作',
  '总体要求',
];

/** Where the review ends: the first top-level heading about plans, or the targets passage (findTargetsPassage's). */
export function reviewEnd(norm: string, passage = findTargetsPassage(norm)): number {
  let end = passage ? passage.start : norm.length;
  let headings = 0;
  for (let i = norm.indexOf('\n'); i >= 0 && i < end; i = norm.indexOf('\n', i + 1)) {
    if (!NUMERALS.includes(norm[i + 1]) || norm[i + 2] !== '、') continue;
    // The first heading opens the review itself (一、2025年主要工作和“十四五”发展成就).
    if (headings++ === 0) continue;
    const line = norm.slice(i + 1, Math.min(norm.indexOf('\n', i + 1) >>> 0, i + 60));
    if (PLAN_HEADING.some((w) => line.includes(w)) && !REVIEW_HEADING.some((w) => line.includes(w))) {
      end = i;
      break;
    }
  }
  return end;
}

// Environmental and structural indicators show up in reviews mostly as five-year or sector figures;
// they count as results only when the report also sets a target for them.
const ONLY_IF_TARGETED = new Set(['pm25', 'urbanization_rate', 'carbon_intensity', 'energy_intensity', 'emissions']);

/**
 * Whether the paragraph at `at` reviews five years (这五年, 过去五年, “十四五”时期是…: true) or the
 * review year (刚刚过去的2025年, 一年来: false), by its first sentence; null when it says neither and
 * goes on in the mode of the one before.
 */
function paragraphMode(norm: string, at: number): boolean | null {
  // The first full stop within 100 characters only: searching to the end of the text from every
  // paragraph would make long texts without 。 quadratic.
  const head = norm.slice(at, at + 100);
  const stop = head.indexOf('。');
  const first = stop < 0 ? head : head.slice(0, stop);
  if (first.includes('五年')) return true;
  const year = /20[0-9][0-9]年|一年|去年/.test(first);
  if (first.includes('十四五') && !year) return true;
  return year ? false : null;
}

/**
 * The modes of a review's paragraphs (paragraphMode), asked for only where a sentence is read: from
 * the paragraph asked about back to the nearest one that says, or to the last one asked about. Most
 * paragraphs hold no result and are never looked at.
 */
class ParagraphModes {
  private starts: number[] = [];
  private known = -1; // index in `starts` of the last paragraph whose mode is settled
  private mode = false;
  constructor(private norm: string) {}

  /** A paragraph starts at `at`: each one, in order. */
  open(at: number): void {
    this.starts.push(at);
  }

  /** The mode of the paragraph opened last. */
  current(): boolean {
    const last = this.starts.length - 1;
    for (let k = last; k > this.known; k--) {
      const m = paragraphMode(this.norm, this.starts[k]);
      if (m !== null) {
        this.mode = m;
        break;
      }
    }
    this.known = last;
    return this.mode;
  }
}

/**
 * The review sentence from `start`: where it ends (its 。!?, line break or `limit`), whether it holds
 * a digit, and whether it names an indicator of `lex` (or 粮食, the head of a bare 产量). Results are
 * numbers that belong to a named indicator (core/read/clauses.ts, readSentence), so a sentence lacking
 * either has none: nine in ten sentences with a number name no indicator (其中, 比上年, counts of
 * projects). Names are looked for only in a sentence with a digit, up to the first.
 */
export function reviewSentence(
  norm: string,
  start: number,
  limit: number,
  lex: Lexicon = lexicon(),
): { end: number; digits: boolean; names: boolean } {
  let digits = false;
  let end = start;
  for (; end < limit; end++) {
    const c = norm.charCodeAt(end);
    if (hasCode(SENTENCE_END, c)) break;
    if (c >= 48 && c <= 57) digits = true;
  }
  if (!digits) return { end, digits, names: false };
  // A name has two characters at least: one starting at end - 1 would run past the sentence.
  for (let i = start; i < end - 1; i++) if (lex.has(norm, i)) return { end, digits, names: true };
  return { end, digits, names: norm.slice(start, end).includes(GRAIN) };
}

/**
 * `targets` and `passage`: this text's targets and targets passage when the caller has them already
 * (extractTargets and findTargetsPassage of the same text).
 */
export function extractActuals(
  norm: string,
  orig: string,
  opts: { reviewYear: number | null; targets?: Item[]; passage?: Passage | null; log?: LimitLog; trace?: Trace },
): Item[] {
  const passage = opts.passage !== undefined ? opts.passage : findTargetsPassage(norm);
  const targets = opts.targets ?? extractTargets(norm, orig, passage);
  const targeted = new Set(targets.map((t) => t.indicator));
  // Indicators outside the taxonomy that this report targets are read in its review too.
  const base = lexiconFor(selfClass(norm));
  let lex: Lexicon = base;
  for (const t of targets) {
    if (t.indicator !== 'other') continue;
    if (lex === base) lex = new Lexicon([], base);
    for (let k = 0; t.label.length - k >= 4; k++) {
      const name = t.label.slice(k);
      if (k === 0 || !lex.has(name, 0)) lex.add(name, ['other']);
    }
  }
  const end = reviewEnd(norm, passage);
  const items: Item[] = [];
  const fiveYear = new Set<Item>();
  const seen = new Set<string>();
  const modes = new ParagraphModes(norm);
  for (let s = 0; s <= end;) {
    const { end: i, digits, names } = reviewSentence(norm, s, end, lex);
    if (s === 0 || norm.charCodeAt(s - 1) === 10) modes.open(s);
    if (i > s + 4 && digits && names) {
      const multiYear = modes.current();
      const found: Item[] = [];
      for (const [a, b] of sentencePieces(norm, s, i, opts.log)) {
        const read = opts.trace?.sentence('review', a, b, orig);
        found.push(...readSentence(norm, orig, a, b, { mode: 'actual', lex, multiYear, read }));
        if (read) opts.trace!.done(read);
      }
      // 预计 covers what follows it in the sentence: 全年新签约项目211个…,预计到位资金650亿元 is not
      // an estimate of the figures before it.
      const g = norm.slice(s, i).indexOf('预计');
      const guess = g < 0 ? -1 : s + g;
      for (const it of found) {
        if (ONLY_IF_TARGETED.has(it.indicator) && !targeted.has(it.indicator)) {
          opts.trace?.drop(it, 'only-if-targeted');
          continue;
        }
        const key = `${it.indicator}|${it.measure}|${it.value}|${it.unit}`;
        if (seen.has(key)) {
          opts.trace?.drop(it, 'duplicate');
          continue;
        }
        seen.add(key);
        if (guess >= 0 && guess < it.end) it.estimated = true;
        items.push(it);
        if (multiYear) fiveYear.add(it);
      }
    } else if (digits && i > s + 4) opts.trace?.skip('review', s, i, orig, 'no-indicator');
    s = i + 1;
  }
  // 高于全国0.3个百分点 is an item of its own only when no figure of the indicator's own is given.
  // A level reached over the five years stands for the review year only when no figure of the year is given.
  const annual = new Set(items.filter((x) => !fiveYear.has(x)).map((x) => `${x.indicator}|${x.measure}`));
  const superseded = (x: Item) => fiveYear.has(x) && annual.has(`${x.indicator}|${x.measure}`);
  const core = (x: Item) => `${x.indicator}|${x.label.replace(/(增速|增幅|涨幅)$/, '')}`;
  const ownGrowth = new Set(items.filter((x) => !superseded(x) && x.measure === 'growth' && !x.relative_to).map(core));
  return items.filter((x) => {
    const rule = superseded(x)
      ? 'five-year-superseded'
      : x.relative_to && ownGrowth.has(core(x))
        ? 'relative-with-own'
        : null;
    if (rule) opts.trace?.drop(x, rule);
    return !rule;
  });
}
