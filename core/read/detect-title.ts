// What a title line (or a heading, or one of the first lines of a page) says the page is.
// Shared by detect-cheap.ts (every gov.cn page) and detect.ts, so it stays small: no tables.
// Input is in simplified characters: detect.ts passes normalised text, detect-cheap.ts folds the
// few traditional characters these patterns need.

export type TitleKind = 'gwr' | 'progress' | 'near' | null;

// Pages ABOUT a report, or other documents of the same congress: news, explainers, resolutions,
// statistical bulletins, planning and budget reports, party-congress reports, template essays.
const ABOUT =
  /解读|图解|一图|热词|关键词|看点|亮点|要点|金句|划重点|这些数字|热议|学习|心得|范文|模板|决议|统计公报|计划执行|预算执行|代表大会上的报告|起草|问答/;
// A notice on how a report's tasks are going: 重点工作任务上半年进展情况通报, 督查通报, 落实情况.
const PROGRESS =
  /(?:政府工作报告|重点工作|重点任务|工作任务|民生实事)[^\n]{0,30}?(?:进展|推进情况|落实情况|完成情况|执行情况|督查|督办|进度)|督查(?:情况)?通报/;
// Handing out a report's tasks (分工方案, 任务分解) is not yet progress on them.
const ASSIGNMENT = /分工|分解|责任清单|任务清单/;
// 【湖北】, [转载], (全文), （2026年1月27日在…会议上）: asides around a title.
const ASIDES = /[[【(（〔][^\]】)）〕\n]{0,40}[\]】)）〕]|[《》“”"'\s]/g;
const YEARS = /(?:19|20)\d{2}年度?|[〇零一二三四五六七八九]{4}年/g;
// Before 政府工作报告: nothing, or the issuer (X市, 国务院, X市人民).
const ISSUER = /^(?:[\u4e00-\u9fff·]{0,16}(?:省|市|县|区|州|盟|旗|国务院|人民))?$/;
// After it: nothing, (全文)/摘要, or a separator before the site name or the meeting line.
const TAIL = /^(?:全文|摘要|摘登|全文发布|文字实录)?(?:$|[-_|｜丨—:：])/;
// A verb before the name (一文读懂, 速览, 图说, 数说, 聚焦, 透视): a headline about the report, whose
// issuer-like prefix is not an issuer. Says nothing, so the page's headings and text still decide.
const HEADLINE = /读|说|览|聚焦|透视|解码|盘点/;

export function titleKind(line: string): TitleKind {
  if (ABOUT.test(line)) return 'near';
  if (PROGRESS.test(line)) return ASSIGNMENT.test(line) && !/进展|落实情况|完成情况/.test(line) ? 'near' : 'progress';
  if (ASSIGNMENT.test(line)) return 'near';
  const s = line.replace(ASIDES, '');
  const i = s.indexOf('政府工作报告');
  if (i < 0) return null;
  const issuer = s.slice(0, i).replace(YEARS, '');
  return ISSUER.test(issuer) && !HEADLINE.test(issuer) && TAIL.test(s.slice(i + 6)) ? 'gwr' : null;
}

export interface LinesVerdict {
  kind: TitleKind;
  line: string | null; // the line that decided
}

/**
 * The verdict of a page's first short lines (watermarks, forum chrome and navigation come first).
 * A title-like line for a report or a notice outranks a 'near' one: sidebars link to explainers.
 */
export function linesKind(text: string, maxChars: number, maxLines = 40): LinesVerdict {
  let near: string | null = null;
  let gwr: string | null = null;
  let seen = 0;
  for (let at = 0; at < maxChars && at < text.length && seen < maxLines;) {
    let end = text.indexOf('\n', at);
    if (end < 0 || end > maxChars) end = Math.min(text.length, maxChars);
    const line = text.slice(at, end).trim();
    at = end + 1;
    if (!line) continue;
    seen++;
    if (line.length > 80) continue; // a paragraph, not a title
    const k = titleKind(line);
    if (k === 'progress') return { kind: k, line };
    if (k === 'gwr') gwr ??= line;
    else if (k === 'near') near ??= line;
  }
  if (gwr) return { kind: 'gwr', line: gwr };
  return near ? { kind: 'near', line: near } : { kind: null, line: null };
}
