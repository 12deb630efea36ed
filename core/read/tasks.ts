// Task targets: the quantitative commitments of the work-plan sections, such as
// 新建高标准农田10万亩, 新增规上工业企业30家, 完成投资390亿元. They are not the headline targets
// (core/read/targets.ts) but the hundreds of promises a progress notice later reports on.
import type { TaskTarget } from '../types';
import { inSet, charSet } from '../text/charset';
import { findPlanStart, headingBefore, headings, sentenceBounds, type Heading } from './sections';

// Units a physical or money commitment is counted in. Longest first, so 万亩 wins over 亩.
const UNITS = [
  '万亿元',
  '亿美元',
  '万美元',
  '亿元',
  '万元',
  '元',
  '万平方米',
  '平方米',
  '平方公里',
  '万千瓦',
  '千瓦',
  '万吨',
  '吨',
  '亿斤',
  '万亩',
  '亩',
  '公里',
  '千米',
  '万人次',
  '人次',
  '万人',
  '人',
  '万户',
  '户',
  '万个',
  '个百分点',
  '个',
  '家',
  '所',
  '项',
  '座',
  '套',
  '台',
  '辆',
  '条',
  '处',
  '张',
  '间',
  '栋',
  '万株',
  '株',
  '批',
  '只',
  '%',
];
const UNIT_RE = UNITS.join('|');
// A number at the start of a digit run (the look-behind keeps the scan linear on long digit runs),
// an optional range, then a unit.
const QUANTITY = new RegExp(
  `(?<![\\d.])(\\d{1,9}(?:\\.\\d{1,4})?)(?:%?-(\\d{1,9}(?:\\.\\d{1,4})?))?(${UNIT_RE})(以上|左右|以内)?`,
  'g',
);

// Verbs that make a clause a commitment rather than a description.
const VERB =
  /新建|新增|新开工|开工|建成|完成|实施|改造|培育|引进|打造|建设|新改建|新培育|新认定|达到|突破|超过|提升至|提高到|增长|新招引|招引|签约|争取|发放|推动|创建|实现|整治|治理|种植|造林|投入|筹集|开行|帮扶|减免/;
const LEAD = /^(?:全年|力争|确保|今年|年内|着力|加快|积极|持续|继续|大力|全力|努力|累计|分别|其中|共|再)+/;
const MAX_LABEL = 24;

const clauseStops = charSet(',;。:!?\n、()"“”');

function clauseStart(norm: string, from: number, floor: number): number {
  let i = from;
  while (i > floor && !inSet(clauseStops, norm, i - 1)) i--;
  return i;
}

const NIAN = '年'.charCodeAt(0);
const DI = '第'.charCodeAt(0);

export function extractTasks(norm: string, orig: string): TaskTarget[] {
  const tasks: TaskTarget[] = [];
  const planStart = findPlanStart(norm);
  if (planStart < 0) return tasks;
  let heads: Heading[] | null = null;
  QUANTITY.lastIndex = planStart;
  let m: RegExpExecArray | null;
  while ((m = QUANTITY.exec(norm))) {
    const numStart = m.index;
    // Years, dates and section numbers are not quantities.
    const prev = norm.charCodeAt(numStart - 1);
    if (prev === NIAN || prev === DI) continue;
    let start = clauseStart(norm, numStart, Math.max(planStart, numStart - 60));
    while (start < numStart && (norm[start] === ' ' || norm[start] === '\t' || norm[start] === '\r')) start++;
    const before = norm.slice(start, numStart);
    const verb = VERB.exec(before);
    if (!verb) continue;
    const lead = LEAD.exec(before)?.[0].length ?? 0;
    let label = before
      .slice(lead)
      .trimEnd()
      .replace(/(?:分别|同比|实现|达到|突破|超过|增长|提升至|提高到|约|近|超)+$/, '')
      .trimEnd();
    if (!label || label.length > MAX_LABEL || /^[\d.%]/.test(label) || /\d/.test(label.slice(-1))) continue;
    let end = m.index + m[0].length;
    // 新培育2518个典型村: the verb comes first and the object after the quantity.
    if (label.length <= 3) {
      let stop = end;
      while (stop < norm.length && stop - end < 20 && !inSet(clauseStops, norm, stop)) stop++;
      if (stop === end) continue;
      label += norm.slice(end, stop);
      end = stop;
    }
    const qualifier = m[4] ?? (before.includes('力争') ? '力争' : null);
    const s = sentenceBounds(norm, start + lead, end);
    heads ??= headings(norm, planStart);
    tasks.push({
      section: headingBefore(heads, numStart),
      label,
      value: Number(m[1]),
      value_max: m[2] ? Number(m[2]) : null,
      unit: m[3],
      qualifier,
      text: orig.slice(start + lead, end),
      start: start + lead,
      end,
      sentence: orig.slice(s.start, s.end),
      sentence_start: s.start,
      sentence_end: s.end,
    });
  }
  return tasks;
}
