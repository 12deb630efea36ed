// A PDF holds positioned runs of text, not paragraphs: a line ends where the page ends, often inside a word
// (社会消|费品零售总额) or between a verb and its number (增长|3.5%). The lines are put back together by
// their geometry, by these rules in order:
//   page furniture - a line repeated at the top or bottom of most pages (a running head, a page number) goes;
//   paragraph end  - a line that stops short of the right margin ends its paragraph (a heading does too);
//   indent         - a line that starts right of the left margin starts a paragraph (Chinese indents 2 characters);
//   spacing        - a gap wider than the page's line spacing starts a paragraph;
//   otherwise the next line goes on the same sentence, and is joined without a break.

export interface PdfRun {
  text: string;
  x: number;
  y: number; // baseline, growing upwards (PDF space)
  width: number;
  size: number; // font height
}

export interface PdfLine {
  text: string;
  page: number;
  x: number;
  xEnd: number;
  y: number;
  size: number;
}

/** Runs of one page -> its lines, top to bottom, each read left to right. */
export function linesOfPage(runs: readonly PdfRun[], page: number): PdfLine[] {
  const sorted = runs.filter((r) => r.text.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfLine[] = [];
  let parts: PdfRun[] = [];
  const flush = () => {
    if (!parts.length) return;
    parts.sort((a, b) => a.x - b.x);
    lines.push({
      text: parts.map((p) => p.text).join(''),
      page,
      x: parts[0].x,
      xEnd: parts.reduce((m, p) => Math.max(m, p.x + p.width), -Infinity),
      y: parts[0].y,
      size: parts.reduce((m, p) => Math.max(m, p.size), 0),
    });
    parts = [];
  };
  for (const r of sorted) {
    // Runs of one line share a baseline (within a fraction of the type size: superscripts, mixed fonts).
    if (parts.length && Math.abs(parts[0].y - r.y) > Math.max(1, r.size * 0.4)) flush();
    parts.push(r);
  }
  flush();
  return lines;
}

// 3, - 3 -, — 3 —, 第3页, 第 3 页 共 9 页, 3/9
const PAGE_NUMBER = /^[-—–\s]*(?:第\s*)?\d{1,4}\s*(?:页)?(?:\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[-—–\s]*$/;

/** Running heads and footers: the first or last line of a page, the same (numbers aside) on most pages. */
function furniture(lines: PdfLine[], pages: number): Set<PdfLine> {
  const out = new Set<PdfLine>();
  const edges = new Map<string, PdfLine[]>();
  const byPage = new Map<number, PdfLine[]>();
  for (const l of lines) {
    if (PAGE_NUMBER.test(l.text)) out.add(l);
    const list = byPage.get(l.page);
    if (list) list.push(l);
    else byPage.set(l.page, [l]);
  }
  for (const list of byPage.values()) {
    for (const l of [list[0], list[list.length - 1]]) {
      const key = l.text.replace(/\d+/g, '#').replace(/\s+/g, '');
      edges.set(key, [...(edges.get(key) ?? []), l]);
    }
  }
  if (pages >= 3)
    for (const same of edges.values()) if (same.length >= Math.ceil(pages / 2)) same.forEach((l) => out.add(l));
  return out;
}

const quantile = (xs: number[], q: number) => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) * q)];
};
const median = (xs: number[]) => quantile(xs, 0.5);

/** The document's text: page furniture dropped, lines broken by the page joined back into their paragraphs. */
export function joinLines(all: readonly PdfLine[]): string {
  const pages = new Set(all.map((l) => l.page)).size;
  const drop = furniture([...all], pages);
  const lines = all.filter((l) => !drop.has(l));
  if (!lines.length) return '';
  const size = median(lines.map((l) => l.size));
  // The text block's edges: most lines start at the left margin; full lines end at the right one.
  const leftmost = lines.reduce((m, l) => Math.min(m, l.x), Infinity);
  const left = median(lines.map((l) => l.x).filter((x) => x <= leftmost + size));
  const right = lines.reduce((m, l) => Math.max(m, l.xEnd), -Infinity);
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++)
    if (lines[i].page === lines[i - 1].page) gaps.push(lines[i - 1].y - lines[i].y);
  // Most gaps are the line spacing, the wider ones between paragraphs: a low quantile is the spacing.
  const spacing = quantile(
    gaps.filter((g) => g > 0),
    0.25,
  );
  let text = lines[0].text;
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1];
    const b = lines[i];
    // A full line may stop some characters short: a comma may not start the next line and takes a character with
    // it, quotation marks are narrower. A paragraph that ends that close is still told by the indent or spacing.
    const full = a.xEnd >= right - 3.5 * size;
    const indented = b.x > left + 0.8 * size;
    const spaced = b.page === a.page && spacing > 0 && a.y - b.y > spacing * 1.15;
    // Two Latin words broken at a line end get their space back; Chinese and numbers join as they are.
    const space = /[A-Za-z]$/.test(a.text) && /^[A-Za-z]/.test(b.text) ? ' ' : '';
    text += full && !indented && !spaced ? space + b.text : `\n${b.text}`;
  }
  return text;
}
