// One HTML page through linkedom and core/shapes/page.ts, checked: no exception, spans are slices of the
// page text the extraction was run on, the live document is left as it was, a second run agrees.
import { parseHTML } from 'linkedom';
import { extractPage } from '../../core/shapes/page';
import { checkExtraction } from './check';

export interface PageResult {
  problems: string[];
  ms: number; // extraction only (parse excluded)
  parseMs: number;
  textLength: number;
  text: string;
}

const html = (doc: unknown) => String((doc as { toString(): string }).toString());

export function checkPage(
  source: string,
  url = 'http://www.example.gov.cn/art/2026/1/1/art_1.html',
  rerun = true,
): PageResult {
  const problems: string[] = [];
  const t0 = performance.now();
  const { document } = parseHTML(source);
  const parseMs = performance.now() - t0;
  const doc = document as unknown as Document;
  // linkedom creates a missing <head> on first read of document.head/title (a browser's parser
  // always has one): read them before the snapshot so that only extraction's own edits show.
  void doc.head;
  void doc.title;
  const before = html(doc);
  let text = '';
  let ms = 0;
  try {
    const t1 = performance.now();
    const page = extractPage(doc, url);
    ms = performance.now() - t1;
    text = page.text;
    if (typeof page.text !== 'string' || typeof page.title !== 'string') problems.push('page text/title not strings');
    problems.push(...checkExtraction(page.text, page.extraction));
    if (html(doc) !== before) problems.push('the live document was changed by extraction');
    if (rerun) {
      const again = extractPage(parseHTML(source).document as unknown as Document, url);
      if (JSON.stringify(again) !== JSON.stringify(page))
        problems.push('not deterministic: a fresh parse gave different output');
    }
  } catch (e) {
    problems.push(`threw: ${(e as Error)?.stack ?? String(e)}`);
  }
  return { problems, ms, parseMs, textLength: text.length, text };
}
