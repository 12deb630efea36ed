// Reading the items of one sentence: which indicators it names, which numbers belong to them.
//
// A sentence is read as a flat list of tokens (core/read/tokens.ts). A walk over the tokens keeps one
// open "group" — the indicator(s) a clause is about — and gives it each following quantity whose
// connecting words are only link words (增长、同比、达到、控制在 …: core/read/phrases.ts). Any other word
// between a subject and a number means the number is about something else (占全省比重、其中高技术制造业)
// and closes the group. Each group's numbers then pass the number rules and the list rules
// (core/read/figures.ts). Every decision is named by a rule of core/read/rules.ts.
// Nothing here backtracks: each step looks at a handful of characters around a token.
import { lexicon, type Lexicon } from './indicators';
import { tokenize, type IndTok, type Member, type QtyTok } from './tokens';
import { itemsOf, type Group } from './figures';
import { words } from './phrases';
import type { RuleName } from './rules';
import type { Item } from '../types';
import type { SentenceRead } from './trace';
import { consumedBy, endsWithAny, startsWithAny } from '../text/words';

export type Mode = 'target' | 'actual';

const SUBJECT_PREFIX = words('subjectPrefix');
const LINK_WORDS = words('links');
const JOINERS = words('joiners');
const COMPARE = words('compare');
const ELLIPTIC_SAME = words('ellipticSame');
const ELLIPTIC_HEAD = words('ellipticHead');
const PART_YEAR = words('partYear');
/** The head of 产量 and 面积 when they stand alone (粮食…,产量达到13.8万吨). */
export const GRAIN = words('grain')[0];

// A number this far (in characters) past the start of its subject is about something else: the longest
// subject-to-number span in the corpus is 55 characters. It also bounds every item's `text`, so that the
// output grows with the input, not with the input times the length of a sentence that never ends.
export const MAX_REACH = 150;

const BASE_FROM = words('baseFrom');
const BASE_ADJUSTED = words('baseAdjusted');
const GROWTH_VERBS = ['增长', '下降', '提高', '减少'];

/**
 * The link without a stated base or adjustment at its start (比2019年调整预算收入 before 增长,
 * 剔除虚增空转因素后 before 完成), or null when it has none. A base names a year or last year:
 * 比重 is no base (占地区生产总值比重增长).
 */
function withoutBase(link: string): string | null {
  const by = /^(?:同比)?[比较]((?:19|20)\d{2}年)/.exec(link);
  if (by || BASE_FROM.some((w) => link.startsWith(w))) {
    const verb = Math.min(...GROWTH_VERBS.map((v) => link.indexOf(v)).filter((k) => k > 0), Infinity);
    if (verb < Infinity && verb <= 20) return link.slice(verb);
  }
  if (BASE_ADJUSTED.some((w) => link.startsWith(w))) {
    const after = link.indexOf('后');
    if (after > 0 && after <= 20) return link.slice(after + 1);
  }
  // 在去年市核任务(5.55亿元)的基础上增长8.1%: a base named, with or without its amount.
  const on = BASE_ON.exec(link);
  if (on) return link.slice(on[0].length);
  return null;
}

// 在上年基础上, 在去年市核任务(5.55亿元)的基础上, 在2019年12.3亿元基数上
const BASE_ON = /^在[^,，;；。]{0,30}?(?:的)?(?:基础上|基数上)/;
const BASE_AMOUNT_AFTER = /^\s*[)）]?\s*(?:的)?(?:基础上|基数上)/;

/** A stretch opening (after blanks) with a part of the year: 前三季度, 1-9月. */
function partYear(text: string): boolean {
  const t = text.trimStart();
  return PART_YEAR.some((w) => t.startsWith(w));
}

/** The text of [start, end) up to its first 、 (norm.slice(start, end).split('、')[0]). */
function firstPart(norm: string, start: number, end: number): string {
  const part = norm.slice(start, end); // searched alone: a search in `norm` would run on past `end`
  const k = part.indexOf('、');
  return k >= 0 ? part.slice(0, k) : part;
}

/** Whether every 、-separated part of `gap` but the last leads on (gap.split('、').slice(0, -1).every(leadsOn), without the array). */
function partsLeadOn(gap: string): boolean {
  for (let from = 0, k = gap.indexOf('、'); k >= 0; from = k + 1, k = gap.indexOf('、', from)) {
    if (!leadsOn(gap.slice(from, k))) return false;
  }
  return true;
}

/** The 、-separated part of a link that leads to the number (规模以上工业企业达7.6万家、增加值增长3%). */
const lastPart = (gap: string) => gap.slice(gap.lastIndexOf('、') + 1);

/** Whether a stretch of text goes on about the same subject: it opens with a verb, a hedge or a back
 * reference (、增长4.2%, ,居全省第4位, ,总量重回全省第3位), not with a new noun (,新设外资企业3.6万家). */
function leadsOn(part: string): boolean {
  if (part === '' || part.charCodeAt(0) < 0x3400) return true;
  return startsWithAny(part, LINK_WORDS) || startsWithAny(part, ELLIPTIC_SAME) || startsWithAny(part, COMPARE);
}

/** Short words before `b` joined to it by 、/和 that share its tail: 城镇、农村居民人均可支配收入. */
function composeTail(gap: string, b: IndTok, lex: Lexicon): { members: Member[]; rest: string } {
  const out: Member[] = [];
  let rest = gap;
  const label = b.members[0].label;
  for (;;) {
    const j = JOINERS.find((x) => rest.endsWith(x));
    if (!j) break;
    const before = rest.slice(0, rest.length - j.length);
    let found: Member | null = null,
      cut = 0;
    for (let n = Math.min(6, before.length); n >= 1 && !found; n--) {
      const run = before.slice(before.length - n);
      for (let k = 1; k < label.length; k++) {
        const name = run + label.slice(k);
        const hit = lex.match(name, 0);
        if (hit && hit.end === name.length && hit.ids.length === 1 && hit.label === name) {
          found = { id: hit.ids[0], label: name };
          cut = n;
          break;
        }
      }
    }
    if (!found) break;
    out.unshift(found);
    rest = before.slice(0, before.length - cut);
  }
  return { members: out, rest };
}

export interface SentenceOptions {
  mode: Mode;
  lex?: Lexicon;
  /** The sentence reviews several years (这五年…): only levels reached at the end count. */
  multiYear?: boolean;
  /** Where to record every number's decision (core/read/trace.ts), for explain. */
  read?: SentenceRead;
}

type Attach = Extract<RuleName, 'subject' | 'ellipsis' | 'respectively-run' | 'unnamed-target'>;

function newGroup(members: Member[], start: number, labelEnd: number, how: Attach): Group {
  return { members, qtys: [], hows: [], gaps: [], start, labelEnd, open: true, closedBy: null, how };
}

/** The group stops taking numbers; the first reason is the one kept. */
function close(g: Group, why: RuleName): void {
  if (!g.open) return;
  g.open = false;
  g.closedBy = why;
}

/**
 * Items of the sentence norm[start, end). `orig` gives the `text` spans (same offsets).
 * In 'actual' mode multi-year and part-year figures are left out.
 */
export function readSentence(norm: string, orig: string, start: number, end: number, opts: SentenceOptions): Item[] {
  const lex = opts.lex ?? lexicon();
  const read = opts.read;
  const dropped: Array<{ start: number; end: number; rule: RuleName }> | undefined = read ? [] : undefined;
  const toks = tokenize(norm, start, end, lex, dropped);
  let group: Group | null = null;
  let segStart = start; // start of the current clause
  let prevEnd = start;
  const groups: Group[] = [];
  let segTokens = 0;
  const drop = (t: QtyTok, rule: RuleName) => dropped?.push({ start: t.start, end: t.end, rule });
  for (const t of toks) {
    if (t.kind === 'sep') {
      // A clause with nothing read in it still tells whether the subject changed.
      if (!segTokens && group && !leadsOn(firstPart(norm, segStart, t.start))) close(group, 'subject-changed');
      segStart = t.end;
      prevEnd = t.end;
      segTokens = 0;
      continue;
    }
    segTokens++;
    const gap = norm.slice(prevEnd, t.start);
    if (t.kind === 'ind') {
      if (read) read.subjects.push({ label: norm.slice(t.start, t.end), start: t.start, end: t.end });
      const prev = group;
      // 单位GDP能耗、全社会能源消费量 / 规上工业增加值、规上服务业营收: a list directly after a subject.
      if (prev && prev.open && prev.qtys.length === 0 && JOINERS.includes(gap)) {
        prev.members.push(...t.members);
        prevEnd = t.end;
        continue;
      }
      const { members: siblings, rest } = composeTail(gap, t, lex);
      // A two-character name (出口, 进出口) after 、 continues someone else's list: 猕猴桃产值增长8.5%、出口增长53.6%.
      const shortAfterList =
        t.members[0].label.length <= 2 && !siblings.length && norm.slice(segStart, t.start).includes('、');
      if (
        !shortAfterList &&
        (consumedBy(lastPart(rest), SUBJECT_PREFIX) || (siblings.length && consumedBy(rest, SUBJECT_PREFIX)))
      ) {
        group = newGroup([...siblings, ...t.members], t.start - (gap.length - rest.length), t.end, 'subject');
        groups.push(group);
      } else if (group && !endsWithAny(gap, COMPARE)) {
        close(group, 'named-inside'); // an indicator named inside another phrase (占地区生产总值比重): not a subject
      }
      prevEnd = t.end;
      continue;
    }
    // A quantity.
    // 在去年市核任务(5.55亿元)的基础上增长8.1%: the amount is the base, the figure comes after it.
    if (group && group.open && !group.qtys.length && gap.trimStart().startsWith('在')) {
      if (BASE_AMOUNT_AFTER.test(norm.slice(t.end, t.end + 8))) {
        drop(t, 'base-amount');
        continue;
      }
    }
    let link = lastPart(gap);
    if (group && group.open && t.start - group.start > MAX_REACH) close(group, 'too-far');
    else if (group && group.open && !partsLeadOn(gap)) close(group, 'subject-changed');
    let how: RuleName = group?.how ?? 'subject';
    // A clause opening with a bare noun refers back: 总量突破185亿元, 支出首次超过7000亿元, (粮食…)产量.
    const sameAt = group?.open ? ELLIPTIC_SAME.find((w) => link.startsWith(w)) : undefined;
    const headAt = !sameAt ? ELLIPTIC_HEAD.find((w) => link.startsWith(w)) : undefined;
    if (headAt) {
      const sib = resolveHead(norm, group, headAt, start, t.start, lex);
      if (sib) {
        const at = t.start - link.length;
        group = newGroup([sib], at, at + headAt.length, 'ellipsis');
        groups.push(group);
        link = link.slice(headAt.length);
        how = 'ellipsis';
      }
    } else if (sameAt) {
      link = link.slice(sameAt.length);
      how = 'ellipsis';
    }
    // 单位GDP能耗、全社会能源消费量预计同比均下降8%: an unknown name listed after the subject is a
    // member that takes no item, so the list still pairs with its numbers.
    if (
      group &&
      group.open &&
      !group.qtys.length &&
      JOINERS.some((j) => gap.startsWith(j)) &&
      !consumedBy(link, LINK_WORDS)
    ) {
      const body = gap.slice(gap[0] === '以' ? 2 : 1);
      for (let k = 2; k <= Math.min(12, body.length); k++) {
        if (consumedBy(body.slice(k), LINK_WORDS) && /[\u4e00-\u9fff]/.test(body[k - 1])) {
          group.members.push({ id: null, label: body.slice(0, k) });
          link = body.slice(k);
          break;
        }
      }
    }
    // 城镇居民…73020元,农村居民…43810元,分别增长4.2%和6.9%: 分别 after a run of single-subject
    // clauses (since the last ;) hands its numbers to those subjects in order.
    if (group && group.open && link.startsWith('分别') && group.members.length === 1 && group.qtys.length === 1) {
      const clause = norm.slice(start, t.start); // searched alone: a search back in `norm` would run on before `start`
      const clauseStart = start + Math.max(clause.lastIndexOf(';'), clause.lastIndexOf('；'), 0);
      const run: Group[] = [];
      for (let k = groups.length - 1; k >= 0; k--) {
        const g = groups[k];
        if (g.start < clauseStart || g.members.length !== 1 || g.qtys.length !== 1) break;
        run.unshift(g);
      }
      if (run.length >= 2 && run[run.length - 1] === group) {
        group = newGroup(
          run.map((g) => g.members[0]),
          run[0].start,
          t.start - link.length,
          'respectively-run',
        );
        groups.push(group);
        how = 'respectively-run';
      }
    }
    // 比2019年调整预算收入增长7%, 剔除…因素后完成10.4亿元: a stated base between the subject and its verb.
    if (group && group.open && !consumedBy(link, LINK_WORDS)) {
      const rest = withoutBase(link);
      if (rest !== null && consumedBy(rest, LINK_WORDS)) {
        link = rest;
        how = 'stated-base';
      }
    }
    if (group && group.open && t.start - group.start <= MAX_REACH && consumedBy(link, LINK_WORDS)) {
      group.qtys.push(t);
      group.hows.push(how);
      group.gaps.push(norm.slice(Math.max(segStart, group.labelEnd), t.start));
    } else {
      const why: RuleName = !group
        ? 'no-subject'
        : !group.open
          ? (group.closedBy ?? 'not-a-link')
          : t.start - group.start > MAX_REACH
            ? 'too-far'
            : 'not-a-link';
      if (group) close(group, why);
      // Targets also name indicators outside the taxonomy (农村低保标准提高6%): the words before
      // the verb are the label.
      const subject = opts.mode === 'target' ? otherSubject(link) : null;
      if (subject) {
        const at = t.start - link.length + subject.offset;
        group = newGroup([{ id: 'other', label: subject.label }], at, at + subject.label.length, 'unnamed-target');
        group.qtys.push(t);
        group.hows.push('unnamed-target');
        group.gaps.push(link.slice(subject.offset + subject.label.length));
        groups.push(group);
      } else drop(t, why);
    }
    prevEnd = t.end;
  }
  // 前三季度,全市实现地区生产总值1887.2亿元 / 扣除房地产开发投资后,固定资产投资增长2.7%: the
  // sentence's opening limits every figure after it to part of the year or to an adjusted measure.
  if (opts.mode === 'actual')
    for (const g of groups) {
      const before = norm.slice(start, g.start);
      const opening = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('；')) + 1);
      if (opening.includes(words('wholeYear')[0])) continue;
      const rule: RuleName | null =
        partYear(before) || partYear(opening)
          ? 'part-year-opening'
          : opening.includes(words('adjusted')[0])
            ? 'adjusted-opening'
            : null;
      if (!rule) continue;
      for (const t of g.qtys) drop(t, rule);
      g.qtys.length = 0;
    }
  const items: Item[] = [];
  for (const g of groups) items.push(...itemsOf(g, norm, orig, opts.mode, !!opts.multiYear, read, dropped));
  if (read && dropped) recordDropped(read, dropped, orig);
  return items;
}

/** The numbers that gave no item go into the sentence's record beside those that did, in text order. */
function recordDropped(
  read: SentenceRead,
  dropped: Array<{ start: number; end: number; rule: RuleName }>,
  orig: string,
) {
  for (const d of dropped)
    read.numbers.push({ start: d.start, end: d.end, text: orig.slice(d.start, d.end), rule: d.rule, outcomes: [] });
  read.numbers.sort((a, b) => a.start - b.start);
}

/** `农村低保标准提高` -> 农村低保标准: the longest head whose remainder is only link words. */
function otherSubject(link: string): { label: string; offset: number } | null {
  if (link.length > 30) return null;
  let offset = 0;
  for (let moved = true; moved;) {
    moved = false;
    for (const w of SUBJECT_PREFIX)
      if (w.length > 0 && link.startsWith(w, offset)) {
        offset += w.length;
        moved = true;
        break;
      }
  }
  for (let k = offset + 2; k <= link.length; k++) {
    if (consumedBy(link.slice(k), LINK_WORDS) && /[\u4e00-\u9fff]$/.test(link.slice(offset, k)))
      return { label: link.slice(offset, k), offset };
  }
  return null;
}

function resolveHead(
  norm: string,
  g: Group | null,
  noun: string,
  sentStart: number,
  at: number,
  lex: Lexicon,
): Member | null {
  if (noun === '支出') {
    if (!g?.open) return null;
    const head = g.members[g.members.length - 1].label;
    for (let k = head.length - 1; k >= 1; k--) {
      const name = head.slice(0, k) + noun;
      const hit = lex.match(name, 0);
      if (hit && hit.end === name.length && hit.ids.length === 1) return { id: hit.ids[0], label: name };
    }
    return null;
  }
  // 产量 / 面积 after 粮食 earlier in the sentence (坚决保障粮食安全,产量达到13.8万吨).
  if (!norm.slice(sentStart, at).includes(GRAIN)) return null;
  const name = GRAIN + noun;
  const hit = lex.match(name, 0);
  return hit && hit.ids.length === 1 ? { id: hit.ids[0], label: name } : null;
}
