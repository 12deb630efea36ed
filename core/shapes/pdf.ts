// Text from a PDF with pdf.js (pdfjs-dist). The caller passes the pdf.js module: the CLI the legacy build (for
// Node), an extension page the browser build with its worker file, so core names neither. Lines broken by the
// page are joined back into paragraphs (core/shapes/pdf-lines.ts) before any reading.
import { ShapeError } from './errors';
import { joinLines, linesOfPage, type PdfLine } from './pdf-lines';

interface TextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: TextItem[] }>; cleanup(): unknown }>;
  destroy(): Promise<void>;
}

/** The part of pdf.js this module uses. */
export interface PdfJs {
  getDocument(src: { data: Uint8Array; isEvalSupported?: boolean; disableFontFace?: boolean; verbosity?: number }): {
    promise: Promise<PdfDocument>;
  };
}

/** Fewer characters than this a page, on average, and the PDF is scanned images (no text layer). */
const MIN_CHARS_PER_PAGE = 20;

export async function pdfText(bytes: Uint8Array, pdfjs: PdfJs): Promise<string> {
  let doc: PdfDocument;
  try {
    // pdf.js takes over the buffer it is given: it gets a copy, so the caller's bytes stay usable.
    doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, verbosity: 0 })
      .promise;
  } catch (e) {
    const name = (e as { name?: string } | null)?.name;
    if (name === 'PasswordException') throw new ShapeError('encrypted-pdf', 'the PDF needs a password');
    throw new ShapeError('corrupt-pdf', `not a PDF that can be opened (${(e as Error).message?.split('\n')[0] ?? e})`);
  }
  try {
    const lines: PdfLine[] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { items } = await page.getTextContent();
      const runs = items.flatMap((it) =>
        it.str && it.transform
          ? [{ text: it.str, x: it.transform[4], y: it.transform[5], width: it.width ?? 0, size: it.height ?? 0 }]
          : [],
      );
      for (const r of runs) chars += r.text.trim().length;
      lines.push(...linesOfPage(runs, n));
      page.cleanup();
    }
    if (chars < MIN_CHARS_PER_PAGE * doc.numPages)
      throw new ShapeError(
        'no-text',
        `no text layer (${chars} characters on ${doc.numPages} pages): scanned pages need OCR first`,
      );
    return joinLines(lines);
  } finally {
    await doc.destroy();
  }
}
