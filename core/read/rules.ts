// The rules of the sentence reader, by name, in the order they apply to a number: the model is
// core/compare/judge.ts. Every number of a sentence read for targets or results ends with one decision
// (kept or dropped) and the name of the rule that made it; every item carries the rule that kept it
// (Item.rule), and core/read/explain.ts prints the decisions sentence by sentence.
//
// 1. token: is it a figure at all (a number with a unit, or bare before a break)?
// 2. walk: the clause's subject — which indicator(s) the number is about, if any.
// 3. number: is it the year's figure for that subject (not a part of the year, a sum of years, a change)?
// 4. list: which members of a list of subjects it goes to.
// 5. section: what the targets or results section keeps of the items (duplicates, the cap).

export interface Rule {
  stage: 'token' | 'walk' | 'number' | 'list' | 'section';
  decides: 'keep' | 'drop';
  meaning: string;
  example: string;
}

const keep = (stage: Rule['stage'], meaning: string, example: string): Rule => ({
  stage,
  decides: 'keep',
  meaning,
  example,
});
const drop = (stage: Rule['stage'], meaning: string, example: string): Rule => ({
  stage,
  decides: 'drop',
  meaning,
  example,
});

export const RULES = {
  // 0. sentence
  'no-indicator': drop(
    'token',
    'Results only: a review sentence that names no indicator holds no result, and is not read.',
    '全年新签约项目211个,总投资650亿元',
  ),

  // 1. token
  'bare-number': drop(
    'token',
    'A number with no unit and no break after it: a year, a rank, a count.',
    '2025年; 第3位',
  ),
  'base-amount': drop(
    'token',
    'The amount of a stated base: the figure is the growth after it.',
    '在去年市核任务(5.55亿元)的基础上增长8.1%',
  ),
  'milestone-word': drop('token', 'A number of steps or times, not a figure.', '迈上3个台阶'),

  // 2. walk: how a number finds its subject (keep), or why it has none (drop)
  subject: keep(
    'walk',
    'The indicator opening the clause, joined to the number by link words only.',
    '地区生产总值增长6%',
  ),
  ellipsis: keep(
    'walk',
    'A bare noun referring back to the subject or to a sibling of it.',
    '生产总值增长9%,总量突破185亿元',
  ),
  'respectively-run': keep(
    'walk',
    '分别 after a run of single-subject clauses hands its numbers to those subjects in order.',
    '城镇居民…73020元,农村居民…43810元,分别增长4.2%和6.9%',
  ),
  'stated-base': keep(
    'walk',
    'The subject, with a stated base or adjustment between it and its verb (skipped as a link).',
    '一般公共预算收入比2019年调整预算收入增长7%; 剔除虚增空转因素后完成10.4亿元',
  ),
  'unnamed-target': keep(
    'walk',
    'Targets only: the words before the verb name an indicator outside the taxonomy.',
    '农村低保标准提高6%',
  ),
  'no-subject': drop('walk', 'No indicator opens the clause the number is in.', '新设外资企业3.6万家'),
  'too-far': drop('walk', 'The number is more than 150 characters past its subject.', '(a clause that never ends)'),
  'subject-changed': drop(
    'walk',
    'A new noun opens the clause or list part before the number: it is about that noun.',
    '规模以上工业企业达7.6万家; ,新设外资企业3.6万家',
  ),
  'named-inside': drop(
    'walk',
    'The indicator is named inside another phrase, not as the subject.',
    '占地区生产总值比重达到45%',
  ),
  'not-a-link': drop(
    'walk',
    'Words other than link words stand between the subject and the number.',
    '地区生产总值增长6%,其中高技术制造业增长12%',
  ),
  'part-year-opening': drop(
    'walk',
    'Results only: the sentence opens with a part of the year, so its figures are not the year’s.',
    '前三季度,全市实现地区生产总值1887.2亿元',
  ),
  'adjusted-opening': drop(
    'walk',
    'Results only: the sentence opens with an adjustment, so its figures are another measure.',
    '扣除房地产开发投资后,固定资产投资增长2.7%',
  ),

  // 3. number
  'multi-year': drop(
    'number',
    'Results only: growth over several years, or a total over them.',
    '年均增长6.5%; 累计完成投资1.2万亿元',
  ),
  'part-year': drop('number', 'Results only: the figure of a part of the year.', '前三季度增长5.2%'),
  increment: drop('number', 'An amount after a verb of change is a change, not the level.', '增加近1000亿元'),
  'no-unit': drop('number', 'A number without a unit for an indicator that has one.', '地区生产总值1887'),
  'five-year-figure': drop(
    'number',
    'Results in a five-year review: only a level reached at the end counts.',
    '五年来城镇新增就业452万人',
  ),
  'rate-change': drop(
    'number',
    'Points between two growth rates, or a rate narrowing, not a figure of the indicator.',
    '快于经济增速1个百分点; 降幅收窄0.4个百分点',
  ),
  'ratio-growth': drop(
    'number',
    'Results only: growth after a ratio is the growth of what the ratio measures.',
    '研发投入强度达到2.4%,同比增长55.5%',
  ),

  // 4. list
  'from-value': drop(
    'list',
    'The starting figure of a from-to change: the figure reached counts.',
    '从3.68万亿元增长到4.93万亿元',
  ),
  milestone: drop('list', 'A round figure passed on the way to the exact one.', '突破2万亿元、达到23562亿元'),
  'list-sum': drop(
    'list',
    'One number after a list of subjects, without 均: a sum, no member’s figure.',
    '利用外资和对外直接投资38亿美元',
  ),
  unpaired: drop('list', 'More numbers than a list of subjects can take.', '城镇、农村居民收入增长5%、6%、7%'),
  'sub-aggregate': drop('list', 'A part of the region or of the indicator, not the indicator.', '规上工业总产值增长8%'),
  'count-unit': drop('list', 'A count without its unit (个), read only as the unit of a list.', '3.4个、1个百分点'),
  'in-order': keep(
    'list',
    'A list of subjects takes its numbers in order.',
    '城镇、农村居民人均可支配收入分别增长9%、10%',
  ),
  'shared-value': keep('list', 'One number for every member of a list, when the text says so.', '均下降8%'),
  'income-split': keep(
    'list',
    'The combined income of towns and villages with two numbers: the urban one, then the rural one.',
    '城乡居民人均可支配收入分别增长7%、8%',
  ),

  // 5. section
  'relative-with-own': drop(
    'section',
    'A figure against another area, when the indicator has its own figure (SCHEMA: relative_to).',
    '增长8%,高于全省1个百分点',
  ),
  duplicate: drop(
    'section',
    'Results only: the same figure of the same indicator read before.',
    '(a summary repeating a result)',
  ),
  'only-if-targeted': drop(
    'section',
    'Results only: an environmental or structural indicator the report sets no target for.',
    'PM2.5浓度下降15% (no PM2.5 target)',
  ),
  'five-year-superseded': drop(
    'section',
    'Results only: a level reached over the five years, when the year has its own figure.',
    '五年来…达到300亿元 (and 2022年…310亿元)',
  ),
  'section-cap': drop('section', 'Past the section’s item limit (core/read/limits.ts).', '(the 301st target)'),

  // qualitative targets (no number): the rule that kept each item
  'qualitative-list': keep(
    'walk',
    'A list of subjects before a goal: one item each.',
    '能耗及排放等约束性指标完成市定任务',
  ),
  'qualitative-shared-head': keep(
    'walk',
    'A list member that names its indicator with the head of the member before it.',
    '粮食产量和播种面积高于上年水平 (播种面积 is 粮食播种面积)',
  ),
  'qualitative-vague-list': keep(
    'walk',
    'A joint phrase naming no indicator of the taxonomy: one item (SCHEMA).',
    '能源和环境指标完成省下达的计划目标',
  ),
  'qualitative-completion': keep(
    'walk',
    'The object of 完成: the indicators or the targets to be completed, one item each.',
    '全面完成上级下达的各项约束性指标',
  ),
  'qualitative-rank': keep('walk', 'A place among peers the report aims for.', '力争主要经济指标增速进入全市前列'),
  'qualitative-indicator': keep('walk', 'An indicator named before a goal without a number.', '粮食产量保持稳定'),
  'qualitative-unnamed': keep('walk', 'A goal about something outside the taxonomy.', '生态环境质量持续改善'),
} satisfies Record<string, Rule>;

export type RuleName = keyof typeof RULES;
