// Cheap page signals for the content script: title, address, a few headings, and the first few thousand
// characters of body text, read from text nodes only. No innerText or geometry (those force layout), and no
// full textContent of a long page (that builds the whole string just to cut it).
import type { PageSignals } from '../../core/types';

export const MAX_HEADINGS = 8;
export const MAX_TEXT = 3000;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export function readSignals(doc: Document, url: string): PageSignals {
  const headings = Array.from(doc.querySelectorAll('h1, h2, h3'), (h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .slice(0, MAX_HEADINGS);
  return { url, title: doc.title ?? '', headings, text: boundedText(doc.body, MAX_TEXT) };
}

export function boundedText(root: Node | null, max: number): string {
  if (!root) return '';
  const parts: string[] = [];
  let length = 0;
  const stack: Node[] = [root];
  while (stack.length && length < max) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const t = (node.nodeValue ?? '').replace(/\s+/g, ' ');
      if (t.trim()) {
        parts.push(t);
        length += t.length;
      }
      continue;
    }
    if (node.nodeType !== 1 || SKIP.has((node as Element).tagName.toUpperCase())) continue;
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return parts.join('').slice(0, max);
}
