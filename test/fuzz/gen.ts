// Input generators for fuzzing the extraction core. Each takes a PRNG, so a seed names an input.
// Three families: raw code units (anything a page could hold, lone surrogates and NUL included),
// "report alphabet" soup (the words and symbols the extractors key on, in random order, which
// reaches far more branches than random bytes do), and mutations of real corpus reports.
import { int, pick, type Rng } from './prng';

/** Any UTF-16 code units, including lone surrogates, NUL and controls. */
export function randomUnits(rng: Rng, length: number): string {
  const out: number[] = [];
  for (let i = 0; i < length; i++) {
    const r = rng();
    if (r < 0.1)
      out.push(0xd800 + int(rng, 0x800)); // surrogate halves, paired or not by chance
    else if (r < 0.15)
      out.push(int(rng, 0x20)); // controls, NUL
    else if (r < 0.6)
      out.push(0x4e00 + int(rng, 0x5200)); // CJK
    else out.push(int(rng, 0x10000));
  }
  return String.fromCharCode(...out);
}

// Words and symbols the extractors react to: indicators, qualifiers, units, section markers,
// years, full-width forms, traditional characters, dashes and the odd spaces normalize() maps.
const TOKENS = [
  '政府工作报告',
  '主要预期目标',
  '2026年工作安排',
  '今年工作',
  '过去一年',
  '2025年',
  '2023年',
  '预计',
  '地区生产总值',
  'GDP',
  '增长',
  '左右',
  '以上',
  '以内',
  '力争',
  '突破',
  '超过',
  '同比',
  '个百分点',
  '居民人均可支配收入',
  '城镇调查失业率',
  '居民消费价格',
  '涨幅',
  '粮食产量',
  '单位GDP能耗',
  '规上工业增加值',
  '规工',
  '固定资产投资',
  '社会消费品零售总额',
  '一般公共预算收入',
  '外贸进出口',
  '新建',
  '新增',
  '完成',
  '实施',
  '建成',
  '改造',
  '高标准农田',
  '万亩',
  '亿元',
  '万元',
  '万人',
  '%',
  '％',
  '个',
  '家',
  '公里',
  '万吨',
  '亿斤',
  '%左右',
  '5.5',
  '6',
  '6.5-7',
  '5%-5.5%',
  '０',
  '１２',
  '３．５',
  '一、',
  '(一)',
  '（二）',
  '1.',
  '2、',
  '第一,',
  '\n',
  '\n\n',
  '。',
  '，',
  '；',
  '：',
  '、',
  '(',
  ')',
  '（',
  '）',
  '“',
  '”',
  '—',
  '～',
  '-',
  '~',
  '.',
  '..',
  '0.',
  '.5',
  '-3',
  '下降',
  '回落',
  '负增长',
  '\u3000',
  '\u00a0',
  '\u200b',
  '\ufeff',
  ' ',
  '\t',
  '\r\n',
  '經濟',
  '預期',
  '增長',
  '億元',
  '\u202e',
  '\u202d',
  '\u200f',
  '\ud800',
  '\udfff',
  '\u0000',
  '𠮷',
  '<script>',
  '&amp;',
  '进展情况',
  '牵头单位',
  '责任单位',
  '推进缓慢',
  '有序推进',
  '已完成',
  '序号',
  '省',
  '市',
  '县',
  '自治区',
  '人民政府',
  '市长',
  '省长',
  '2026年1月15日',
];

/** Random sequence of report tokens and digits, length about `count` tokens. */
export function tokenSoup(rng: Rng, count: number): string {
  let s = '';
  for (let i = 0; i < count; i++) {
    const r = rng();
    if (r < 0.25) s += String(int(rng, 10 ** (1 + int(rng, 6)))) + (rng() < 0.3 ? '.' + int(rng, 100) : '');
    else s += pick(rng, TOKENS);
  }
  return s;
}

/** A corpus report, damaged: truncated, lines shuffled, spans cut or duplicated, tokens inserted. */
export function mutateReport(rng: Rng, text: string): { text: string; how: string } {
  const ops: string[] = [];
  let s = text;
  const rounds = 1 + int(rng, 4);
  for (let k = 0; k < rounds; k++) {
    const op = int(rng, 6);
    if (op === 0) {
      const at = int(rng, s.length + 1);
      s = rng() < 0.5 ? s.slice(0, at) : s.slice(at);
      ops.push(`truncate@${at}`);
    } else if (op === 1) {
      const lines = s.split('\n');
      for (let i = lines.length - 1; i > 0; i--) {
        const j = int(rng, i + 1);
        [lines[i], lines[j]] = [lines[j], lines[i]];
      }
      s = lines.join('\n');
      ops.push('shuffle-lines');
    } else if (op === 2) {
      const a = int(rng, s.length + 1),
        b = Math.min(s.length, a + int(rng, 2000));
      s = s.slice(0, a) + s.slice(b);
      ops.push(`cut[${a},${b})`);
    } else if (op === 3) {
      const a = int(rng, s.length + 1),
        b = Math.min(s.length, a + int(rng, 500));
      s = s.slice(0, b) + s.slice(a, b) + s.slice(b);
      ops.push(`dup[${a},${b})`);
    } else if (op === 4) {
      for (let i = 0; i < 20; i++) {
        const at = int(rng, s.length + 1);
        s = s.slice(0, at) + tokenSoup(rng, 1 + int(rng, 3)) + s.slice(at);
      }
      ops.push('insert-tokens');
    } else {
      // Remove every sentence end in a region: long unpunctuated runs.
      const a = int(rng, s.length + 1),
        b = Math.min(s.length, a + int(rng, 20000));
      s = s.slice(0, a) + s.slice(a, b).replace(/[。；;，,\n]/g, '') + s.slice(b);
      ops.push(`depunct[${a},${b})`);
    }
  }
  return { text: s, how: ops.join(' ') };
}

// Enough of a report's opening for detection to call it one, so that the extractors run.
const OPENING =
  '安康市2026年政府工作报告\n各位代表：现在，我代表市人民政府，向大会报告工作，请予审议。\n二、2026年工作安排\n';

/** Named edge cases from the brief: each is a plain string, built without randomness. */
export function edgeCases(): Array<{ name: string; text: string }> {
  const digits = '1234567890'.repeat(10_000); // 100,000 digits
  return [
    { name: 'empty', text: '' },
    { name: 'whitespace only', text: ' \n\t\r\u3000\u00a0'.repeat(5000) },
    { name: 'NUL only', text: '\u0000'.repeat(10_000) },
    { name: 'NUL inside a target', text: '政府工作报告\n主要预期目标:地区生产总值增长\u00005.5%\u0000左右。' },
    { name: 'lone high surrogates', text: '政府工作报告主要预期目标' + '\ud800'.repeat(5000) + '增长5%' },
    { name: 'lone low surrogates', text: '政府工作报告主要预期目标增长' + '\udc00'.repeat(5000) + '5%左右' },
    { name: 'surrogate split by a number', text: '政府工作报告主要预期目标增长\ud8005\udc00%左右' },
    { name: '100,000 digits', text: digits },
    {
      name: '100,000 digits in a report',
      text:
        '政府工作报告\n主要预期目标:地区生产总值增长' +
        digits +
        '%左右。\n2026年工作安排\n新建高标准农田' +
        digits +
        '万亩。',
    },
    {
      name: 'numbers separated by commas',
      text: '政府工作报告 主要预期目标 增长' + Array.from({ length: 30_000 }, (_, i) => i).join(','),
    },
    {
      name: 'numbers separated by full-width commas',
      text: '政府工作报告 主要预期目标 增长' + Array.from({ length: 30_000 }, (_, i) => i).join('，') + '%',
    },
    { name: '% signs', text: '政府工作报告主要预期目标' + '%'.repeat(100_000) },
    { name: 'digits and % alternating', text: '政府工作报告主要预期目标增长' + '5%'.repeat(50_000) },
    { name: 'digit-dot runs', text: '政府工作报告主要预期目标增长' + '1.'.repeat(50_000) + '%' },
    { name: 'range dashes', text: '政府工作报告主要预期目标增长' + '5-'.repeat(50_000) + '%' },
    {
      name: 'long line without punctuation',
      text: '政府工作报告 2026年工作安排 ' + '新建高标准农田十万亩推进项目建设'.repeat(20_000),
    },
    { name: 'long line of qualifiers', text: '政府工作报告主要预期目标' + '左右以上以内力争'.repeat(20_000) },
    { name: 'headings only', text: '政府工作报告\n' + '一、\n(一)\n1.\n'.repeat(20_000) },
    { name: 'plan markers repeated', text: '政府工作报告\n' + '主要预期目标 2026年工作安排 '.repeat(20_000) },
    {
      name: 'RTL override and zero-width',
      text: '政府工作报告\n主要预期目标:地区生产总值增长\u202e5.5%\u202c左右\u200b,新建\u2066高标准农田\u20695万亩。',
    },
    // Paragraphs indented with ideographic spaces (common in .txt reports) and a space after a stop.
    { name: 'indented task paragraph', text: `${OPENING}\u3000\u3000新建高标准农田10万亩，改造农村公路300公里。` },
    { name: 'space after a full stop before a task', text: `${OPENING}推进项目建设。 新建高标准农田10万亩。` },
    {
      name: 'space between a task and its number',
      text: `${OPENING}新建高标准农田 10万亩，新增规上工业企业\u300050家。`,
    },
    { name: 'emoji and astral', text: '政府工作报告 主要预期目标 增长😀5%🇨🇳左右 𠮷新建高标准农田10万亩𠮷。' },
  ];
}
