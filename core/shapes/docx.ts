// Text from a Word .docx: a zip (fflate) whose word/document.xml holds the paragraphs (<w:p>) and their runs
// of text (<w:t>). Read with a small scanner, not a DOM, so it runs in Node and in an extension page alike;
// one paragraph per line, table cells one per line as a flattened table reads.
import { unzipSync } from 'fflate';
import { ShapeError } from './errors';

const DOCUMENT = 'word/document.xml';
// <w:t>text</w:t>, <w:tab/>, <w:br/>, <w:cr/>, and the end of a paragraph </w:p>.
const TOKEN = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>|<\/w:p>/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function docxText(bytes: Uint8Array): string {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === DOCUMENT });
  } catch {
    throw new ShapeError('corrupt-docx', 'not a Word .docx file (not a zip archive)');
  }
  const xml = files[DOCUMENT];
  if (!xml) throw new ShapeError('corrupt-docx', `not a Word .docx file (no ${DOCUMENT})`);
  const parts: string[] = [];
  for (const m of new TextDecoder('utf-8').decode(xml).matchAll(TOKEN)) {
    if (m[1] !== undefined) parts.push(m[1]);
    else if (m[2] === 'tab') parts.push('\t');
    else parts.push('\n');
  }
  const text = parts
    .join('')
    .replace(/&(amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-f]{1,6});/gi, (all, e: string) => {
      if (e[0] !== '#') return ENTITIES[e.toLowerCase()];
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    })
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
  if (!text) throw new ShapeError('no-text', 'the document holds no text');
  return text;
}
