// The full page-kind detector, on normalised text. A work report is recognised by its title and by
// what only the report itself contains: the address to the deputies (各位代表), 向大会报告工作, the
// meeting line, the review and the year's expected targets. Near misses (news about a report,
// statistical bulletins, planning and budget reports, party-congress reports, resolutions, template
// essays) share words with it and must come out 'other'.
import { linesKind, titleKind, type TitleKind } from './detect-title';
import type { Detection } from '../types';

const HEAD = 6000;

// Documents given at the same congress by someone "entrusted" by the government (计划, 预算 reports).
const ENTRUSTED = /受[^。\n]{0,16}?委托/;
const TO_CONGRESS = /向大会(?:作|报告)|请予审议/;
const MEETING = /在[^。\n]{0,30}?人民代表大会[^。\n]{0,12}?会议上/;
const PARTY = /中国共产党[^。\n]{0,24}?代表大会上的报告/;
const RESOLUTION = /关于[^。\n]{0,24}?政府工作报告的决议|批准[^。\n]{0,16}?政府工作报告/;
const BULLETIN = /统计公报/;
// 范文 sites fill places and names with XX, ××, 某某.
const PLACEHOLDER = /XX|××|xx|某某|ХХ/g;
const TABLE_PROGRESS = /进展情况|推进情况|完成情况|落实情况/;
// Other organs report to the same congress, to the same deputies: the court, the procuratorate, the
// standing committee (without a title their reports open like the government's).
const OTHER_ORGAN = /我代表[^。\n]{0,20}?(?:人民法院|人民检察院|常务委员会|常委会)/;
// The report's own structure: a numbered review heading and a numbered heading of the year's plan.
const REVIEW_HEADING = /(?:^|\n)[ \t]*[一二三四五六七八九十]、[^\n]{0,30}?回顾/;
const PLAN_HEADING =
  /(?:^|\n)[ \t]*[一二三四五六七八九十]、[^\n]{0,30}?(?:工作安排|工作任务|主要任务|重点工作|奋斗目标|总体要求)/;

function detection(kind: Detection['kind'], score: number, reasons: string[]): Detection {
  return { kind, confidence: Math.round(Math.min(0.99, Math.max(0.5, score)) * 100) / 100, reasons };
}

function verdictOf(norm: string, title: string): { kind: TitleKind; reason: string } {
  const t = titleKind(title);
  if (t) return { kind: t, reason: `title:${t}` };
  const lines = linesKind(norm, 2500);
  return { kind: lines.kind, reason: `line:${lines.kind}` };
}

export function detect(norm: string, page: { url: string; title: string }): Detection {
  const head = norm.slice(0, HEAD);
  const opening = norm.slice(0, 2500);
  const verdict = verdictOf(norm, page.title);
  if (verdict.kind === 'near') return detection('other', 0.9, [verdict.reason]);

  if (verdict.kind === 'progress') return detection('progress', 0.9, [verdict.reason]);
  const table = norm.slice(0, 20000);
  if (
    table.includes('序号') &&
    /牵头单位|责任单位/.test(table) &&
    TABLE_PROGRESS.test(table) &&
    table.includes('政府工作报告')
  ) {
    return detection('progress', 0.75, ['table:牵头单位+进展']);
  }

  const toCongress = TO_CONGRESS.test(head);
  const negatives: string[] = [];
  if (ENTRUSTED.test(head) && !/我代表[^。\n]{0,12}人民政府/.test(head)) negatives.push('text:受委托');
  // 同志们 looked for first: the line-start pattern tries every line, the search is one native scan.
  if (PARTY.test(opening) || (opening.includes('同志们') && /^\s*同志们/m.test(opening) && !head.includes('各位代表')))
    negatives.push('text:党代会');
  if (RESOLUTION.test(opening)) negatives.push('text:决议');
  if (OTHER_ORGAN.test(head)) negatives.push('text:其他机关');
  if (BULLETIN.test(opening)) negatives.push('text:统计公报');
  if ((head.match(PLACEHOLDER)?.length ?? 0) >= 3) negatives.push('text:placeholders');
  if (negatives.length) return detection('other', 0.85, negatives);

  const evidence: string[] = [];
  if (head.includes('各位代表')) evidence.push('各位代表');
  if (toCongress) evidence.push('向大会报告');
  if (MEETING.test(opening)) evidence.push('会议上');
  if (norm.includes('回顾')) evidence.push('回顾');
  if (norm.includes('预期目标') || norm.includes('主要目标')) evidence.push('预期目标');
  // A text that starts at the address, the meeting line or the review heading has no title: its
  // headings are what is left of the report's structure.
  const body = `${page.title}\n${norm.slice(0, 40000)}`;
  if (REVIEW_HEADING.test(body)) evidence.push('heading:回顾');
  if (PLAN_HEADING.test(body)) evidence.push('heading:工作安排');
  const score = evidence.reduce((n, e) => n + (e === '各位代表' || e === '向大会报告' ? 2 : 1), 0);
  const reasons = evidence.map((e) => `text:${e}`);

  if (verdict.kind === 'gwr' && (score > 0 || norm.length > 3000)) {
    return detection('gwr', 0.7 + score * 0.04, [verdict.reason, ...reasons]);
  }
  // No title: the report's own opening must be there, not just words about it.
  if (evidence.includes('各位代表') && score >= 5) return detection('gwr', 0.5 + score * 0.05, reasons);
  return detection('other', evidence.length ? 0.6 : 0.8, reasons.length ? reasons : ['no-signal']);
}
