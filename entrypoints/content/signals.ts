// Cheap page signals for the content script: title, address, a few headings, and the first few thousand
// characters of body text, read from text nodes only. No innerText or geometry (those force layout), and no
// full textContent of a long page (that builds the whole string just to cut it).
import type { PageSignals } from '../../core/types';

export const MAX_HEADINGS = 8;
/** Characters read of one heading: a title is a line, and a heading wrapping a whole page is no title. */
export const MAX_HEADING_CHARS = 200;
/** Headings looked at to find MAX_HEADINGS with text (a page of empty anchors must not be read to its end). */
const MAX_HEADINGS_TRIED = 64;
export const MAX_TEXT = 3000;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
// Elements that end a line of text as a reader sees it.
const BLOCK = new Set([
  'P',
  'DIV',
  'BR',
  'TR',
  'TD',
  'TH',
  'LI',
  'DT',
  'DD',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TABLE',
  'UL',
  'OL',
  'DL',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'NAV',
  'MAIN',
  'ASIDE',
  'BLOCKQUOTE',
  'PRE',
  'CENTER',
  'FORM',
  'HR',
]);

/**
 * The page text for detect-cheap, in lines: many sites put the article title in a plain <div> under a
 * <title> that only names the site, and detect-cheap then finds it among the first short lines. Link
 * text is left out: navigation, sidebars and related links are links, a page's own title and body are not.
 */
export function readSignals(doc: Document, url: string): PageSignals {
  return { url, title: doc.title ?? '', headings: readHeadings(doc), text: boundedText(doc.body, MAX_TEXT, true) };
}

/** The first MAX_HEADINGS h1-h3 with text, each read up to MAX_HEADING_CHARS: no more is read than is kept. */
function readHeadings(doc: Document): string[] {
  const found = doc.querySelectorAll('h1, h2, h3');
  const out: string[] = [];
  for (let i = 0; i < found.length && i < MAX_HEADINGS_TRIED && out.length < MAX_HEADINGS; i++) {
    const h = boundedText(found[i], MAX_HEADING_CHARS).trim();
    if (h) out.push(h);
  }
  return out;
}

/** Up to `max` characters of text under `root`; with `lines`, a newline after each block and no link text. */
export function boundedText(root: Node | null, max: number, lines = false): string {
  if (!root) return '';
  const parts: string[] = [];
  let length = 0;
  const stack: (Node | null)[] = [root]; // null: the end of a block
  const newline = () => {
    if (parts.length && parts[parts.length - 1] !== '\n') {
      parts.push('\n');
      length++;
    }
  };
  while (stack.length && length < max) {
    const node = stack.pop() as Node | null;
    if (node === null) {
      newline();
      continue;
    }
    if (node.nodeType === 3) {
      // A window of the node, not the node: one text node may hold megabytes. Room for the whitespace that
      // collapses (indentation), not for a node that is megabytes of it.
      const t = (node.nodeValue ?? '').slice(0, (max - length) * 4 + 256).replace(/\s+/g, ' ');
      if (t.trim()) {
        parts.push(t);
        length += t.length;
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag) || (lines && tag === 'A')) continue;
    if (lines && BLOCK.has(tag)) {
      newline();
      stack.push(null);
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return parts.join('').slice(0, max);
}
