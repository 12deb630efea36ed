// Reading a file from disk into the text of its document (core/shapes/file.ts does the reading; this adds the
// disk, linkedom as the HTML parser, and the PDF and Word readers). An HTML page's address is its file:// URL;
// a text file has no URL or title worth reading: its name is ours, not the publisher's.
import { readFile, stat } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { docxText } from '../core/shapes/docx';
import { readFileText, type FileText } from '../core/shapes/file';
import { pdfText, type PdfJs } from '../core/shapes/pdf';

export interface Source extends FileText {
  file: string;
  url: string | null;
}

/** Thrown for a path that is there but is no file (a directory, a device). */
export class NotAFileError extends Error {
  readonly code = 'ENOTFILE';
}

export async function readSource(file: string): Promise<Source> {
  const info = await stat(file);
  if (!info.isFile()) throw new NotAFileError(info.isDirectory() ? 'a directory, not a file' : 'not a regular file');
  const bytes = new Uint8Array(await readFile(file));
  const doc = await readFileText(file, bytes, {
    parseHtml: (html) => parseHTML(html).document as unknown as Document,
    // pdf.js's legacy build is the one for Node; loaded only when a PDF comes.
    pdfText: async (pdf) => pdfText(pdf, (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs),
    docxText,
  });
  return { ...doc, file, url: doc.format === 'html' ? `file://${file}` : null };
}
