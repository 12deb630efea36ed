// Several reports in one text: a download site's 汇编, a newspaper special, a researcher's merged file.
// The text is cut where a report opens, by these rules in order (each cut names the rule that made it):
//   address   - 我代表…向大会报告工作, said once at a report's opening; the cut goes back over its header
//               (title, meeting line, speaker, 各位代表) to the title.
//   meeting   - a meeting line of its own (2023年1月10日在…人民代表大会…会议上) with a review heading after it.
//   title     - a title line with a review heading after it; or, after a report has reached its plan,
//               a title line naming another report (a different title, with its year).
//   sequence  - a review heading after the previous report's review and plan (review -> targets -> tasks).
// A piece must look like a report (long enough, with a review or a plan), else its cut is dropped, and a text
// with fewer than two pieces is not split: one report that quotes another, or a news page that quotes a
// report's opening, stays whole.
import { normalize } from '../text/normalize';
import {
  findAddresses,
  findMeetings,
  findPlans,
  findReviews,
  findTitles,
  type Signal,
  type TitleSignal,
} from './split-signals';
import { LineIndex } from './line-index';

const RULES = ['address', 'meeting', 'title', 'sequence'] as const;
export type OpeningRule = (typeof RULES)[number];

export interface Piece {
  start: number; // offsets in the text given
  end: number;
  text: string;
  /** The rule that opened the piece; 'whole' when the text was not split. */
  rule: OpeningRule | 'whole';
}

interface Opening {
  start: number;
  /** Where the opening's own signal is (the address, the heading): the header lies between start and at. */
  at: number;
  rule: OpeningRule;
  key: string | null; // its title, to tell a running head (the same title again) from a new report
}

/** How far back from 我代表…向大会 a report's header (title, meeting line, speaker, 各位代表) may reach. */
const HEADER_SPAN = 600;
/** Between a title or meeting line and the review heading that follows it. */
const HEAD_TO_REVIEW = 400;
/** A piece shorter than this is no report (a quoted opening, a table of contents). */
const MIN_PIECE = 800;
/** Text before the first report stays with it (a site's watermark), unless long or naming reports (a cover, contents). */
const MAX_PREAMBLE = 2000;
// A header holds no sentence. (A lone ? is more often a character the page could not encode than a question.)
const SENTENCE_END = /[。!！;；]/;

/** The reports a text holds, each as a piece of it; one piece (rule 'whole') when it holds one or none. */
export function splitReports(text: string): Piece[] {
  const norm = normalize(text);
  const lines = new LineIndex(norm);
  const titles = findTitles(norm, lines);
  const reviews = findReviews(norm, lines);
  const plans = findPlans(norm);
  const meetings = findMeetings(norm, lines);
  let openings = [
    ...byAddress(norm, lines, findAddresses(norm), titles, meetings),
    ...byMeeting(norm, meetings, reviews, titles),
    ...byTitle(norm, titles, reviews),
  ];
  openings = dedupe(openings);
  openings = bySequence(openings, titles, reviews, plans);
  openings = valid(norm, openings, reviews, plans);
  if (openings.length < 2) return [{ start: 0, end: text.length, text, rule: 'whole' }];
  const first = openings[0].start;
  const preamble = norm.slice(0, first);
  const keepPreamble = first <= MAX_PREAMBLE && !preamble.includes('政府工作报告');
  return openings.map((o, i) => {
    const start = i === 0 && keepPreamble ? 0 : o.start;
    const end = i + 1 < openings.length ? openings[i + 1].start : text.length;
    return { start, end, text: text.slice(start, end), rule: o.rule };
  });
}

/** Rule 'address': back from 我代表 over the header, to its title (a two-line title keeps both lines). */
function byAddress(
  norm: string,
  lines: LineIndex,
  addresses: Signal[],
  titles: TitleSignal[],
  meetings: Signal[],
): Opening[] {
  return addresses.map((a) => {
    let floor = Math.max(0, a.at - HEADER_SPAN);
    // The header holds no sentence: the last one ended the text before it.
    for (let k = a.at - 1; k >= floor; k--) {
      if (SENTENCE_END.test(norm[k])) {
        floor = k + 1;
        break;
      }
    }
    const inZone: TitleSignal[] = [];
    for (let k = indexFrom(titles, floor); k < titles.length && titles[k].at < a.at; k++) inZone.push(titles[k]);
    let title = inZone[inZone.length - 1];
    const before = inZone[inZone.length - 2];
    if (title?.bare && before && norm.slice(before.end, title.start).trim() === '') title = before;
    if (title) return { start: title.start, at: a.at, rule: 'address', key: title.bare ? null : title.key };
    const meeting = meetings[indexFrom(meetings, floor)] as Signal | undefined;
    if (meeting && meeting.at < a.at) return { start: meeting.start, at: a.at, rule: 'address', key: null };
    const deputies = norm.slice(floor, a.at).lastIndexOf('各位代表');
    const at = deputies >= 0 ? floor + deputies : a.at;
    return { start: Math.max(floor, lines.startOf(at)), at: a.at, rule: 'address', key: null };
  });
}

/** The first review heading within `span` characters after `from`, with only short lines between. */
function reviewSoonAfter(norm: string, from: number, reviews: Signal[], span: number): Signal | undefined {
  const r = reviews[indexFrom(reviews, from)] as Signal | undefined;
  if (!r || r.start - from > span) return undefined;
  const between = norm.slice(from, r.start);
  return between.split('\n').every((line) => line.trim().length <= 60 && !SENTENCE_END.test(line)) ? r : undefined;
}

/** Rule 'meeting': a dataset's text that starts at the meeting line, the review heading right after. */
function byMeeting(norm: string, meetings: Signal[], reviews: Signal[], titles: TitleSignal[]): Opening[] {
  const out: Opening[] = [];
  for (const m of meetings) {
    if (!reviewSoonAfter(norm, m.end, reviews, HEAD_TO_REVIEW)) continue;
    const k = indexFrom(titles, m.start) - 1;
    const title = k >= 0 && titles[k].ownLine && norm.slice(titles[k].end, m.start).trim() === '' ? titles[k] : null;
    out.push({ start: title ? title.start : m.start, at: m.at, rule: 'meeting', key: title?.key ?? null });
  }
  return out;
}

/** Rule 'title', first form: a title line and the review heading right after it. */
function byTitle(norm: string, titles: TitleSignal[], reviews: Signal[]): Opening[] {
  return titles
    .filter((t) => t.ownLine && !t.bare && reviewSoonAfter(norm, t.end, reviews, HEAD_TO_REVIEW))
    .map((t) => ({ start: t.start, at: t.at, rule: 'title', key: t.key }));
}

/** Openings in text order; several signs of one opening (its title, meeting line and address) count once. */
function dedupe(openings: Opening[]): Opening[] {
  const sorted = openings.sort((a, b) => a.start - b.start || a.at - b.at);
  const out: Opening[] = [];
  for (const o of sorted) {
    const last = out[out.length - 1];
    // A running head: the title of the report being read, again at the top of a page.
    if (last && o.rule === 'title' && o.key !== null && o.key === last.key) continue;
    if (last && o.start <= Math.max(last.at, last.start)) {
      last.at = Math.max(last.at, o.at);
      last.key ??= o.key;
      if (RULES.indexOf(o.rule) < RULES.indexOf(last.rule)) last.rule = o.rule;
      continue;
    }
    out.push({ ...o });
  }
  return out;
}

type Event =
  | { kind: 'open'; pos: number; opening: Opening }
  | { kind: 'review'; pos: number; signal: Signal }
  | { kind: 'plan'; pos: number }
  | { kind: 'title'; pos: number; signal: TitleSignal };

const WITH_YEAR = /(?:19|20)\d{2}年|[〇零一二三四五六七八九]{4}年/;

/**
 * Rules 'sequence' and the second form of 'title', in one walk over the signs: once the report being read
 * has had its review and its plan, a new review heading, or a title line naming another report, opens the next.
 */
function bySequence(openings: Opening[], titles: TitleSignal[], reviews: Signal[], plans: number[]): Opening[] {
  const events: Event[] = [
    ...openings.map((o): Event => ({ kind: 'open', pos: o.start, opening: o })),
    ...reviews.map((r): Event => ({ kind: 'review', pos: r.start, signal: r })),
    ...plans.map((p): Event => ({ kind: 'plan', pos: p })),
    ...titles.filter((t) => t.ownLine && !t.bare).map((t): Event => ({ kind: 'title', pos: t.start, signal: t })),
  ].sort((a, b) => a.pos - b.pos);
  const out: Opening[] = [];
  // The report being read: where its opening's signal is (the text's start before any), its title, how far it got.
  const st = { at: -1, key: null as string | null, reviewed: false, planned: false, title: null as TitleSignal | null };
  const open = (o: Opening, reviewed: boolean) => {
    // A report reviewed and planned before any opening was seen is the first report, from the text's start.
    if (!out.length && st.planned) out.push({ start: 0, at: 0, rule: o.rule, key: null });
    out.push(o);
    Object.assign(st, { at: o.at, key: o.key, reviewed, planned: false, title: null });
  };
  for (const e of events) {
    if (e.kind === 'open') open(e.opening, false);
    else if (e.pos <= st.at)
      continue; // inside the header of the opening being read
    else if (e.kind === 'plan') st.planned ||= st.reviewed;
    else if (e.kind === 'title') {
      if (!st.planned || e.signal.key === st.key) continue; // a running head repeats the report's own title
      if (WITH_YEAR.test(e.signal.key))
        open({ start: e.signal.start, at: e.signal.at, rule: 'title', key: e.signal.key }, false);
      else st.title = e.signal;
    } else if (!st.planned) st.reviewed = true;
    else {
      const t = st.title;
      const start = t && e.signal.start - t.end <= HEAD_TO_REVIEW ? t.start : e.signal.start;
      open({ start, at: e.signal.at, rule: 'sequence', key: t?.key ?? null }, true);
    }
  }
  return out;
}

/**
 * Keeps the openings whose piece is a report. An opening too close to the one before it (a quoted opening,
 * a second sign of the same header) joins that piece; a piece without a review or a plan joins the one before.
 */
function valid(norm: string, openings: Opening[], reviews: Signal[], plans: number[]): Opening[] {
  const near: Opening[] = [];
  for (const o of openings) {
    const last = near[near.length - 1];
    if (last && o.start - last.start < MIN_PIECE) continue;
    near.push(o);
  }
  if (near.length && norm.length - near[near.length - 1].start < MIN_PIECE) near.pop();
  const reviewStarts = reviews.map((r) => r.start);
  return near.filter((o, i) => {
    const end = i + 1 < near.length ? near[i + 1].start : norm.length;
    return firstFrom(reviewStarts, o.start) < end || firstFrom(plans, o.start) < end;
  });
}

/** The first of the sorted positions at or after `pos` (binary search), or Infinity. */
function firstFrom(sorted: number[], pos: number): number {
  let lo = 0,
    hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length ? sorted[lo] : Infinity;
}

/** The index of the first signal starting at or after `pos` in a list sorted by start. */
function indexFrom(list: Signal[], pos: number): number {
  let lo = 0,
    hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
