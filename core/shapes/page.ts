// Document -> text -> extractReport. Runs in the page (the injected extractor), in Node (linkedom, the CLI)
// and in tests. The live document is only read: Readability edits the tree it is given, so it gets a clone.
import { Readability } from '@mozilla/readability';
import { extractReport } from '../extract';
import { parseProgressCells } from '../read/progress';
import { MAX_HTML_DEPTH, MAX_HTML_ELEMENTS } from './html-scan';
import { pagerOf, type Link, type Pager } from './parts';
import type { Extraction, ProgressRow } from '../types';

export interface PageRead {
  text: string; // article text, one paragraph (or table cell) per line
  title: string;
  site: string; // the site's own name from its meta tags, or ''
  tableRows: ProgressRow[];
  /** A pager of the article's own pages (共3页 上一页 1 2 3 下一页, or the script that writes one), or null. */
  pager: Pager | null;
}

// Government sites name themselves in meta tags (the national guideline's SiteName; og:site_name elsewhere).
const SITE_META = new Set(['sitename', 'og:site_name']);

/** The publishing site's name: <meta name="SiteName" content="商洛市人民政府"> or og:site_name. */
export function siteName(doc: Document): string {
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('name') ?? meta.getAttribute('property') ?? '').toLowerCase();
    const content = (meta.getAttribute('content') ?? '').trim();
    if (SITE_META.has(key) && content) return content.slice(0, 100);
  }
  return '';
}

/** Below this many characters Readability has probably picked a fragment, not the article. */
const MIN_ARTICLE_CHARS = 200;
/** Stands in for a data table while Readability runs; unlikely to occur in a real page. */
const tableToken = (i: number) => `gwrlens-table-${i}-placeholder`;

export function readDocument(doc: Document): PageRead {
  const clone = doc.cloneNode(true) as Document;
  const title = (doc.title ?? '').trim();
  const site = siteName(doc);
  const heading = blockText(clone.querySelector('h1') ?? clone.createElement('h1')).replace(/\n/g, '');
  const fallback = blockText(clone.body ?? clone.documentElement);
  const tables = dataTables(clone);
  const tableRows = tables.flatMap((t) => parseProgressCells(t.cells));
  // A big task table outscores the prose around it, and Readability then returns the table alone and
  // loses the notice's title and introduction. So tables step aside while it runs and come back as text.
  tables.forEach((t, i) => {
    const p = clone.createElement('p');
    p.textContent = tableToken(i);
    t.element.replaceWith(p);
  });
  const pager = pagerOf(`${fallback}\n${pagerScripts(doc)}`);
  let text = fallback;
  // Readability's scoring grows much faster than the tree on deeply nested markup (5,000 nested
  // divs take minutes); no real report page nests that deep, so such a page is read as plain blocks.
  if (tooDeep(clone.body ?? clone.documentElement))
    return { text: withHeading(heading, text), title, site, tableRows, pager };
  try {
    const content = new Readability<Node>(clone, { serializer: (node) => node }).parse()?.content;
    if (content) {
      const tokens = new Map(tables.map((t, i) => [tableToken(i), t.text]));
      const articleText = blockText(content)
        .split('\n')
        .map((line) => tokens.get(line) ?? line)
        .join('\n');
      if (articleText.length >= MIN_ARTICLE_CHARS) text = articleText;
    }
  } catch {
    // Readability gives up on odd documents; the whole body is still better than nothing.
  }
  return { text: withHeading(heading, text), title, site, tableRows, pager };
}

/** A page's links are read up to this many (a government site's chrome has a few hundred). */
const MAX_LINKS = 2000;

/**
 * The page's links, for finding the article's other pages (core/shapes/parts.ts nextPages). Not part of what
 * readDocument returns: that holds the page's text only, never its attributes.
 */
export function pageLinks(doc: Document): Link[] {
  const out: Link[] = [];
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    if (out.length >= MAX_LINKS) break;
    out.push({ href: a.getAttribute('href') ?? '', text: (a.textContent ?? '').trim().slice(0, 40) });
  }
  return out;
}

/** The scripts that write a pager (TRS's createPageHTML(3, 0, …)): their calls say how many pages there are. */
function pagerScripts(doc: Document): string {
  const out: string[] = [];
  for (const s of Array.from(doc.querySelectorAll('script'))) {
    const code = s.textContent ?? '';
    if (code.includes('createPageHTML')) out.push(code.slice(0, 2000));
  }
  return out.join('\n');
}

// Readability drops a heading that repeats the page title; the report's own title line belongs to its text.
function withHeading(heading: string, text: string): string {
  return heading && !text.split('\n', 8).includes(heading) ? `${heading}\n${text}` : text;
}

/** Whether the tree nests deeper than any real page, or is huge; an iterative walk, so no stack overflow. */
function tooDeep(root: Element | null): boolean {
  if (!root) return false;
  const stack: Array<[Element, number]> = [[root, 0]];
  let seen = 0;
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > MAX_HTML_DEPTH || ++seen > MAX_HTML_ELEMENTS) return true;
    for (const child of Array.from(el.children)) stack.push([child, depth + 1]);
  }
  return false;
}

/** One page read and extracted, with the text the offsets of the extraction refer to. */
export function extractPage(doc: Document, url: string): PageRead & { extraction: Extraction } {
  const page = readDocument(doc);
  const extraction = extractReport(
    { text: page.text, url, title: page.title || null, site: page.site || null },
    { tableRows: page.tableRows },
  );
  return { ...page, extraction };
}

/** @internal The extraction alone (tests compare it with the page's own path). */
export function extractFromDocument(doc: Document, url: string): Extraction {
  return extractPage(doc, url).extraction;
}

// ---- text with paragraph breaks -------------------------------------------------------------

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG']);
// Elements that start a new line when rendered. Table cells do too, so that a flattened table reads
// one cell per line, as the text corpus does.
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Text of a subtree, one block per line, whitespace collapsed as a browser renders it. Iterative: deep pages do not overflow the stack. */
export function blockText(root: Node): string {
  const parts: string[] = [];
  const stack: Array<Node | null> = [root]; // null marks the end of a block element
  while (stack.length) {
    const node = stack.pop();
    if (node === null) {
      parts.push('\n');
      continue;
    }
    if (!node) continue;
    if (node.nodeType === 3) {
      parts.push((node.nodeValue ?? '').replace(/[ \t\n\r\f]+/g, ' '));
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = (node as Element).tagName ?? '';
    if (SKIP.has(tag)) continue;
    const block = BLOCK.has(tag.toUpperCase());
    if (block) {
      parts.push('\n');
      stack.push(null);
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

// ---- real tables --------------------------------------------------------------------------

interface DataTable {
  element: Element;
  cells: string[][];
  text: string;
}

/** Innermost tables that hold data (3+ rows of 2+ cells), as a matrix of cell texts. Layout tables are left alone. */
export function dataTables(doc: Document): DataTable[] {
  const out: DataTable[] = [];
  for (const element of Array.from(doc.querySelectorAll('table'))) {
    if (element.querySelector('table')) continue; // a layout table around other tables
    const cells = tableCells(element);
    if (cells.filter((row) => row.filter(Boolean).length >= 2).length < 3) continue;
    out.push({ element, cells, text: blockText(element) });
  }
  return out;
}

// Merged cells are copied into every slot they cover; a hostile table (every cell spanning every row)
// would make that quadratic, so the copies a table may make are bounded.
const MAX_GRID_SLOTS = 200_000;

function tableCells(table: Element): string[][] {
  const grid: string[][] = [];
  const rows = Array.from(table.querySelectorAll('tr'));
  let budget = MAX_GRID_SLOTS;
  rows.forEach((tr, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of Array.from(tr.children)) {
      const tag = cell.tagName.toUpperCase();
      if (tag !== 'TD' && tag !== 'TH') continue;
      while (grid[r][c] !== undefined) c++; // skip slots filled by a rowspan from above
      const text = blockText(cell);
      let rowspan = span(cell.getAttribute('rowspan'), rows.length - r);
      const colspan = span(cell.getAttribute('colspan'), 50);
      budget -= rowspan * colspan;
      if (budget < 0) rowspan = 1;
      for (let dr = 0; dr < rowspan; dr++) {
        const row = (grid[r + dr] ??= []);
        for (let dc = 0; dc < colspan; dc++) row[c + dc] = text;
      }
      c += colspan;
    }
  });
  // Holes (short rows) become empty cells so that every row is a plain array.
  return grid.map((row) => Array.from(row, (cell) => cell ?? ''));
}

function span(attr: string | null, max: number): number {
  const n = Number.parseInt(attr ?? '1', 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, max) : 1;
}
