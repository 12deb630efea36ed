// Targets without a number in the targets passage: 居民收入增长与经济增长同步, 粮食产量保持稳定,
// 生态环境质量持续改善. One item per indicator the clause is about; the comparison object
// (与经济增长同步, 高于全部投资增速) is not an item.
import { lexicon } from './indicators';
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
];
const AREAS = ['全国', '全省', '全市', '全区'];

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
    if (i > s && i - s <= MAX_CLAUSE && reach <= s) out.push(...clauseItems(norm, orig, s, i));
    s = i + 1;
  }
  return out;
}

function clauseItems(norm: string, orig: string, s: number, e: number): Item[] {
  const clause = norm.slice(s, e);
  if (EFFORT.some((w) => clause.startsWith(w)) || !PREDICATES.some((w) => clause.includes(w))) return [];
  const lex = lexicon();
  const items: Item[] = [];
  let relative: string | undefined;
  for (const a of AREAS) if (clause.includes('高于' + a)) relative = a;
  const stopAt = Math.min(...STOPS.map((w) => clause.indexOf(w)).filter((k) => k > 0), clause.length);
  const text = orig.slice(s, e);
  // A subject list before the predicate: 碳排放强度、生态环境保护约束性指标完成… gives one item per name.
  const k = Math.min(...PREDICATES.map((w) => clause.indexOf(w)).filter((x) => x > 1), stopAt);
  const parts = clause.slice(0, k).split(/、|和|及/);
  const verbFirst = /^(完成|全面完成|坚决|提高|国家下达|按照|反映|长江)/.test(clause);
  if (!verbFirst && parts.length > 1 && parts.every((x) => x.length >= 2 && x.length <= 14 && !/以上|下达/.test(x))) {
    for (const part of parts) {
      const name = part.replace(/(等指标全面|等指标|等)$/, '');
      const m = lex.match(name, 0);
      const id = m && m.end >= name.length - 2 ? m.ids[0] : 'other';
      if (id && !items.some((x) => x.indicator === id && id !== 'other'))
        items.push(item(id, m && id !== 'other' ? m.label : name, text, s, e, 'qualitative-list', relative));
    }
    return items;
  }
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
