// Pathological texts for the complexity tests, each made for a size n: the counted ones in npm test
// (work.test.ts) and the timed ones in npm run test:perf (test/perf/scaling.test.ts) read the same list.

const HEAD = '政府工作报告 主要预期目标 2026年工作安排 ';

/** Inputs that make careless patterns backtrack or rescan: n copies of a short unit (about 10n characters). */
export const PATTERNS: Array<[string, (n: number) => string]> = [
  ['digits', (n) => HEAD + '增长' + '1234567890'.repeat(n)],
  ['digits then a unit', (n) => HEAD + '新建' + '1234567890'.repeat(n) + '万亩'],
  ['numbers and commas', (n) => HEAD + '增长' + '12345,67890,'.repeat(n)],
  ['numbers and dots', (n) => HEAD + '增长' + '1.2.3.4.5.'.repeat(n)],
  ['percent signs', (n) => HEAD + '增长' + '%%%%%%%%%%'.repeat(n)],
  ['number-percent pairs', (n) => HEAD + '增长' + '5%6%7%8%9%'.repeat(n)],
  ['ranges', (n) => HEAD + '增长' + '5-6-7-8-9-'.repeat(n)],
  ['unpunctuated clause', (n) => HEAD + '新建高标准农田推进建设'.repeat(n)],
  ['unpunctuated with numbers', (n) => HEAD + '新建农田5万亩增长6%左右'.repeat(n)],
  ['qualifiers', (n) => HEAD + '增长5' + '左右以上以内力争'.repeat(n)],
  ['whitespace', (n) => HEAD + ' \n\u3000\t '.repeat(2 * n) + '增长5%'],
  ['headings', (n) => '政府工作报告\n主要预期目标\n2026年工作安排\n' + '(一)一、\n'.repeat(2 * n)],
  ['empty lines', (n) => '政府工作报告\n主要预期目标\n2026年工作安排' + '\n'.repeat(10 * n) + '增长5%'],
];

const OPENING = '各位代表:现在,我代表市人民政府向大会报告工作,请予审议。\n一、2022年工作回顾\n';

/** Issue 10's endless sentence: one targets sentence of n list items that never ends (about 7n characters). */
export const endless = (n: number) =>
  '政府工作报告\n主要预期目标是:' + Array.from({ length: n }, (_, i) => `增长${i}%、`).join('');

/** A progress notice flattened to text, one cell a paragraph, with `rows` rows (about 70 characters a row). */
export function flatTable(rows: number): string {
  const out = [
    '2023年政府工作报告重点工作任务上半年进展情况通报\n\n序号\n\n重点工作任务\n\n牵头单位\n\n责任单位\n\n进展情况\n\n备注\n\n',
  ];
  for (let i = 1; i <= rows; i++)
    out.push(
      `${i}\n\n新建高标准农田${i}万亩,完成投资${i}亿元。\n\n市农业农村局\n\n市财政局\n\n已完成${i}万亩。\n\n有序推进\n\n`,
    );
  return out.join('');
}

// A sentence of the review and one of the plan, both with indicators, numbers and task verbs.
const REVIEW = '全市地区生产总值完成300亿元,增长5%,规模以上工业增加值增长8%,新建高标准农田10万亩。';
const PLAN = '新建高标准农田10万亩,完成投资390亿元,城镇新增就业1.2万人。';

/** A report that is one line of about `chars` characters: a long review, the targets, a long plan, no line break. */
export function oneLine(chars: number): string {
  const half = Math.ceil(chars / 2 / REVIEW.length);
  return [
    OPENING.replace(/\n/g, ' '),
    REVIEW.repeat(half),
    '二、2023年工作安排 主要预期目标是:地区生产总值增长6.5%左右,一般公共预算收入增长5%。',
    PLAN.repeat(Math.ceil(chars / 2 / PLAN.length)),
  ].join('');
}

/** A report whose review holds `n` paragraphs, each a sentence with results (about 50n characters). */
export function longReview(n: number): string {
  return [
    OPENING,
    `${REVIEW}\n`.repeat(n),
    '二、2023年工作安排\n主要预期目标是:地区生产总值增长6.5%左右。\n',
    `${PLAN}\n`.repeat(n),
  ].join('');
}
