// The signs that a report begins or moves on, found on normalised text (core/text/normalize.ts keeps
// offsets, so a position here is a position in the original). core/shapes/split.ts decides from them.
// Every finder is one pass over the text with bounded look-around.
import { titleKind } from '../read/detect-title';
import type { LineIndex } from './line-index';

export interface Signal {
  start: number; // where a report cut here would begin
  at: number; // the signal itself
  end: number;
}

export interface TitleSignal extends Signal {
  /** The title without spaces or numbering (2023年高安市政府工作报告): running heads repeat it. */
  key: string;
  /** 政府工作报告 alone: the second line of a two-line title, or a quote. */
  bare: boolean;
  /** The title fills its line (apart from numbering and asides). */
  ownLine: boolean;
}

const NAME = '政府工作报告';
/** A title line is short; a longer line holding the name is a sentence about a report. */
const MAX_TITLE_LINE = 60;
// 1. / 一、 / (三) / 第三篇 / 之三: numbering of a title in a compilation.
const NUMBERING =
  /^\s*(?:[一二三四五六七八九十百\d]{1,4}\s*[、.．:：]|[(（][一二三四五六七八九十\d]{1,3}[)）]|第[一二三四五六七八九十百\d]{1,4}[篇章部分节]?[、.．:：\s]?|之[一二三四五六七八九十\d]{1,3}[、.．:：\s]?)\s*/;
const ASIDE_OR_NUMBER = new RegExp(`${NUMBERING.source}|[[【(（〔][^\\]】)）〕\\n]{0,40}[\\]】)）〕]`, 'g');
// Inside a line (compilations without line breaks), a title needs a year before or after its issuer
// (2023年铜川市政府工作报告, 天门市2023年政府工作报告) and one of an opening's marks after it.
const YEAR = '(?:(?:19|20)\\d{2}|[〇零一二三四五六七八九]{4})年度?';
const INLINE_ISSUER = new RegExp(
  `(?:${YEAR}[\\u4e00-\\u9fff·]{0,12}?(?:人民)?|[\\u4e00-\\u9fff·]{1,8}?(?:省|市|县|区|州|盟|旗)${YEAR})$`,
);
const INLINE_NEXT = /^\s*(?:$|[(（【[—\-－:：]|各位代表|(?:19|20)\d{2}年\d{1,2}月|[〇零一二三四五六七八九]{4}年)/;

/** Every title of a report: own-line titles (numbered or not) and, inside a line, year-bearing ones. */
export function findTitles(norm: string, lines: LineIndex): TitleSignal[] {
  const out: TitleSignal[] = [];
  for (let i = norm.indexOf(NAME); i >= 0; i = norm.indexOf(NAME, i + NAME.length)) {
    const lineStart = lines.startOf(i);
    const lineEnd = lines.endOf(i);
    const own = lineEnd - lineStart <= MAX_TITLE_LINE ? ownLineTitle(norm, lineStart, lineEnd, i) : null;
    const inline = inlineTitle(norm, lineStart, lineEnd, i);
    // A page's leftovers run into the next title when a compilation lost its line breaks
    // (扫一扫在手机上查看当前页面2023年铜川市政府工作报告): the title starts at its year, not at the line.
    const junk =
      own !== null &&
      inline !== null &&
      /[\u4e00-\u9fff]/.test(norm.slice(lineStart, inline.start).replace(ASIDE_OR_NUMBER, ''));
    const t = own && !junk ? own : inline;
    if (t) out.push(t);
  }
  return out.sort((a, b) => a.start - b.start);
}

function ownLineTitle(norm: string, lineStart: number, lineEnd: number, at: number): TitleSignal | null {
  const line = norm.slice(lineStart, lineEnd);
  const unnumbered = line.replace(NUMBERING, '');
  if (titleKind(unnumbered.trim()) !== 'gwr') return null;
  const key = unnumbered.replace(/[\s《》“”"']/g, '').replace(/[-_|｜丨—:：].*$/, '');
  return { start: lineStart, at, end: lineEnd, key, bare: key === NAME, ownLine: true };
}

function inlineTitle(norm: string, lineStart: number, lineEnd: number, at: number): TitleSignal | null {
  const before = norm.slice(Math.max(lineStart, at - 24), at);
  const issuer = INLINE_ISSUER.exec(before);
  if (!issuer) return null;
  const tail = norm.slice(at + NAME.length, Math.min(lineEnd, at + NAME.length + 12));
  if (!INLINE_NEXT.test(tail.replace(/^(?:全文|摘要)/, ''))) return null;
  const start = at - issuer[0].length;
  return { start, at, end: at + NAME.length, key: issuer[0] + NAME, bare: false, ownLine: false };
}

// 2023年1月10日在高安市第十七届人民代表大会第二次会议上 (the date may be in Chinese numerals).
const MEETING =
  /(?:(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日[,，]?\s*在[^。\n]{0,40}?(?:人民代表大会|人大)[^。\n]{0,20}?会议上/g;
const MAX_MEETING_LINE = 90;

/** Meeting lines, each on a short line of its own (——2023年1月10日在…会议上). */
export function findMeetings(norm: string, lines: LineIndex): Signal[] {
  const out: Signal[] = [];
  for (const m of norm.matchAll(MEETING)) {
    const at = m.index;
    const lineStart = lines.startOf(at);
    if (lines.endOf(at) - lineStart > MAX_MEETING_LINE) continue;
    // Only dashes, brackets or spaces before it: a sentence that mentions a meeting is not its line.
    if (!/^[\s—\-－(（]*$/.test(norm.slice(lineStart, at))) continue;
    out.push({ start: lineStart, at, end: at + m[0].length });
  }
  return out;
}

// 现在，我代表市人民政府向大会报告工作 / 向大会作政府工作报告: said once, at the opening of the report itself.
const ADDRESS = /我代表[^。\n]{0,24}?向(?:本次)?大会(?:报告|作)/g;

/** The deputies addressed at a report's opening. */
export function findAddresses(norm: string): Signal[] {
  return Array.from(norm.matchAll(ADDRESS), (m) => ({ start: m.index, at: m.index, end: m.index + m[0].length }));
}

const MAX_REVIEW_LINE = 40;
// 一、2022年工作回顾 / 回顾2022年工作 / 过去五年工作回顾 / 一、“十四五”时期和2025年工作回顾
const REVIEW_WHEN = /(?:19|20)\d{2}年|过去|去年|一年|五年|本届|十[一二三四五]五/;

/** Headings of a review section (short lines with 回顾 that are not sentences). */
export function findReviews(norm: string, lines: LineIndex): Signal[] {
  const out: Signal[] = [];
  for (let i = norm.indexOf('回顾'); i >= 0; i = norm.indexOf('回顾', i + 2)) {
    const lineStart = lines.startOf(i);
    const lineEnd = lines.endOf(i);
    if (lineEnd - lineStart > MAX_REVIEW_LINE * 2) continue;
    const line = norm.slice(lineStart, lineEnd).trim();
    if (line.length > MAX_REVIEW_LINE || /[。:：,，;；]$/.test(line) || !REVIEW_WHEN.test(line)) continue;
    out.push({ start: lineStart, at: i, end: lineEnd });
    i = lineEnd; // one signal per line
  }
  return out;
}

// The plan for the new year: its targets passage or its heading (as core/read/sections.ts finds the first).
const PLAN =
  /主要预期目标|(?:19|20)\d\d年(?:的)?(?:政府)?(?:重点)?工作(?:安排|任务|建议|部署)|今年(?:政府)?(?:的)?(?:重点)?工作(?:安排|任务|建议|部署)|今年工作的总体要求|今年(?:经济社会发展|政府工作)的总体要求/g;

/** Where a plan for the new year is stated (heading or targets passage). */
export function findPlans(norm: string): number[] {
  return Array.from(norm.matchAll(PLAN), (m) => m.index);
}
