// The taxonomy lexicon: how reports name each indicator (../shared/corpus/SCHEMA.md, "Taxonomy").
// Labels are matched on normalised text (simplified characters, ASCII digits and brackets), longest
// first, through a character trie, so reading a clause costs a few steps per character.
import { inSet, firstsOf } from '../text/charset';
import { CharTrie } from '../text/char-trie';

/** One entry's ids: usually one; a fused list (`一二三产增加值`) names several; `null` blocks a sub-aggregate. */
export type Ids = (string | null)[];

/** All combinations of the given parts: combos(['城镇', '城镇常住'], ['居民']) -> 城镇居民, 城镇常住居民. */
function combos(...parts: string[][]): string[] {
  let out = [''];
  for (const p of parts) out = out.flatMap((a) => p.map((b) => a + b));
  return out;
}

const INCOME_TAIL = ['人均可支配收入', '可支配收入', '人均收入', '收入'];

// Each id with the names reports use for it. Comments record the domain knowledge behind a name.
const LEXICON: [string | null | Ids, string[]][] = [
  // 经济增长 / 经济总量 stand for the region's GDP in provincial reports (经济增长5%左右).
  // 地方生产总值 is the older name of 地区生产总值.
  ['gdp', ['地区生产总值', '生产总值', 'GDP', '国内生产总值', '地方生产总值', '经济增长', '经济总量', '经济增速']],
  // 规工 / 规上 / 规模工业 are short for 规模以上工业 (industrial firms above the size threshold,
  // annual revenue of 20 million yuan); 全部工业增加值 is the whole industry's value added.
  [
    'industrial_va',
    [
      '规模以上工业增加值',
      '规上工业增加值',
      '规模工业增加值',
      '规工增加值',
      '规工',
      '工业增加值',
      '全部工业增加值',
      '规模以上工业企业',
      '规上工业企业',
    ],
  ],
  // 固投 is the usual short form; 500万元以上 is the statistical threshold counties report against.
  [
    'fixed_investment',
    ['固定资产投资', '全社会固定资产投资', '500万元以上固定资产投资', '固定资产投资总额', '固投', '投资增速'],
  ],
  // 社零 is short for 社会消费品零售总额.
  ['retail_sales', ['社会消费品零售总额', '社会消费品零售额', '社零', '社零额', '消费增速']],
  [
    'fiscal_revenue',
    [
      '一般公共预算收入',
      '地方一般公共预算收入',
      '地方财政收入',
      '财政收入',
      '一般公共财政预算收入',
      '地方公共财政预算收入',
      '公共财政预算收入',
      '地方级收入',
      '地方级财政收入',
      '地方级一般公共预算收入',
      '同口径一般公共预算收入',
    ],
  ],
  // Before the 2015 budget law: 地方财政总收入, 全部财政收入 (the total including the shares passed up).
  ['fiscal_revenue_total', ['一般公共预算总收入', '财政总收入', '地方财政总收入', '全部财政收入']],
  [
    'fiscal_expenditure',
    [
      '一般公共预算支出',
      '地方一般公共预算支出',
      '财政支出',
      '地方财政支出',
      '公共财政预算支出',
      '一般公共财政预算支出',
    ],
  ],
  [
    'income',
    [
      ...combos(['全体居民', '居民', '全体常住居民', '城乡居民', '城乡常住居民', '城乡'], INCOME_TAIL),
      '人均可支配收入',
    ],
  ],
  ['income_urban', combos(['城镇', '城镇常住', '城市'], ['居民', ''], INCOME_TAIL)],
  // Pastoral regions (内蒙古, 新疆, 青海, 西藏) count herders with farmers: 农村牧区常住居民, 农牧民.
  [
    'income_rural',
    [
      ...combos(
        ['农村', '农村常住', '乡村', '农民', '农村牧区', '农村牧区常住', '农牧民', '农牧区'],
        ['居民', ''],
        INCOME_TAIL,
      ),
      '农民人均纯收入',
      '农牧民人均纯收入',
    ],
  ],
  [
    'trade',
    [
      ...combos(
        ['', '外贸', '外贸自营', '货物', '货物贸易', '对外贸易'],
        ['进出口总额', '进出口总值', '进出口额', '进出口'],
      ),
      '外贸进出口总量',
    ],
  ],
  [
    'exports',
    [...combos(['', '外贸', '货物'], ['出口总值', '出口总额', '出口额', '出口']), '出口规模', '外贸出口规模'],
  ],
  // FDI: 外商直接投资; 到资 is the money actually received.
  [
    'foreign_investment',
    [
      '实际使用外资',
      '实际利用外资',
      '利用外资',
      '使用外资',
      '实际使用外资金额',
      'FDI',
      'FDI到资',
      '外商直接投资',
      '外商直接投资(FDI)',
      '实际使用外商直接投资',
      '实际使用外商直接投资额',
      '实际利用外商直接投资',
    ],
  ],
  [
    [null, 'foreign_investment'],
    ['实际使用内外资', '实际利用内外资'],
  ],
  // CPI is read as a rate: the year's price rise, not growth of a quantity.
  ['cpi', ['居民消费价格', 'CPI', '居民消费指数', '居民消费价格指数', '消费价格', '物价']],
  [
    'unemployment_surveyed',
    ['城镇调查失业率', '调查失业率', '年末城镇调查失业率', '城镇调查失业率平均值', '城镇调查失业率均值'],
  ],
  ['unemployment_registered', ['城镇登记失业率', '登记失业率']],
  [
    'new_urban_jobs',
    [
      '城镇新增就业',
      '新增城镇就业',
      '新增就业',
      '城镇新增就业人数',
      '新增城镇就业人员',
      '城镇新增就业人员',
      '新增城镇就业人数',
      '城镇新增就业岗位',
    ],
  ],
  ['grain_output', ['粮食产量', '粮食总产量', '粮食总产', '粮油产量', '粮食生产', '粮食年产量']],
  ['grain_area', ['粮食播种面积', '粮食种植面积', '粮食面积']],
  // The State Council's report says 国内生产总值 where local ones say 地区生产总值.
  [
    'energy_intensity',
    [
      '单位GDP能耗',
      '单位地区生产总值能耗',
      '单位生产总值能耗',
      '单位国内生产总值能耗',
      '能耗强度',
      '万元GDP能耗',
      '单位GDP能源消耗',
    ],
  ],
  [
    'emissions',
    [
      '主要污染物排放',
      '主要污染物排放量',
      '节能减排',
      '主要污染物减排',
      '减排降碳',
      '降碳减排',
      '节能降碳',
      '节能减排降碳',
      '主要污染物重点工程减排量',
      '节能减排减污降碳',
      '污染物排放',
    ],
  ],
  // R&D intensity: research spending as a share of GDP.
  [
    'rd_intensity',
    [
      '研发投入强度',
      '全社会研发投入强度',
      '研发经费投入强度',
      'R&D经费投入强度',
      '研发经费占GDP比重',
      '研发经费支出占GDP比重',
      '全社会研发经费支出相当于全市生产总值的比例',
      '研发经费支出相当于生产总值的比例',
      // R&D spelled out: 研究与试验发展.
      '研究与试验发展经费投入强度',
    ],
  ],
  // 一产 / 第一产业: farming, forestry, animal husbandry and fishery.
  [
    'primary_output',
    [
      '农林牧渔业总产值',
      '农林牧渔业增加值',
      '农林牧渔总产值',
      '农业总产值',
      '农业增加值',
      ...combos(['一产', '第一产业', '一产业'], ['增加值']),
    ],
  ],
  ['secondary_va', combos(['二产', '第二产业', '二产业'], ['增加值'])],
  ['tertiary_va', [...combos(['三产', '第三产业', '三产业'], ['增加值']), '服务业增加值']],
  [
    ['primary_output', 'secondary_va', 'tertiary_va'],
    ['一二三产增加值', '一二三产业增加值'],
  ],
  ['construction_output', ['建筑业总产值', '建筑业产值']],
  [
    'carbon_intensity',
    [
      '单位地区生产总值二氧化碳排放',
      '单位国内生产总值二氧化碳排放',
      '单位GDP二氧化碳排放',
      '单位生产总值二氧化碳排放',
      '单位地区生产总值二氧化碳排放量',
      '单位生产总值二氧化碳排放量',
      '碳排放强度',
      '碳排放双控',
      '单位生产总值二氧化碳减排',
      '碳排放',
      '二氧化碳排放强度',
    ],
  ],
  ['urbanization_rate', ['常住人口城镇化率', '城镇化率', '户籍人口城镇化率']],
  ['pm25', combos(['细颗粒物', '细颗粒物(PM2.5)', 'PM2.5'], ['年均浓度', '平均浓度', '浓度'])],
  // Sub-aggregates and per-head figures: recognised so that their numbers are not given to the
  // whole-region indicator they contain (规上工业总产值 is not 工业增加值, 县域 is part of the region).
  [
    null,
    [
      '规模以上工业总产值',
      '规上工业总产值',
      '工业总产值',
      '限上零售额',
      '限额以上零售额',
      '网上零售额',
      '人均地区生产总值',
      '人均生产总值',
      '人均GDP',
      '县域生产总值',
      '县域经济生产总值',
      '单位规上工业增加值能耗',
      '单位规模以上工业增加值能耗',
      '工业投资',
      '民间投资',
      '制造业投资',
      '规上服务业营收',
      '规上服务业营业收入',
      '服务业营收',
      '税收收入',
      '一般公共预算收入占比',
      '进出口依存度',
      '粮食单产',
      '旅游收入',
      '旅游总收入',
      '经营性收入',
      '工资性收入',
      '财产净收入',
      '转移净收入',
      '社会物流总额',
      '消费品以旧换新',
      '出口退税',
      '出口额占比',
      '外贸依存度',
    ],
  ],
];

// Words that extend a label without changing the indicator: 地区生产总值增速, 居民消费价格涨幅.
const SUFFIXES = [
  '增速',
  '增幅',
  '涨幅',
  '上涨幅度',
  '涨幅度',
  '降幅',
  '下降率',
  '指数',
  '总水平',
  '总额',
  '总量',
  '年均浓度',
  '约束性指标',
  '指标',
  '人数',
];
const SUFFIX_FIRSTS = firstsOf(SUFFIXES);

export interface IndicatorMatch {
  ids: Ids;
  label: string; // as worded, from normalised text
  start: number;
  end: number;
}

export class Lexicon {
  private trie = new CharTrie();
  private ids: (Ids | undefined)[] = []; // by trie node: the ids of the name ending there

  /**
   * `base`: a lexicon read together with this one's own names (the longer name wins, this one's on a
   * tie), so a report's few extra names do not mean copying the whole taxonomy's trie.
   */
  constructor(
    entries: [string | null | Ids, string[]][] = LEXICON,
    private base: Lexicon | null = null,
  ) {
    for (const [id, names] of entries) for (const n of names) this.add(n, Array.isArray(id) ? id : [id]);
  }

  /** Names have two characters or more: one character names nothing a report measures. */
  add(name: string, ids: Ids): void {
    this.ids[this.trie.add(name)] = ids;
  }

  /** The longest name of the trie(s) starting at `i`, without suffixes. */
  private longest(s: string, i: number): { ids: Ids; end: number } | null {
    let best: { ids: Ids; end: number } | null = null;
    for (let j = i, node = 0; j < s.length; j++) {
      node = this.trie.child(node, s.charCodeAt(j));
      if (node < 0) break;
      const ids = this.ids[node];
      if (ids) best = { ids, end: j + 1 };
    }
    const inBase = this.base?.longest(s, i) ?? null;
    return inBase && (!best || inBase.end > best.end) ? inBase : best;
  }

  /** The longest name starting at `i`, extended by label suffixes (增速, 涨幅 ...). */
  match(s: string, i: number): IndicatorMatch | null {
    const best = this.longest(s, i);
    if (!best) return null;
    let end = best.end;
    for (let grew = inSet(SUFFIX_FIRSTS, s, end); grew;) {
      grew = false;
      for (const suf of SUFFIXES) {
        if (s.startsWith(suf, end)) {
          end += suf.length;
          grew = true;
          break;
        }
      }
    }
    return { ids: best.ids, label: s.slice(i, end), start: i, end };
  }

  /** Whether some name starts at `i` (match(s, i) !== null, without building the match). */
  has(s: string, i: number): boolean {
    return this.startsName(s, i);
  }

  private startsName(s: string, i: number): boolean {
    for (let j = i, node = 0; j < s.length; j++) {
      node = this.trie.child(node, s.charCodeAt(j));
      if (node < 0) break;
      if (this.ids[node]) return true;
    }
    return this.base?.startsName(s, i) ?? false;
  }
}

let shared: Lexicon | null = null;
export function lexicon(): Lexicon {
  return (shared ??= new Lexicon());
}

// In a county's own report 县域 is the whole county: 县域生产总值 is its GDP, not the sub-aggregate
// that 县域 means in a city's or a province's report (县域经济生产总值 stays one there and here).
let county: Lexicon | null = null;
function countyLexicon(): Lexicon {
  return (county ??= new Lexicon([['gdp', ['县域生产总值', '县域地区生产总值']]], lexicon()));
}

/** The names to read a report with: a county's own (`selfClass` 县: 我县, 全县) or the common ones. */
export function lexiconFor(selfClass: string | null): Lexicon {
  return selfClass === '县' ? countyLexicon() : lexicon();
}

/** Measures stated as a percentage of something else rather than as growth. */
const RATE_IDS = new Set([
  'cpi',
  'unemployment_surveyed',
  'unemployment_registered',
  'rd_intensity',
  'urbanization_rate',
]);

export function isRateIndicator(id: string, label: string): boolean {
  if (RATE_IDS.has(id)) return true;
  // Shares and ratios named by the report (产业投资占比, 占全部投资比重, 覆盖率).
  return id === 'other' && /(占比|比重|比例|率|强度)$/.test(label);
}
