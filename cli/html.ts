// HTML pages in Node: linkedom gives core a Document; core/shapes/page.ts does the rest as in the browser.
import { parseHTML } from 'linkedom';
import { extractFromDocument } from '../core/shapes/page';

export function extractFromHtml(html: string, url: string) {
  const { document } = parseHTML(html);
  return extractFromDocument(document as unknown as Document, url);
}
