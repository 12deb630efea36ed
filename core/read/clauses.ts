// Reading the items of one sentence: which indicators it names, which numbers belong to them.
//
// A sentence is read as a flat list of tokens: indicator names (core/read/indicators.ts), quantities
// (core/text/numbers.ts) and clause breaks (，；：). A walk over the tokens keeps one open "group" — the
// indicator(s) a clause is about — and gives it each following quantity whose connecting words are
// only verbs and hedges (增长、同比、达到、控制在 …). Any other word between a subject and a number
// means the number is about something else (占全省比重、其中高技术制造业) and closes the group.
// Nothing here backtracks: each step looks at a handful of characters around a token.
import { lexicon, isRateIndicator, type Ids, type Lexicon } from './indicators';
import { mayStartWith } from '../text/name-filter';
import { readQuantity, type Quantity } from '../text/numbers';
import type { Item, Measure } from '../types';
import { charSet, hasCode, inSet, firstsOf } from '../text/charset';

export type Mode = 'target' | 'actual';

interface Member {
  id: string | null; // null: a sub-aggregate that must not take the number
  label: string;
}

interface IndTok {
  kind: 'ind';
  members: Member[];
  start: number;
  end: number;
}
interface QtyTok {
  kind: 'qty';
  q: Quantity;
  hedge: string | null;
  start: number;
  end: number;
}
interface SepTok {
  kind: 'sep';
  start: number;
  end: number;
}
type Tok = IndTok | QtyTok | SepTok;

const SEP_CODES = charSet(',;:，；：。!?\n');
const DUN = '、'.charCodeAt(0);
const JOINERS = ['以及', '、', '和', '及', '与'];
const POST_HEDGES = ['左右', '以上', '以内', '以下', '上下'];
const JOINER_FIRSTS = firstsOf(JOINERS);
const HEDGE_FIRSTS = firstsOf(POST_HEDGES);
const PRE_HEDGES = ['突破', '超过', '超', '力争'];

// Words allowed before an indicator for it to be the clause's subject (全省地区生产总值、预计全年…).
const SUBJECT_PREFIX = [
  '全市',
  '全省',
  '全区',
  '全县',
  '全州',
  '全盟',
  '全旗',
  '全镇',
  '全国',
  '全地区',
  '我市',
  '我省',
  '我区',
  '我县',
  '本市',
  '全年',
  '全体',
  // The budget of the government's own level (区级一般公共预算收入, 市本级) is the region's figure in reports of districts and cities.
  '区级',
  '市级',
  '县级',
  '州级',
  '本级',
  '市本级',
  '县本级',
  '区本级',
  '预计',
  '初步统计',
  '据初步统计',
  '初步核算',
  '其中',
  '今年',
  '去年',
  '当年',
  '年末',
  '实现',
  '完成',
  '力争',
  '确保',
  '同时',
  '以及',
  '和',
  '与',
  '及',
  '的',
  '、',
  '(',
  ')',
  ' ',
  '主要预期目标是',
  '主要预期目标为',
  '是',
  '为',
  '年',
  '一是',
  '二是',
  '三是',
  '四是',
  '五是',
];

// Words allowed between a subject and its number (地区生产总值同比增长、居民消费价格涨幅控制在).
const LINK_WORDS = [
  '增长',
  '增加',
  '提高',
  '提升',
  '上涨',
  '上升',
  '回升',
  '增速',
  '增幅',
  '涨幅',
  '达到',
  '达',
  '为',
  '是',
  '实现',
  '完成',
  '突破',
  '超过',
  '超',
  '首次',
  '再次',
  '均',
  '分别',
  '预计',
  '全年',
  '同比',
  '比上年',
  '较上年',
  '比去年',
  '较去年',
  '保持在',
  '稳定在',
  '控制在',
  '保持',
  '稳定',
  '继续',
  '在',
  '至',
  '到',
  '增至',
  '提高到',
  '提升到',
  '提升至',
  '增长到',
  '增加到',
  '跃升至',
  '迈上',
  '站上',
  '按可比价格计算',
  '按可比价计算',
  '按',
  '实际',
  '名义',
  '同口径',
  '平均值',
  '均值',
  '平均',
  '逆势',
  '力争',
  '下降',
  '降低',
  '减少',
  '下滑',
  '回落',
  '降幅',
  '收窄',
  '微降',
  '降到',
  '降至',
  '缩小到',
  '缩小至',
  '缩小',
  '从',
  '由',
  '年的',
  '年',
  '了',
  '居',
  '位居',
  '排名',
  '排',
  '约',
  '总',
  '共',
  '和',
  '、',
  ' ',
  '左右',
  '以上',
  '稳居',
  '增',
  '降',
  '高于',
  '快于',
  '低于',
  '全国',
  '全省',
  '全市',
  '全区',
  '全州',
  '平均水平',
  '个',
  '连续',
  '稳步',
  '跨越',
  '再创新高',
  '创新高',
  '新高',
  '历史',
  '创',
  '首破',
  '双增',
  '实现了',
  '近',
  '接近',
  '翻番',
  '翻一番',
  '前三季度',
  '上半年',
  '一季度',
  '三季度',
  // Floors and price bases: 确保增长3%, 增长不低于8%, 按可比价格计算增长8%.
  '确保',
  '争取',
  '不低于',
  '不少于',
  '可比价',
];

// A bare noun opening a clause that refers back to the group: 生产总值增长9%,总量突破185亿元.
const ELLIPTIC_SAME = ['总量', '总额', '规模', '增加值'];
// …or to a sibling indicator sharing the group's head: 地方财政收入、支出 -> 地方财政支出; 粮食…产量.
const ELLIPTIC_HEAD = ['总产量', '总产', '产量', '种植面积', '播种面积', '面积', '支出'];
/** The head of 产量 and 面积 when they stand alone (粮食…,产量达到13.8万吨). */
export const GRAIN = '粮食';

const FALLS = ['下降', '降低', '减少', '下滑', '回落', '降幅', '微降', '负增长'];
const RISES_TO = ['到', '至'];
const END_VERBS = ['达', '到', '至', '突破', '超', '迈上', '跃升'];
const LIST_LINKS = ['、', '和', '及'];
// Amounts that a five-year review can state bare and still mean the level of the last year (生产总值
// 6.66万亿元); flows such as 城镇新增就业 or 实际使用外资 stated bare there are sums over the period.
const STOCKS = new Set([
  'gdp',
  'fiscal_revenue',
  'fiscal_revenue_total',
  'retail_sales',
  'income',
  'income_urban',
  'income_rural',
]);
// Growth over several years (年均增长, 翻番) is no year's growth; a 累计 total is no year's level either.
const MULTI_YEAR = ['年均', '平均每年', '翻番', '翻一番', '五年', '十年', '累计'];
const CUMULATIVE = ['累计', '年均', '平均每年'];
// A change verb before an amount makes it an increment (增加近1000亿元), not the level reached.
const CHANGES = ['增加', '增长', '提高', '减少', '新增'];
// A number this far (in characters) past the start of its subject is about something else: the longest
// subject-to-number span in the corpus is 55 characters. It also bounds every item's `text`, so that the
// output grows with the input, not with the input times the length of a sentence that never ends.
export const MAX_REACH = 150;
const PART_YEAR = ['前三季度', '上半年', '一季度', '前两个月', '1-11月', '1-10月', '1-9月', '1-6月', '1-3月', '三季度'];

let scratch = new Uint8Array(256); // reused by consumedBy: it is called for every link and clause

/**
 * Whether `text` splits entirely into words of `list` (and digit runs: a year or an ordinal inside a
 * link, 从2020年的, 连续10年). Every split is tried, so a short word does not hide a longer one that
 * starts the same way (平均 / 平均水平): one pass over the positions, each reached at most once.
 */
function consumedBy(text: string, list: string[]): boolean {
  const byFirst = indexOf(list);
  if (scratch.length <= text.length) scratch = new Uint8Array(2 * text.length + 2);
  const reach = scratch.fill(0, 0, text.length + 1);
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

const has = (text: string, words: string[]) => words.some((w) => text.includes(w));

/**
 * text.lastIndexOf(word), searched backwards only when the forward search finds the word: the engine
 * searches forwards in its own code and backwards through a slower call, and most words are absent.
 */
const lastAt = (text: string, word: string) => (text.includes(word) ? text.lastIndexOf(word) : -1);

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

// Words that bring in a comparison object, not a new subject (增速高于经济增速、突破3万元).
const COMPARE = ['高于', '快于', '低于', '与', '和', '同'];

function membersOf(ids: Ids, label: string): Member[] {
  if (ids.length === 1) return [{ id: ids[0], label }];
  // A fused list such as 一二三产增加值 or 实际使用内外资: one member per id, labels spelled out.
  const names: Record<string, string> = {
    primary_output: '一产增加值',
    secondary_va: '二产增加值',
    tertiary_va: '三产增加值',
    foreign_investment: '实际使用外资',
  };
  return ids.map((id) => ({ id, label: id ? (names[id] ?? label) : label }));
}

/** Tokens of norm[start, end). Indicator names win over numbers (500万元以上固定资产投资). */
function tokenize(norm: string, start: number, end: number, lex: Lexicon): Tok[] {
  const toks: Tok[] = [];
  const names = lex.names();
  let p = start;
  while (p < end) {
    const code = norm.charCodeAt(p);
    // Most characters are CJK (neither a break nor a digit) and start no name: passed over on a read or two.
    if (code >= 0x3400 && code < 0xa000) {
      if (!mayStartWith(names, code, norm, p)) {
        p++;
        continue;
      }
    } else if (hasCode(SEP_CODES, code)) {
      toks.push({ kind: 'sep', start: p, end: p + 1 });
      p++;
      continue;
    } else if (!(code >= 48 && code <= 57) && !mayStartWith(names, code, norm, p)) {
      p++;
      continue;
    }
    const m = lex.match(norm, p);
    if (m && m.end <= end) {
      const members = membersOf(m.ids, m.label);
      let e = m.end;
      // Shared head: 地方财政收入、支出 / 粮食种植面积、总产量.
      if (inSet(JOINER_FIRSTS, norm, e))
        for (const j of JOINERS) {
          if (!norm.startsWith(j, e)) continue;
          const sib = composeHead(norm, m.label, e + j.length, end, lex);
          if (sib) {
            members.push(sib.member);
            e = sib.end;
          }
          break;
        }
      toks.push({ kind: 'ind', members, start: m.start, end: e });
      p = e;
      continue;
    }
    const c = norm.charCodeAt(p);
    if (c >= 48 && c <= 57) {
      const q = readQuantity(norm, p);
      if (!q) {
        // Skip the whole run of digits: retrying from each of its digits would be quadratic.
        while (p < end && ((norm.charCodeAt(p) >= 48 && norm.charCodeAt(p) <= 57) || norm.charCodeAt(p) === 46)) p++;
        continue;
      }
      let e = q.end;
      let hedge: string | null = null;
      if (inSet(HEDGE_FIRSTS, norm, e))
        for (const h of POST_HEDGES)
          if (norm.startsWith(h, e)) {
            hedge = h;
            e += h.length;
            break;
          }
      // A number with no unit counts only before a break (收入倍差缩小到1.71;); 10年, 第3位 do not.
      const next = norm.charCodeAt(e); // NaN past the end
      const ok = q.unit !== null || hedge !== null || e >= norm.length || hasCode(SEP_CODES, next) || next === DUN;
      const milestone = norm.startsWith('台阶', e) || norm.startsWith('倍', e);
      if (ok && !milestone && q.end <= end) toks.push({ kind: 'qty', q, hedge, start: p, end: e });
      p = e;
      continue;
    }
    p++;
  }
  return toks;
}

/** `head` shortened and joined to a noun that follows: 地方财政收入 + 支出 -> 地方财政支出. */
function composeHead(
  norm: string,
  head: string,
  at: number,
  end: number,
  lex: Lexicon,
): { member: Member; end: number } | null {
  for (let m = Math.min(6, end - at); m >= 2; m--) {
    const noun = norm.slice(at, at + m);
    if (lex.has(noun, 0)) return null; // a full name of its own: an ordinary list member
    for (let k = head.length - 1; k >= 1; k--) {
      const name = head.slice(0, k) + noun;
      const hit = lex.match(name, 0);
      if (hit && hit.end === name.length && hit.ids.length === 1)
        return { member: { id: hit.ids[0], label: name }, end: at + m };
    }
  }
  return null;
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

interface Group {
  members: Member[];
  qtys: QtyTok[];
  gaps: string[]; // the link text before each quantity
  start: number; // where the subject starts
  labelEnd: number; // where the subject's name ends: links are read from here
  open: boolean;
}

/** The 、-separated part of a link that leads to the number (规模以上工业企业达7.6万家、增加值增长3%). */
const lastPart = (gap: string) => gap.slice(lastAt(gap, '、') + 1);

/** Whether a stretch of text goes on about the same subject: it opens with a verb, a hedge or a back
 * reference (、增长4.2%, ,居全省第4位, ,总量重回全省第3位), not with a new noun (,新设外资企业3.6万家). */
function leadsOn(part: string): boolean {
  if (part === '' || part.charCodeAt(0) < 0x3400) return true;
  return startsWithAny(part, LINK_WORDS) || startsWithAny(part, ELLIPTIC_SAME) || startsWithAny(part, COMPARE);
}

/** Whether `text` starts with a word of `list` (list.some((w) => text.startsWith(w)), by first character). */
function startsWithAny(text: string, list: string[]): boolean {
  const words = indexOf(list).get(text.charCodeAt(0));
  if (words) for (const w of words) if (text.startsWith(w)) return true;
  return false;
}

export interface SentenceOptions {
  mode: Mode;
  lex?: Lexicon;
  /** The sentence reviews several years (这五年…): only levels reached at the end count. */
  multiYear?: boolean;
}

/**
 * Items of the sentence norm[start, end). `orig` gives the `text` spans (same offsets).
 * In 'actual' mode multi-year and part-year figures are left out.
 */
export function readSentence(norm: string, orig: string, start: number, end: number, opts: SentenceOptions): Item[] {
  const lex = opts.lex ?? lexicon();
  const toks = tokenize(norm, start, end, lex);
  const items: Item[] = [];
  let group: Group | null = null;
  let segStart = start; // start of the current clause
  let prevEnd = start;
  const groups: Group[] = [];
  let segTokens = 0;
  for (const t of toks) {
    if (t.kind === 'sep') {
      // A clause with nothing read in it still tells whether the subject changed.
      if (!segTokens && group && !leadsOn(firstPart(norm, segStart, t.start))) group.open = false;
      segStart = t.end;
      prevEnd = t.end;
      segTokens = 0;
      continue;
    }
    segTokens++;
    const gap = norm.slice(prevEnd, t.start);
    if (t.kind === 'ind') {
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
        group = {
          members: [...siblings, ...t.members],
          qtys: [],
          gaps: [],
          start: t.start - (gap.length - rest.length),
          labelEnd: t.end,
          open: true,
        };
        groups.push(group);
      } else if (group && !COMPARE.some((w) => gap.endsWith(w))) {
        group.open = false; // an indicator named inside another phrase (占地区生产总值比重): not a subject
      }
      prevEnd = t.end;
      continue;
    }
    // A quantity.
    let link = lastPart(gap);
    if (group && group.open && (t.start - group.start > MAX_REACH || !partsLeadOn(gap))) group.open = false;
    // A clause opening with a bare noun refers back: 总量突破185亿元, 支出首次超过7000亿元, (粮食…)产量.
    const sameAt = group?.open ? ELLIPTIC_SAME.find((w) => link.startsWith(w)) : undefined;
    const headAt = !sameAt ? ELLIPTIC_HEAD.find((w) => link.startsWith(w)) : undefined;
    if (headAt) {
      const sib = resolveHead(norm, group, headAt, start, t.start, lex);
      if (sib) {
        group = {
          members: [sib],
          qtys: [],
          gaps: [],
          start: t.start - link.length,
          labelEnd: t.start - link.length + headAt.length,
          open: true,
        };
        groups.push(group);
        link = link.slice(headAt.length);
      }
    } else if (sameAt) link = link.slice(sameAt.length);
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
      const clauseStart = start + Math.max(lastAt(clause, ';'), lastAt(clause, '；'), 0);
      const run: Group[] = [];
      for (let k = groups.length - 1; k >= 0; k--) {
        const g = groups[k];
        if (g.start < clauseStart || g.members.length !== 1 || g.qtys.length !== 1) break;
        run.unshift(g);
      }
      if (run.length >= 2 && run[run.length - 1] === group) {
        group = {
          members: run.map((g) => g.members[0]),
          qtys: [],
          gaps: [],
          start: run[0].start,
          labelEnd: t.start - link.length,
          open: true,
        };
        groups.push(group);
      }
    }
    if (group && group.open && t.start - group.start <= MAX_REACH && consumedBy(link, LINK_WORDS)) {
      group.qtys.push(t);
      group.gaps.push(norm.slice(Math.max(segStart, group.labelEnd), t.start));
    } else {
      if (group) group.open = false;
      // Targets also name indicators outside the taxonomy (农村低保标准提高6%): the words before
      // the verb are the label.
      const subject = opts.mode === 'target' ? otherSubject(link) : null;
      if (subject) {
        const at = t.start - link.length + subject.offset;
        group = {
          members: [{ id: 'other', label: subject.label }],
          qtys: [t],
          gaps: [link.slice(subject.offset + subject.label.length)],
          start: at,
          labelEnd: at + subject.label.length,
          open: true,
        };
        groups.push(group);
      }
    }
    prevEnd = t.end;
  }
  // 前三季度,全市实现地区生产总值1887.2亿元 / 扣除房地产开发投资后,固定资产投资增长2.7%: the
  // sentence's opening limits every figure after it to part of the year or to an adjusted measure.
  for (const g of groups) {
    if (opts.mode !== 'actual') continue;
    const before = norm.slice(start, g.start);
    const opening = before.slice(Math.max(lastAt(before, ';'), lastAt(before, '；')) + 1);
    if (!opening.includes('全年') && (partYear(before) || partYear(opening) || opening.includes('扣除')))
      g.qtys.length = 0;
  }
  for (const g of groups) items.push(...itemsOf(g, norm, orig, opts.mode, !!opts.multiYear));
  return items;
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

function measureOf(id: string, label: string, unit: string | null): Measure {
  if (unit === '个百分点') return 'growth';
  if (unit === '%') return isRateIndicator(id, label) ? 'rate' : 'growth';
  return 'level';
}

const RELATIVE_AREAS = ['全国', '全省', '全市', '全区', '全州'];

function itemsOf(g: Group, norm: string, orig: string, mode: Mode, multiYear: boolean): Item[] {
  // 城乡居民人均可支配收入分别增长7%、8%: the combined name splits into its two halves.
  let members = g.members;
  const qs: { t: QtyTok; gap: string; full: string }[] = [];
  for (let i = 0; i < g.qtys.length; i++) {
    const t = g.qtys[i];
    // The link of this number alone: from the previous number of the group, if that is nearer.
    const from = Math.max(t.start - g.gaps[i].length, i > 0 ? g.qtys[i - 1].end : 0);
    const gap = norm.slice(from, t.start);
    // 从上半年5.5%降到5.3%: the figure reached is the year's, whatever the starting point was.
    const prior = i > 0 ? norm.slice(g.qtys[i - 1].start - 3, g.qtys[i - 1].start) : '';
    const full = g.gaps[i];
    const isLevel = t.q.unit !== '%' && t.q.unit !== '个百分点';
    if (
      mode === 'actual' &&
      (has(full, isLevel ? CUMULATIVE : MULTI_YEAR) ||
        (has(gap, PART_YEAR) && !(has(gap, RISES_TO) && has(prior, ['从', '由']))))
    )
      continue;
    if (isLevel && has(gap, CHANGES) && !has(gap, RISES_TO)) continue;
    if (t.q.unit === null && !members.some((m) => m.id === 'other')) continue;
    // Over five years a growth figure spans the period and a bare amount is a sum (城镇新增就业452万人);
    // what counts is the level reached: 达到4.93万亿元, 突破500亿元, 由52.23%提高到58.08%.
    if (
      multiYear &&
      (t.q.unit === '个百分点' ||
        (!has(gap, END_VERBS) &&
          !(has(full, END_VERBS) && consumedBy(gap, LIST_LINKS)) &&
          !(isLevel && members.every((m) => !m.id || STOCKS.has(m.id)) && consumedBy(gap, LINK_WORDS))) ||
        (/增长|下降/.test(gap) && t.q.unit === '%' && !has(gap, RISES_TO)))
    )
      continue;
    // 快于2024年1.8个百分点, 快于经济增速1个百分点, 降幅收窄0.4个百分点: a change of a growth rate, not a figure.
    if (
      t.q.unit === '个百分点' &&
      ((/(高于|快于|低于|慢于)/.test(gap) && !RELATIVE_AREAS.some((a) => gap.includes(a))) || /收窄|扩大/.test(gap))
    )
      continue;
    // 研发投入强度达到2.4%,同比增长55.5%: the second figure is the spending's growth, not a ratio.
    if (
      mode === 'actual' &&
      i > 0 &&
      t.q.unit === '%' &&
      members.every((m) => !m.id || isRateIndicator(m.id, m.label)) &&
      /增长/.test(gap) &&
      !has(gap, RISES_TO)
    )
      continue;
    qs.push({ t, gap, full });
  }
  // From-to: 从3.68万亿元增长到4.93万亿元 keeps the figure reached, also for lists
  // (从46503元和16935元分别提高到58794元和23184元).
  for (let f = 0; f < qs.length; f++) {
    if (!has(qs[f].gap, ['从', '由'])) continue;
    const k = qs.findIndex((q, j) => j > f && has(q.gap, RISES_TO));
    if (k > f) qs.splice(f, k - f);
  }
  // A milestone passed on the way to the exact figure: 突破2万亿元、达到23562亿元.
  for (let i = qs.length - 1; i > 0 && members.length === 1; i--) {
    const a = qs[i - 1].t,
      b = qs[i].t;
    if (
      a.q.unit !== '%' &&
      b.q.unit !== '%' &&
      a.q.unit !== '个百分点' &&
      /突破|超过|超|迈上/.test(norm.slice(a.start - 2, a.start)) &&
      !b.hedge
    )
      qs.splice(i - 1, 1);
  }
  if (!qs.length) return [];
  if (
    members.length === 1 &&
    members[0].id === 'income' &&
    members[0].label.startsWith('城乡') &&
    qs.length % 2 === 0 &&
    qs.length >= 2
  ) {
    const tail = members[0].label.slice(2);
    members = [
      { id: 'income_urban', label: '城镇' + tail },
      { id: 'income_rural', label: '农村' + tail },
    ];
  }
  // Pair members with numbers: one member takes all; a list takes them in order, chunk by chunk.
  const out: Item[] = [];
  const n = members.length;
  const pairs: [Member, { t: QtyTok; gap: string; full: string }, number][] = [];
  if (n === 1) qs.forEach((q, i) => pairs.push([members[0], q, i]));
  else if (qs.length % n === 0) qs.forEach((q, i) => pairs.push([members[i % n], q, i]));
  // One number for a list counts for every member only when the text says so (均下降8%);
  // 利用外资和对外直接投资38亿美元 is a sum.
  else if (qs.length === 1 && /均|都/.test(qs[0].gap)) members.forEach((m) => pairs.push([m, qs[0], 0]));
  else if (qs.length === 1) return [];
  else qs.slice(0, n).forEach((q, i) => pairs.push([members[i], q, i]));
  // A hedge or unit at the end of a list applies to its members: 分别增长7%和8%左右, 3.4个、1个百分点.
  const chunkLast = (i: number) => qs[Math.min(qs.length - 1, n > 1 ? Math.floor(i / n) * n + n - 1 : i)].t;
  for (const [m, { t, gap: own }, i] of pairs) {
    // A list's verb is read once, before its first number: 分别下降3%、5%.
    const gap = n > 1 ? qs[Math.floor(i / n) * n].full : own;
    // A sub-aggregate is kept from the whole-region indicator, but set as a target of its own
    // (旅游总收入增长15%, 工业投资增长10%) it is one: an `other` item under its own name.
    if (!m.id && !(mode === 'target' && n === 1)) continue;
    const last = n > 1 ? chunkLast(i) : t;
    const unit = t.q.unit === '个' ? last.q.unit : t.q.unit;
    if (unit === '个') continue;
    const hedge = t.hedge ?? (n > 1 && last !== t && !qs.some((x) => x.t !== last && x.t.hedge) ? last.hedge : null);
    const link = norm.slice(Math.max(t.start - 8, 0), t.start);
    let value = t.q.value,
      valueMax = t.q.valueMax;
    const fall = FALLS.some((w) => {
      const k = lastAt(gap, w);
      return (k >= 0 && !RISES_TO.some((r) => gap.slice(k + w.length).includes(r))) || (w === '降幅' && k >= 0);
    });
    if (fall || /降幅$|下降率$/.test(m.label))
      [value, valueMax] = valueMax === null ? [-value, null] : [-valueMax, -value];
    let qualifier = hedge;
    if (!qualifier) {
      const pre = PRE_HEDGES.find((h) => link.endsWith(h) || link.endsWith(h + '了'));
      qualifier = pre ?? (gap.includes('力争') ? '力争' : null);
      if (!qualifier && /首次突破$|首次超过$/.test(link)) qualifier = link.endsWith('突破') ? '突破' : '超过';
    }
    let relative: string | undefined;
    for (const a of RELATIVE_AREAS) {
      const k = gap.indexOf(a);
      if (k > 0 && /高于|快于|低于|超出|超过/.test(gap.slice(Math.max(0, k - 2), k))) relative = a;
    }
    const id = m.id ?? 'other';
    // From the subject to this number (to the chunk's last number for a list): the shortest span that
    // names the indicator and gives the number, at most MAX_REACH and a number long.
    const startPos = g.start;
    const endPos = n > 1 ? Math.max(last.end, t.end) : t.end;
    const item: Item = {
      indicator: id,
      label: m.label,
      measure: measureOf(id, m.label, unit),
      value,
      value_max: valueMax,
      unit,
      qualifier,
      text: orig.slice(startPos, endPos),
      start: startPos,
      end: endPos,
    };
    if (relative) item.relative_to = relative;
    out.push(item);
  }
  return out;
}
