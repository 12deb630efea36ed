// Report pages written as government sites serve them, for the shape tests: a TRS article split over pages
// (t…_123.html, t…_123_1.html, …) whose pager a script writes, and a newspaper's halves with continuation marks.
import { corpusText } from './corpus';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The report's lines cut into `n` pages of about equal length, at line breaks. */
function cutLines(text: string, n: number): string[][] {
  const lines = text.split('\n');
  const pages: string[][] = Array.from({ length: n }, () => []);
  let seen = 0;
  for (const line of lines) {
    pages[Math.min(n - 1, Math.floor((seen * n) / text.length))].push(line);
    seen += line.length + 1;
  }
  return pages;
}

export const TRS_BASE = 'http://www.example.gov.cn/zwgk/202301/t20230105_123';
export const trsName = (i: number) => `t20230105_123${i ? `_${i}` : ''}.html`;

/** The pages of a TRS article: page i (from 0) with a title, the report's i-th third, and the pager's script. */
export function trsPages(name: string, n = 3): string[] {
  const text = corpusText(name);
  const title = text.slice(0, text.indexOf('\n'));
  return cutLines(text, n).map(
    (lines, i) =>
      `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escape(title)}_市人民政府</title>` +
      `<meta name="SiteName" content="某市人民政府"></head><body><div class="nav"><a href="/">首页</a></div>` +
      `<div class="article"><h1>${escape(title)}</h1><div class="TRS_Editor">` +
      lines.map((l) => `<p>${escape(l)}</p>`).join('\n') +
      `</div><div id="pager"></div><script>createPageHTML(${n}, ${i}, "t20230105_123", "html");</script>` +
      `</div></body></html>\n`,
  );
}

/** A report cut where its review ends, as a newspaper prints it over two 版. */
export function halves(name: string, plan = /\n[^\n]{0,4}2023年工作安排\n/): [string, string] {
  const text = corpusText(name);
  const cut = text.search(plan) + 1;
  return [`${text.slice(0, cut)}(下转第二版)\n`, `政府工作报告\n(上接第一版)\n${text.slice(cut)}`];
}
