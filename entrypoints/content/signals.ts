// Cheap page signals for the content script: title, address, a few headings, and the first few thousand
// characters of body text, read from text nodes only. No innerText or geometry (those force layout), and no
// full textContent of a long page (that builds the whole string just to cut it).
import type { PageSignals } from '../../core/types';

export const MAX_HEADINGS = 8;
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
  const headings = Array.from(doc.querySelectorAll('h1, h2, h3'), (h) =>
    (h.textContent ?? '').replace(/\s+/g, ' ').trim(),
  )
    .filter(Boolean)
    .slice(0, MAX_HEADINGS);
  return { url, title: doc.title ?? '', headings, text: boundedText(doc.body, MAX_TEXT, true) };
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
      const t = (node.nodeValue ?? '').replace(/\s+/g, ' ');
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
