// The stretch of the year a progress notice covers, from its title or opening: 上半年 -> H1,
// 第一季度 -> Q1, 前三季度 -> Q3, 全年 -> Y. Quarters are cumulative in these notices (前三季度 = Q3).

const PERIODS: [RegExp, string][] = [
  [/上半年|半年度|1-6月/, 'H1'],
  [/前三季度|第?三季度|1-9月/, 'Q3'],
  [/第?二季度/, 'Q2'],
  [/第?一季度|1-3月/, 'Q1'],
  [/全年|第?四季度|1-12月/, 'Y'],
];

export function findPeriod(header: string): string | null {
  let best: { at: number; p: string } | null = null;
  for (const [re, p] of PERIODS) {
    const m = re.exec(header);
    if (m && (!best || m.index < best.at)) best = { at: m.index, p };
  }
  return best?.p ?? null;
}
