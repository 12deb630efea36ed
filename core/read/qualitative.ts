// Targets without a number in the targets passage: 居民收入增长与经济增长同步, 粮食产量保持稳定,
// 生态环境质量持续改善. One item per indicator the clause is about; the comparison object
// (与经济增长同步, 高于全部投资增速) is not an item.
import { Lexicon, lexicon } from './indicators';
import { words } from './phrases';
import { inSet, charSet } from '../text/charset';
import type { Item } from '../types';
import type { RuleName } from './rules';

const BREAKS = charSet(',;。:!?\n');
// Clauses that say how hard to try, not what to reach.
const EFFORT = ['在', '力争', '争取', '努力', '加快', '对标', '全力', '奋力', '确保'];
// Words after which the rest of a clause is a comparison or a predicate, not another subject.
const STOPS = ['与', '同', '高于', '快于', '低于', '增长与', '增长和', '和经济'];
// Predicates that make a clause a stated goal about its subject.
const PREDICATES = [
  '稳步提升',
  '持续改善',
  '保持优良',
  '完成',
  '高于',
  '稳中有进',
  '促稳提质',
  '稳中提质',
  '只增不减',
  '继续缩小',
  '保持全国',
  '保持在',
  '实现正增长',
  '发生',
  '同步',
  '稳量提质',
  '合理回升',
  '合理水平',
  '保持稳定',
  '进一步下降',
  '达到国家要求',
  '控制在',
  '基本平衡',
  '回稳向好',
  '稳中向好',
  '继续减少',
  '持续减少',
  '持续下降',
  '达到上级要求',
  '达到市核标准',
  '达到省定标准',
  '达到国家下达',
  '保持优秀',
  '提质增效',
];
const AREAS = ['全国', '全省', '全市', '全区'];
const COMPLETION = words('completion');
const RANK_GOAL = words('rankGoal');

// Short names that stand for an indicator only as a member of a list of binding targets
// (能耗及排放等约束性指标: 能耗 is the energy intensity cut, 排放 the emissions cut).
let members: Lexicon | null = null;
const memberNames = () =>
  (members ??= new Lexicon(
    [
      ['energy_intensity', ['能耗', '能源消耗']],
      ['emissions', ['排放', '减排']],
    ],
    lexicon(),
  ));

// A clause longer than this states no target (the longest in the corpus has 60 characters); it also
// bounds the `text` that each of a clause's items copies.
const MAX_CLAUSE = 200;

export function readQualitative(norm: string, orig: string, start: number, end: number, found: Item[]): Item[] {
  const out: Item[] = [];
  // Clauses come in order: the spans read already are swept once, by start, keeping the furthest end.
  const spans = found.map((x) => [x.start, x.end]).sort((a, b) => a[0] - b[0]);
  let next = 0;
  let reach = -1;
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i < end && !inSet(BREAKS, norm, i)) continue;
    while (next < spans.length && spans[next][0] < i) reach = Math.max(reach, spans[next++][1]);
    if (i > s && i - s <= MAX_CLAUSE && reach <= s) {
      // 其他约束性指标,确保完成上级下达的任务: the subject stands alone, the next clause completes it.
      const then = completionAfter(norm, i + 1, end);
      const subject = then > 0 && !PREDICATES.some((w) => norm.slice(s, i).includes(w));
      const joined = subject ? subjectItems(norm, orig, s, i, then) : [];
      if (joined.length) {
        out.push(...joined);
        i = then;
      } else out.push(...clauseItems(norm, orig, s, i));
    }
    s = i + 1;
  }
  return out;
}

/** Where a clause that opens with a completion verb (均完成市定任务) ends, or -1 when the next clause is none. */
function completionAfter(norm: string, from: number, end: number): number {
  const verb = COMPLETION.find((w) => norm.startsWith(w, from) || norm.startsWith('确保' + w, from));
  if (!verb) return -1;
  for (let j = from; j < Math.min(end, from + 40); j++) if (inSet(BREAKS, norm, j)) return j;
  return Math.min(end, from + 40) === end ? end : -1;
}

/** A subject clause completed by the next clause: one item per member, over both clauses' text. */
function subjectItems(norm: string, orig: string, s: number, e: number, to: number): Item[] {
  const clause = norm.slice(s, e);
  if (!/指标|目标|任务/.test(clause) || clause.length > 40) return [];
  return listItems(clause, orig.slice(s, to), s, to, null) ?? [named(clause, orig.slice(s, to), s, to)];
}

/** The item for a clause that names no indicator: the clause's own words. */
function named(label: string, text: string, s: number, e: number): Item {
  const m = memberNames().match(label, 0);
  if (m && m.end >= label.length - 2 && m.ids[0]) return item(m.ids[0], m.label, text, s, e, 'qualitative-indicator');
  return item('other', label, text, s, e, 'qualitative-unnamed');
}

/**
 * One item per member of a subject list (能耗及排放等约束性指标), or null when the clause is no list.
 * A member that names nothing borrows the head of the member before it (粮食产量和播种面积); a list
 * none of whose members names an indicator is one joint item (能源和环境指标).
 */
function listItems(
  subject: string,
  text: string,
  s: number,
  e: number,
  relative: string | undefined | null,
): Item[] | null {
  const parts = subject.split(/、|和|及/);
  if (parts.length < 2 || !parts.every((x) => x.length >= 2 && x.length <= 14 && !/以上|下达/.test(x))) return null;
  const lex = memberNames();
  const items: Item[] = [];
  let named = 0;
  let prev = '';
  for (const part of parts) {
    const name = part.replace(/(?:等|相关)*(?:约束性)?(?:指标全面|指标)?$/, '').replace(/等$/, '') || part;
    let m = lex.match(name, 0);
    let rule: RuleName = 'qualitative-list';
    let label = part.replace(/等$/, '');
    if (!(m && m.end >= name.length - 2 && m.ids[0])) {
      m = null;
      for (let k = 1; k < prev.length && !m; k++) {
        const joined = prev.slice(0, k) + name;
        const hit = lex.match(joined, 0);
        if (hit && hit.end === joined.length && hit.ids[0]) [m, label, rule] = [hit, joined, 'qualitative-shared-head'];
      }
    }
    prev = name;
    const id = m ? m.ids[0]! : 'other';
    if (id !== 'other') named++;
    if (!items.some((x) => x.indicator === id && id !== 'other'))
      items.push(item(id, m && rule === 'qualitative-list' ? m.label : label, text, s, e, rule, relative ?? undefined));
  }
  // 能源和环境指标: bare words that share the last one's 指标 are one vague phrase.
  const vague = !named && /指标$/.test(parts[parts.length - 1]) && parts.slice(0, -1).every((x) => x.length <= 3);
  if (vague)
    return [item('other', subject.replace(/等$/, ''), text, s, e, 'qualitative-vague-list', relative ?? undefined)];
  return items;
}

/** 全面完成国家下达的节能减排降碳约束性指标和环境质量改善目标: one item per thing to complete. */
function completionItems(clause: string, text: string, s: number, e: number): Item[] | null {
  const verb = COMPLETION.find((w) => clause.startsWith(w));
  if (!verb || !/指标|目标/.test(clause)) return null;
  const object = clause.slice(verb.length);
  let parts = object.split(/和|及|、/);
  if (parts.some((x) => x.length < 2)) parts = [object];
  const lex = memberNames();
  const items: Item[] = [];
  for (const part of parts) {
    let hit = null;
    for (let p = 0; p < part.length && !hit; p++) {
      const m = lex.match(part, p);
      if (m && m.ids[0]) hit = m;
    }
    if (hit) {
      if (!items.some((x) => x.indicator === hit.ids[0]))
        items.push(item(hit.ids[0]!, hit.label, text, s, e, 'qualitative-completion'));
    } else if (/指标|目标/.test(part)) items.push(item('other', part, text, s, e, 'qualitative-completion'));
  }
  return items.length ? items : null;
}

/** 力争主要经济指标增速进入全市前列: the words before the place are the target (from the original text). */
function rankItem(clause: string, orig: string, s: number, e: number): Item | null {
  const at = Math.min(...RANK_GOAL.map((w) => clause.indexOf(w)).filter((k) => k >= 0));
  if (!Number.isFinite(at)) return null;
  const from = EFFORT.find((w) => clause.startsWith(w))?.length ?? 0;
  const label = orig.slice(s + from, s + at);
  if (label.length < 4 || label.length > 24 || !/指标|增速|总量|经济/.test(label)) return null;
  return item('other', label, orig.slice(s, e), s, e, 'qualitative-rank');
}

function clauseItems(norm: string, orig: string, s: number, e: number): Item[] {
  const clause = norm.slice(s, e);
  const rank = rankItem(clause, orig, s, e);
  if (rank) return [rank];
  const completed = completionItems(clause, orig.slice(s, e), s, e);
  if (completed) return completed;
  if (EFFORT.some((w) => clause.startsWith(w)) || !PREDICATES.some((w) => clause.includes(w))) return [];
  const lex = lexicon();
  const items: Item[] = [];
  let relative: string | undefined;
  for (const a of AREAS) if (clause.includes('高于' + a)) relative = a;
  const stopAt = Math.min(...STOPS.map((w) => clause.indexOf(w)).filter((k) => k > 0), clause.length);
  const text = orig.slice(s, e);
  // A subject list before the predicate: 碳排放强度、生态环境保护约束性指标完成… gives one item per name.
  const k = Math.min(...PREDICATES.map((w) => clause.indexOf(w)).filter((x) => x > 1), stopAt);
  const verbFirst = /^(完成|全面完成|坚决|提高|国家下达|按照|反映|长江)/.test(clause);
  const list = verbFirst ? null : listItems(clause.slice(0, k), text, s, e, relative);
  if (list) return list;
  for (let p = 0; p < stopAt;) {
    const m = lex.match(clause, p);
    if (!m || m.end > stopAt + 2) {
      p++;
      continue;
    }
    if (clause.startsWith('倍差', m.end)) {
      p = m.end;
      continue;
    }
    for (const id of m.ids) {
      if (id && !items.some((x) => x.indicator === id))
        items.push(item(id, m.label, text, s, e, 'qualitative-indicator', relative));
    }
    p = m.end;
  }
  if (items.length) return items;
  // No known indicator: the words before the predicate name it (生态环境质量保持优良).
  let label = clause.slice(0, k).replace(/^(坚决遏制|全面完成|完成|提高|国家下达的|省下达的)/, '');
  label = label.replace(/(增长|持续|进一步|继续|稳步|保持|不折不扣|全面|等)+$/, '');
  if (label.length < 2 || label.length > 40) return [];
  return [item('other', label, text, s, e, 'qualitative-unnamed', relative)];
}

function item(
  id: string,
  label: string,
  text: string,
  start: number,
  end: number,
  rule: RuleName,
  relative?: string,
): Item {
  const it: Item = {
    indicator: id,
    label,
    measure: 'qualitative',
    value: null,
    value_max: null,
    unit: null,
    qualifier: null,
    text,
    start,
    end,
  };
  if (relative) it.relative_to = relative;
  it.rule = rule;
  return it;
}
