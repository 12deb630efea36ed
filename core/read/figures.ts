// From a group of the sentence walk (core/read/clauses.ts) to items: the number rules decide which of
// its numbers are the year's figures for its subject, the list rules which member each goes to. Both
// are ordered tables of named rules (core/read/rules.ts); the first that applies decides.
import { isRateIndicator } from './indicators';
import { words } from './phrases';
import type { RuleName } from './rules';
import type { Member, QtyTok } from './tokens';
import type { SentenceRead } from './trace';
import type { Item, Measure } from '../types';
import { consumedBy, has } from '../text/words';
import type { Mode } from './clauses';

export interface Group {
  members: Member[];
  qtys: QtyTok[];
  hows: RuleName[]; // the walk's rule that gave each quantity to the group
  gaps: string[]; // the link text before each quantity
  start: number; // where the subject starts
  labelEnd: number; // where the subject's name ends: links are read from here
  open: boolean;
  closedBy: RuleName | null; // why it stopped taking numbers
  how: RuleName; // how the group was found (subject, ellipsis, respectively-run, unnamed-target)
}

const LINK_WORDS = words('links');
const RISES_TO = words('risesTo');
const FROM = words('fromWords');
const END_VERBS = words('endVerbs');
const LIST_LINKS = words('listLinks');
const PART_YEAR = words('partYear');
const FALLS = words('falls');
const RELATIVE_AREAS = words('relativeAreas');

// Amounts that a five-year review can state bare and still mean the level of the last year (生产总值
// 6.66万亿元; value added, like GDP, is a year's figure: 规模以上工业增加值完成16.8亿元); flows such as
// 城镇新增就业 or 实际使用外资 stated bare there are sums over the period.
const STOCKS = new Set([
  'gdp',
  'industrial_va',
  'secondary_va',
  'tertiary_va',
  'fiscal_revenue',
  'fiscal_revenue_total',
  'retail_sales',
  'income',
  'income_urban',
  'income_rural',
]);

/** One number of a group, with what the rules read around it. */
interface Figure {
  t: QtyTok;
  i: number; // its place among the group's numbers
  how: RuleName;
  gap: string; // the link of this number alone: from the previous number of the group, if that is nearer
  full: string; // the whole link from the subject
  prior: string; // the three characters before the previous number (从上半年5.5%降到5.3%)
  isLevel: boolean;
}

interface Context {
  g: Group;
  members: Member[];
  mode: Mode;
  multiYear: boolean;
}

/** The number rules, in order: the first that applies drops the number. */
const NUMBER_RULES: Array<{ name: RuleName; applies: (f: Figure, c: Context) => boolean }> = [
  {
    name: 'multi-year',
    applies: (f, c) => c.mode === 'actual' && has(f.full, words(f.isLevel ? 'cumulative' : 'multiYear')),
  },
  {
    // 从上半年5.5%降到5.3%: the figure reached is the year's, whatever the starting point was.
    name: 'part-year',
    applies: (f, c) => c.mode === 'actual' && has(f.gap, PART_YEAR) && !(has(f.gap, RISES_TO) && has(f.prior, FROM)),
  },
  { name: 'increment', applies: (f) => f.isLevel && has(f.gap, words('changes')) && !has(f.gap, RISES_TO) },
  { name: 'no-unit', applies: (f, c) => f.t.q.unit === null && !c.members.some((m) => m.id === 'other') },
  {
    // Over five years a growth figure spans the period and a bare amount is a sum (城镇新增就业452万人);
    // what counts is the level reached: 达到4.93万亿元, 突破500亿元, 由52.23%提高到58.08%.
    name: 'five-year-figure',
    applies: (f, c) =>
      c.multiYear &&
      (f.t.q.unit === '个百分点' ||
        (!has(f.gap, END_VERBS) &&
          !(has(f.full, END_VERBS) && consumedBy(f.gap, LIST_LINKS)) &&
          !(f.isLevel && c.members.every((m) => !m.id || STOCKS.has(m.id)) && consumedBy(f.gap, LINK_WORDS))) ||
        (has(f.gap, words('growthOrFall')) && f.t.q.unit === '%' && !has(f.gap, RISES_TO))),
  },
  {
    // 快于2024年1.8个百分点, 快于经济增速1个百分点, 降幅收窄0.4个百分点: a change of a growth rate, not a figure.
    name: 'rate-change',
    applies: (f) =>
      f.t.q.unit === '个百分点' &&
      ((has(f.gap, words('rateCompare')) && !has(f.gap, RELATIVE_AREAS)) || has(f.gap, words('rateSpread'))),
  },
  {
    // 研发投入强度达到2.4%,同比增长55.5%: the second figure is the spending's growth, not a ratio.
    name: 'ratio-growth',
    applies: (f, c) =>
      c.mode === 'actual' &&
      f.i > 0 &&
      f.t.q.unit === '%' &&
      c.members.every((m) => !m.id || isRateIndicator(m.id, m.label)) &&
      has(f.gap, words('growthWords')) &&
      !has(f.gap, RISES_TO),
  },
];

function measureOf(id: string, label: string, unit: string | null): Measure {
  if (unit === '个百分点') return 'growth';
  if (unit === '%') return isRateIndicator(id, label) ? 'rate' : 'growth';
  return 'level';
}

/** The items of a group; each number's decision goes to `read` (kept) or `dropped`. */
export function itemsOf(
  g: Group,
  norm: string,
  orig: string,
  mode: Mode,
  multiYear: boolean,
  read?: SentenceRead,
  dropped?: Array<{ start: number; end: number; rule: RuleName }>,
): Item[] {
  const drop = (f: Figure, rule: RuleName) => dropped?.push({ start: f.t.start, end: f.t.end, rule });
  const c: Context = { g, members: g.members, mode, multiYear };
  let qs: Figure[] = [];
  for (let i = 0; i < g.qtys.length; i++) {
    const t = g.qtys[i];
    const from = Math.max(t.start - g.gaps[i].length, i > 0 ? g.qtys[i - 1].end : 0);
    const f: Figure = {
      t,
      i,
      how: g.hows[i],
      gap: norm.slice(from, t.start),
      full: g.gaps[i],
      prior: i > 0 ? norm.slice(g.qtys[i - 1].start - 3, g.qtys[i - 1].start) : '',
      isLevel: t.q.unit !== '%' && t.q.unit !== '个百分点',
    };
    const rule = NUMBER_RULES.find((r) => r.applies(f, c));
    if (rule) drop(f, rule.name);
    else qs.push(f);
  }
  qs = listRules(qs, norm, c.members, (f, rule) => drop(f, rule));
  if (!qs.length) return [];
  return pairUp(g, qs, norm, orig, mode, read, drop);
}

/** From-to and milestones: the figure reached is kept, the ones on the way dropped. */
function listRules(qs: Figure[], norm: string, members: Member[], drop: (f: Figure, rule: RuleName) => void): Figure[] {
  // From-to: 从3.68万亿元增长到4.93万亿元 keeps the figure reached, also for lists
  // (从46503元和16935元分别提高到58794元和23184元).
  for (let f = 0; f < qs.length; f++) {
    if (!has(qs[f].gap, FROM)) continue;
    const k = qs.findIndex((q, j) => j > f && has(q.gap, RISES_TO));
    if (k > f) for (const x of qs.splice(f, k - f)) drop(x, 'from-value');
  }
  // A milestone passed on the way to the exact figure: 突破2万亿元、达到23562亿元.
  for (let i = qs.length - 1; i > 0 && members.length === 1; i--) {
    const a = qs[i - 1].t,
      b = qs[i].t;
    if (
      a.q.unit !== '%' &&
      b.q.unit !== '%' &&
      a.q.unit !== '个百分点' &&
      has(norm.slice(a.start - 2, a.start), words('milestoneVerbs')) &&
      !b.hedge
    )
      drop(qs.splice(i - 1, 1)[0], 'milestone');
  }
  // …and after it: 研发投入强度1.02%,首次突破1% (a round figure below the exact one, in the same unit).
  for (let i = qs.length - 1; i > 0 && members.length === 1; i--) {
    const a = qs[i - 1].t,
      b = qs[i].t;
    if (
      a.q.unit === b.q.unit &&
      b.q.value < a.q.value &&
      has(norm.slice(Math.max(0, b.start - 2), b.start), words('milestoneVerbs'))
    )
      drop(qs.splice(i, 1)[0], 'milestone');
  }
  return qs;
}

/** Members and numbers paired: one member takes all; a list takes them in order, chunk by chunk. */
function pairUp(
  g: Group,
  qs: Figure[],
  norm: string,
  orig: string,
  mode: Mode,
  read: SentenceRead | undefined,
  drop: (f: Figure, rule: RuleName) => void,
): Item[] {
  let members = g.members;
  let split = false;
  // 城乡居民人均可支配收入分别增长7%、8%: the combined name splits into its two halves; with one number
  // and 分别 (城乡居民人均可支配收入分别增长7.5%) both halves take it.
  const eachOne = qs.length === 1 && has(qs[0].full, words('respectively'));
  if (
    members.length === 1 &&
    members[0].id === 'income' &&
    members[0].label.startsWith('城乡') &&
    ((qs.length % 2 === 0 && qs.length >= 2) || eachOne)
  ) {
    const tail = members[0].label.slice(2);
    members = [
      { id: 'income_urban', label: '城镇' + tail },
      { id: 'income_rural', label: '农村' + tail },
    ];
    split = true;
  }
  const n = members.length;
  const pairs: [Member, Figure, number][] = [];
  let listRule: RuleName = 'in-order';
  if (n === 1) qs.forEach((q, i) => pairs.push([members[0], q, i]));
  else if (qs.length % n === 0) qs.forEach((q, i) => pairs.push([members[i % n], q, i]));
  // One number for a list counts for every member only when the text says so (均下降8%);
  // 利用外资和对外直接投资38亿美元 is a sum.
  else if (qs.length === 1 && (has(qs[0].gap, words('shared')) || eachOne)) {
    members.forEach((m) => pairs.push([m, qs[0], 0]));
    listRule = 'shared-value';
  } else if (qs.length === 1) {
    drop(qs[0], 'list-sum');
    return [];
  } else {
    qs.slice(0, n).forEach((q, i) => pairs.push([members[i], q, i]));
    for (const q of qs.slice(n)) drop(q, 'unpaired');
  }
  // A hedge or unit at the end of a list applies to its members: 分别增长7%和8%左右, 3.4个、1个百分点.
  const chunkLast = (i: number) => qs[Math.min(qs.length - 1, n > 1 ? Math.floor(i / n) * n + n - 1 : i)].t;
  const out: Item[] = [];
  const decided = new Map<Figure, RuleName>(); // numbers with no item yet, and why
  const given = new Map<Figure, Item[]>();
  for (const [m, f, i] of pairs) {
    const t = f.t;
    // A list's verb is read once, before its first number: 分别下降3%、5%.
    const gap = n > 1 ? qs[Math.floor(i / n) * n].full : f.gap;
    // A sub-aggregate is kept from the whole-region indicator, but set as a target of its own
    // (旅游总收入增长15%, 工业投资增长10%) it is one: an `other` item under its own name.
    if (!m.id && !(mode === 'target' && n === 1)) {
      if (!decided.has(f)) decided.set(f, 'sub-aggregate');
      continue;
    }
    const last = n > 1 ? chunkLast(i) : t;
    const unit = t.q.unit === '个' ? last.q.unit : t.q.unit;
    if (unit === '个') {
      if (!decided.has(f)) decided.set(f, 'count-unit');
      continue;
    }
    const item = itemOf(g, m, f, gap, unit, last, n, qs, norm, orig);
    // The walk's own rule names how the number found its subject; a plain subject is named by the list rule.
    item.rule = f.how !== 'subject' ? f.how : split ? 'income-split' : n > 1 ? listRule : 'subject';
    out.push(item);
    given.set(f, [...(given.get(f) ?? []), item]);
  }
  for (const [f, rule] of decided) if (!given.has(f)) drop(f, rule);
  if (read)
    for (const [f, items] of given)
      read.numbers.push({
        start: f.t.start,
        end: f.t.end,
        text: orig.slice(f.t.start, f.t.end),
        rule: items[0].rule!,
        outcomes: items.map((item) => ({ item, kept: true, rule: item.rule! })),
      });
  return out;
}

function itemOf(
  g: Group,
  m: Member,
  f: Figure,
  gap: string,
  unit: string | null,
  last: QtyTok,
  n: number,
  qs: Figure[],
  norm: string,
  orig: string,
): Item {
  const t = f.t;
  const hedge = t.hedge ?? (n > 1 && last !== t && !qs.some((x) => x.t !== last && x.t.hedge) ? last.hedge : null);
  const link = norm.slice(Math.max(t.start - 8, 0), t.start);
  let value = t.q.value,
    valueMax = t.q.valueMax;
  const fall = FALLS.some((w) => {
    const k = gap.lastIndexOf(w);
    return (k >= 0 && !RISES_TO.some((r) => gap.slice(k + w.length).includes(r))) || (w === '降幅' && k >= 0);
  });
  if (fall || words('fallLabels').some((w) => m.label.endsWith(w)))
    [value, valueMax] = valueMax === null ? [-value, null] : [-valueMax, -value];
  let qualifier = hedge;
  if (!qualifier) {
    const pre = words('preHedges').find((h) => link.endsWith(h) || link.endsWith(h + '了'));
    qualifier = pre ?? (has(gap, words('effortHedge')) ? '力争' : null);
    const first = words('firstTime').find((w) => link.endsWith(w));
    if (!qualifier && first) qualifier = first.slice(2);
  }
  let relative: string | undefined;
  for (const a of RELATIVE_AREAS) {
    const k = gap.indexOf(a);
    if (k > 0 && has(gap.slice(Math.max(0, k - 2), k), words('relativeVerbs'))) relative = a;
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
  return item;
}
