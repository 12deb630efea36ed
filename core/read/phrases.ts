// The phrase classes of the sentence reader, as data in one place: each with what it means to the
// rules (core/read/rules.ts) and an example from the kind of sentence it is for. The rules test words
// against these lists only; a word that changes what a rule does is added here, not inside a rule.
// Indicator names are in core/read/indicators.ts, units in core/text/numbers.ts.

export interface PhraseClass {
  meaning: string;
  example: string;
  words: string[];
}

const phrase = (meaning: string, example: string, words: string[]): PhraseClass => ({ meaning, example, words });

export const PHRASES = {
  // ---- who a number is about ---------------------------------------------------------------------
  subjectPrefix: phrase(
    'Words allowed before an indicator for it to open a clause as its subject.',
    '全省地区生产总值; 预计全年规上工业增加值; 主要预期目标是:地区生产总值',
    [
      ...['全市', '全省', '全区', '全县', '全州', '全盟', '全旗', '全镇', '全国', '全地区'],
      ...['我市', '我省', '我区', '我县', '本市', '全年', '全体'],
      // The budget of the government's own level (区级一般公共预算收入, 市本级) is the region's figure in
      // reports of districts and cities.
      ...['区级', '市级', '县级', '州级', '本级', '市本级', '县本级', '区本级'],
      ...['预计', '初步统计', '据初步统计', '初步核算', '其中', '今年', '去年', '当年', '年末'],
      ...['实现', '完成', '力争', '确保', '同时', '以及', '和', '与', '及', '的', '、', '(', ')', ' '],
      ...['主要预期目标是', '主要预期目标为', '是', '为', '年', '一是', '二是', '三是', '四是', '五是'],
    ],
  ),
  links: phrase(
    'Words allowed between a subject and its number: verbs, hedges, comparisons, bases. Any other word ' +
      'between them means the number is about something else.',
    '地区生产总值同比增长6%; 居民消费价格涨幅控制在3%左右; 按可比价格计算增长8%',
    [
      ...['增长', '增加', '提高', '提升', '上涨', '上升', '回升', '增速', '增幅', '涨幅', '达到', '达', '为', '是'],
      ...['实现', '完成', '突破', '超过', '超', '首次', '再次', '均', '分别', '预计', '全年', '同比'],
      ...['比上年', '较上年', '比去年', '较去年', '保持在', '稳定在', '控制在', '保持', '稳定', '继续', '在'],
      ...['至', '到', '增至', '提高到', '提升到', '提升至', '增长到', '增加到', '跃升至', '迈上', '站上'],
      ...['按可比价格计算', '按可比价计算', '按', '实际', '名义', '同口径', '平均值', '均值', '平均', '逆势'],
      ...['力争', '下降', '降低', '减少', '下滑', '回落', '降幅', '收窄', '微降', '降到', '降至'],
      ...['缩小到', '缩小至', '缩小', '从', '由', '年的', '年', '了', '居', '位居', '排名', '排', '约'],
      ...['总', '共', '和', '、', ' ', '左右', '以上', '稳居', '增', '降', '高于', '快于', '低于'],
      ...['全国', '全省', '全市', '全区', '全州', '平均水平', '个', '连续', '稳步', '跨越', '再创新高'],
      ...['创新高', '新高', '历史', '创', '首破', '双增', '实现了', '近', '接近', '翻番', '翻一番'],
      ...['前三季度', '上半年', '一季度', '三季度'],
      // Floors and price bases: 确保增长3%, 增长不低于8%, 按可比价格计算增长8%, 按可比口径增长7.5%.
      ...['确保', '争取', '不低于', '不少于', '可比价', '可比口径', '按可比口径', '可比'],
    ],
  ),
  joiners: phrase(
    'Words joining the members of a list of indicators.',
    '城镇、农村居民人均可支配收入; 地方财政收入和支出',
    ['以及', '、', '和', '及', '与'],
  ),
  listLinks: phrase('Words between the numbers of one list.', '分别达到58794元和23184元', ['、', '和', '及']),
  compare: phrase(
    'Words that bring in a comparison object after a subject, not a new subject.',
    '居民收入增速高于经济增速; 与经济增长同步',
    ['高于', '快于', '低于', '与', '和', '同'],
  ),
  ellipticSame: phrase(
    'A bare noun opening a clause that refers back to the subject of the one before.',
    '生产总值增长9%,总量突破185亿元',
    ['总量', '总额', '规模', '增加值'],
  ),
  ellipticHead: phrase(
    'A bare noun that names a sibling of the subject sharing its head (粮食…产量 stands for 粮食产量).',
    '地方财政收入、支出; 坚决保障粮食安全,产量达到13.8万吨',
    ['总产量', '总产', '产量', '种植面积', '播种面积', '面积', '支出'],
  ),
  grain: phrase('The head of a bare 产量 or 面积.', '粮食生产稳定,总产量达到13.8万吨', ['粮食']),
  respectively: phrase(
    'A list verb that hands several numbers to several subjects in order.',
    '城镇、农村居民人均可支配收入分别增长4.2%和6.9%',
    ['分别'],
  ),
  shared: phrase('Words that give one number to every member of a list.', '单位GDP能耗、全社会能源消费量均下降8%', [
    '均',
    '都',
  ]),

  baseFrom: phrase(
    'A stated base a growth is measured from: 比 and a year or last year, up to the verb.',
    '一般公共预算收入比2019年调整预算收入增长7%',
    ['比上年', '比去年', '较上年', '较去年', '比同期'],
  ),
  baseAdjusted: phrase(
    'An adjustment stated before the figure: 剔除…后 up to its 后.',
    '一般公共预算收入剔除虚增空转因素后完成10.4亿元',
    ['剔除', '扣除'],
  ),

  // ---- what a number is -------------------------------------------------------------------------
  postHedges: phrase('Hedges after a number.', '增长6%左右; 控制在3%以内', ['左右', '以上', '以内', '以下', '上下']),
  preHedges: phrase('Hedges before a number.', '突破1000亿元; 力争增长7%', ['突破', '超过', '超', '力争']),
  effortHedge: phrase('A hedge anywhere in the verb before a number.', '力争达到1.2万亿元', ['力争']),
  firstTime: phrase('A milestone passed for the first time: its hedge is the verb.', '首次突破1000亿元', [
    '首次突破',
    '首次超过',
  ]),
  falls: phrase('Verbs of a fall: the number is negative.', '单位GDP能耗下降3%; 降幅收窄至9.6%', [
    '下降',
    '降低',
    '减少',
    '下滑',
    '回落',
    '降幅',
    '微降',
    '负增长',
  ]),
  fallLabels: phrase('Label endings that make a number a fall.', '进出口降幅9.6%', ['降幅', '下降率']),
  risesTo: phrase(
    'Words of a level reached: after them the number is where the indicator got to.',
    '由52.23%提高到58.08%; 降至3.2%',
    ['到', '至'],
  ),
  fromWords: phrase('Words of a starting point.', '从46503元提高到58794元', ['从', '由']),
  endVerbs: phrase('Verbs of a level reached at the end of a period.', '五年来,地区生产总值达到4.93万亿元', [
    '达',
    '到',
    '至',
    '突破',
    '超',
    '迈上',
    '跃升',
  ]),
  changes: phrase('Verbs that make an amount a change, not the level reached.', '地区生产总值增加近1000亿元', [
    '增加',
    '增长',
    '提高',
    '减少',
    '新增',
  ]),
  growthWords: phrase('Verbs of growth of a quantity.', '研发经费增长12%', ['增长']),
  growthOrFall: phrase('Verbs of a change over the period.', '五年年均增长6%; 下降15%', ['增长', '下降']),
  milestoneVerbs: phrase('Verbs of a round figure passed on the way to an exact one.', '突破2万亿元、达到23562亿元', [
    '突破',
    '超过',
    '超',
    '迈上',
  ]),
  milestoneWords: phrase('Words after a number that make it a step, not a figure.', '迈上3个台阶; 翻两倍', [
    '台阶',
    '倍',
  ]),
  rateCompare: phrase(
    'Comparisons that make 个百分点 a gap between growth rates.',
    '快于经济增速1个百分点; 高于全省2个百分点',
    ['高于', '快于', '低于', '慢于'],
  ),
  rateSpread: phrase('Verbs that change a growth rate, not an indicator.', '降幅收窄0.4个百分点', ['收窄', '扩大']),
  relativeAreas: phrase('Areas a figure is stated against.', '增长8%,高于全省1个百分点', [
    '全国',
    '全省',
    '全市',
    '全区',
    '全州',
  ]),
  relativeVerbs: phrase('Comparisons before an area.', '高于全国平均水平', ['高于', '快于', '低于', '超出', '超过']),

  // ---- which year a number is for -----------------------------------------------------------------
  multiYear: phrase('Growth over several years: no single year’s growth.', '年均增长6.5%; 五年翻一番', [
    '年均',
    '平均每年',
    '翻番',
    '翻一番',
    '五年',
    '十年',
    '累计',
  ]),
  cumulative: phrase('Totals over several years: no single year’s level.', '累计完成投资1.2万亿元', [
    '累计',
    '年均',
    '平均每年',
  ]),
  partYear: phrase('Parts of the year: their figures are not the year’s.', '前三季度,地区生产总值增长5.2%', [
    '前三季度',
    '上半年',
    '一季度',
    '前两个月',
    '1-11月',
    '1-10月',
    '1-9月',
    '1-6月',
    '1-3月',
    '三季度',
  ]),
  wholeYear: phrase('The whole year, after a part of it.', '前三季度增长5%,全年增长6%', ['全年']),
  adjusted: phrase(
    'An adjusted measure opening the sentence: its figures are not the indicator’s.',
    '扣除房地产开发投资后,固定资产投资增长2.7%',
    ['扣除'],
  ),
  // ---- targets without a number --------------------------------------------------------------------
  completion: phrase(
    'A clause opening with these states what is to be completed: its object is the target.',
    '全面完成上级下达的各项约束性指标; 其他约束性指标,确保完成上级下达的任务',
    ['全面完成', '确保完成', '均完成', '均达到', '完成', '达到'],
  ),
  rankGoal: phrase('A place among peers: what comes before it is the target.', '力争主要经济指标增速进入全市前列', [
    '进入全国',
    '进入全省',
    '进入全市',
    '位居全省',
    '位居全市',
    '保持全省',
    '保持全市',
    '跻身全省',
    '跻身全市',
  ]),
  estimate: phrase('A figure that is an estimate, not final (SCHEMA: estimated).', '预计全年地区生产总值增长6%', [
    '预计',
  ]),
} satisfies Record<string, PhraseClass>;

export type PhraseName = keyof typeof PHRASES;

/** The words of a phrase class. */
export const words = (name: PhraseName): string[] => PHRASES[name].words;
