// The content script's first look at every gov.cn page: is this a work report (or a progress notice
// on one) worth a badge? It reads only the title, a few headings and the first 3,000 characters, and
// imports nothing heavier than the title patterns: no opencc, no division tables.
import { linesKind, titleKind, type TitleKind } from './detect-title';
import type { Detection, PageSignals } from '../types';

const TEXT_CHARS = 3000;

// The traditional forms of the characters the patterns use (報告, 進展情況, 決議, 統計, 解讀, 縣, 區 ...),
// folded to simplified; everything else passes through. Full tables live in normalize.ts, too big here.
const T = '劃務區問單國圖執報學實數會決況熱範統縣習計託詞議讀責辦顧這進錄鍵關預點標';
const S = '划务区问单国图执报学实数会决况热范统县习计托词议读责办顾这进录键关预点标';
const TRAD = new RegExp(`[${T}]`, 'g');

function fold(s: string): string {
  return s.replace(TRAD, (c) => S[T.indexOf(c)]);
}

// Words of the report itself: the address to the deputies, the review, the year's targets.
const BODY = /各位代表|向大会(?:作|报告)|工作回顾|预期目标/g;
// The first line of a report whose title and address were cut off: its numbered review heading.
const OPENS_WITH_REVIEW =
  /^\s*一、\s*(?:过去(?:五|一)年|(?:19|20)\d{2}年|“十[一二三四五]五”(?:时期)?)[^\n]{0,12}?工作回顾\s*(?:\n|$)/;
// The column heads of a notice's task table.
const TASK_TABLE = /序号|牵头单位|责任单位|责任领导|责任部门/;

function result(kind: Detection['kind'], confidence: number, reason: string): Detection {
  return { kind, confidence, reasons: [reason] };
}

export function detectCheap(signals: PageSignals): Detection {
  const text = fold(signals.text.slice(0, TEXT_CHARS));
  const body = new Set(text.match(BODY) ?? []).size;
  let verdict: TitleKind = titleKind(fold(signals.title));
  let source = 'title';
  for (const h of signals.headings.slice(0, 8)) {
    if (verdict) break;
    verdict = titleKind(fold(h));
    source = 'heading';
  }
  if (!verdict) {
    verdict = linesKind(text, TEXT_CHARS, 20).kind;
    source = 'line';
  }
  if (verdict === 'near') return result('other', 0.8, `${source}:about-a-report`);
  // A line is weaker than a title: it may be a sidebar box's caption (政府工作报告, 督查通报) on a news
  // page that quotes the report (向大会作…, 预期目标). So a line counts with what only the document
  // itself has: the address to the deputies, or a notice's task table.
  if (verdict === 'progress' && (source !== 'line' || TASK_TABLE.test(text))) {
    return result('progress', source === 'line' ? 0.7 : 0.85, `${source}:进展情况`);
  }
  if (verdict === 'gwr' && (source !== 'line' || text.includes('各位代表'))) {
    return result('gwr', Math.min(0.95, (source === 'line' ? 0.6 : 0.75) + 0.1 * body), `${source}:政府工作报告`);
  }
  // No title to go by: the opening of the report itself.
  // 受市人民政府委托 opens the planning and budget reports given at the same congress.
  if (body >= 2 && text.includes('各位代表') && !/受[^。\n]{0,12}委托/.test(text))
    return result('gwr', 0.55, 'text:各位代表');
  // A text that starts at the report's review heading (一、过去五年工作回顾, 一、2022年工作回顾).
  if (OPENS_WITH_REVIEW.test(fold(signals.title)) || OPENS_WITH_REVIEW.test(text))
    return result('gwr', 0.5, 'line:工作回顾');
  return result('other', 0.6, 'no-signal');
}
