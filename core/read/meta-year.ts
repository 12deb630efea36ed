// The year a report plans for, and the day it was delivered. A report is given at the people's
// congress early in the year it plans for, or in late December of the year before (天门: 2022年12月27日
// for the 2023 report), so a meeting in October or later points to the next year.

const CN_DIGIT: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 2026, 二〇二六 (digit by digit), 12, 十二, 二十七 -> numbers; NaN when unreadable. */
export function readNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 4 && [...s].every((c) => c in CN_DIGIT)) return Number([...s].map((c) => CN_DIGIT[c]).join(''));
  // 十, 十二, 二十, 二十七, 三十一
  const t = s.indexOf('十');
  if (t < 0) return s.length === 1 && s in CN_DIGIT ? CN_DIGIT[s] : NaN;
  const tens = t === 0 ? 1 : (CN_DIGIT[s.slice(0, t)] ?? NaN);
  const ones = t === s.length - 1 ? 0 : (CN_DIGIT[s.slice(t + 1)] ?? NaN);
  return tens * 10 + ones;
}

const Y = '((?:19|20)\\d{2}|[〇零一二三四五六七八九]{4})';
const MD = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
// 2022年12月27日在天门市…会议上 / 二〇二六年一月二十七日在甘肃省…
const MEETING = new RegExp(`${Y}年${MD}月${MD}日[,，]?在`);
// 2023年高安市政府工作报告, 天门市2023年政府工作报告, 2023年市政府工作报告重点工作任务…
const TITLE_YEAR = new RegExp(`${Y}年度?[^\\n。，,;；]{0,16}?政府工作报告`);
// 时间：2026-02-11 / 发布时间:2023-07-25 (a news site's or a portal's date line)
const PUBLISHED = /(?:时间|日期)[:：]?\s*((?:19|20)\d{2})[-年/.](\d{1,2})/;
// 2026年经济社会发展主要预期目标 / 2023年全市经济社会发展的主要预期目标
const TARGETS_YEAR = /((?:19|20)\d{2})年(?:全[省市县区州])?(?:经济社会发展|国民经济和社会发展)?的?主要预期目标/;
// 今年是“十五五”开局之年: five-year plans start in 2001, 2006, ... 2026 (十五五), so the ordinal dates it.
const PLAN_YEAR = /今年是[“"]?十([一二三四五六七八九])五[”"]?(?:规划)?的?(开局|起步|收官)之年/;
// A paragraph that opens with a year statement (2025年是“十四五”收官之年 / 2026年是“十五五”开局之年):
// the review's comes first, the plan year's later, so the latest one is the report year.
// 三、 2017年工作任务 / 二、2023年政府工作安排: the numbered heading of the year's plan.
const PLAN_HEADING_YEAR =
  /(?:^|\n)[ \t]*[一二三四五六七八九十]、[ \t]*((?:19|20)\d{2})年[^\n。]{0,8}?工作(?:任务|安排|部署|重点)/;
const YEAR_IS = /(?:^|\n)[ \t]*((?:19|20)\d{2})年是/g; // [ \t]*, not \s*: \s* would rescan runs of blank lines from every line break

export interface Dating {
  report_year: number | null;
  meeting_date: string | null;
}

function iso(y: number, m: number, d: number): string | null {
  if (!(y > 1949 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The year named in a short review heading: 一、2022年工作回顾, 回顾2022年工作, 一、“十四五”时期和2025年工作回顾. */
function reviewHeadingYear(norm: string): number | null {
  for (let at = norm.indexOf('回顾'); at >= 0; at = norm.indexOf('回顾', at + 2)) {
    const lineStart = norm.lastIndexOf('\n', at) + 1;
    let lineEnd = norm.indexOf('\n', at);
    if (lineEnd < 0) lineEnd = norm.length;
    if (lineEnd - lineStart > 50) continue; // a sentence, not a heading
    let year = 0;
    for (const m of norm.slice(lineStart, lineEnd).matchAll(/(?:19|20)\d{2}/g)) year = Math.max(year, Number(m[0]));
    if (year) return year;
  }
  return null;
}

/** Report year and meeting date from the header (title, meeting line) and, failing those, the body. */
export function findDating(norm: string, header: string): Dating {
  let meeting_date: string | null = null;
  let fromMeeting: number | null = null;
  const mm = MEETING.exec(header);
  if (mm) {
    const [y, m, d] = [readNumber(mm[1]), readNumber(mm[2]), readNumber(mm[3])];
    meeting_date = iso(y, m, d);
    if (meeting_date) fromMeeting = m >= 10 ? y + 1 : y;
  }
  // The report's own dating first: the meeting it was delivered at, then the year its review heading
  // names. A title (a site's listing, a spreadsheet's row) can be wrong: 米易县2024年政府工作报告 over
  // the 2022 report, delivered on 2022年1月24日, reviewing 2021.
  if (fromMeeting) return { report_year: fromMeeting, meeting_date };
  const t = TITLE_YEAR.exec(header);
  const fromTitle = t ? readNumber(t[1]) : NaN;
  const review = reviewHeadingYear(norm);
  if (review) return { report_year: review + 1, meeting_date };
  const planHeading = PLAN_HEADING_YEAR.exec(norm);
  if (planHeading) return { report_year: Number(planHeading[1]), meeting_date };
  if (fromTitle > 1949) return { report_year: fromTitle, meeting_date };
  const targets = TARGETS_YEAR.exec(norm);
  if (targets) return { report_year: Number(targets[1]), meeting_date };
  const plan = PLAN_YEAR.exec(norm);
  if (plan) {
    const start = 1981 + 5 * (readNumber(plan[1]) + 4); // the Nth plan (N = 10 + digit): 十一五 -> 2006, 十五五 -> 2026
    return { report_year: plan[2] === '收官' ? start + 4 : start, meeting_date };
  }
  let latest = 0;
  for (const m of norm.matchAll(YEAR_IS)) latest = Math.max(latest, Number(m[1]));
  if (latest) return { report_year: latest, meeting_date };
  const pub = PUBLISHED.exec(header);
  // Reports appear in the first months of their year; a later date says nothing certain.
  if (pub && Number(pub[2]) <= 6) return { report_year: Number(pub[1]), meeting_date };
  return { report_year: null, meeting_date };
}
