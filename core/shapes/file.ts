// A file's bytes -> the text of the document it holds: text files in any of the encodings Chinese collections
// use, HTML pages (through Readability, as the extension reads a page), PDF and Word. The same function serves
// the CLI (bytes from disk, linkedom for HTML) and an extension page (bytes from a File, DOMParser): the caller
// passes the HTML parser, so core names no DOM implementation.
import { decodeBytes, type DecodedVia, type Encoding } from './decode';
import { ShapeError } from './errors';
import { htmlToText, tooDeepHtml } from './html-scan';
import { pageLinks, readDocument } from './page';
import type { Link, Pager } from './parts';
import type { ProgressRow } from '../types';

export type FileFormat = 'text' | 'html' | 'pdf' | 'docx';

export interface FileText {
  format: FileFormat;
  text: string;
  title: string | null;
  site: string | null;
  tableRows: ProgressRow[];
  /** HTML only: the pager of the article's pages and the page's links (core/shapes/parts.ts). */
  pager: Pager | null;
  links: Link[];
  /** For text and HTML: the encoding the bytes were read in, and how it was chosen. */
  encoding: { name: Encoding; via: DecodedVia } | null;
}

export interface FileReaders {
  parseHtml: (html: string) => Document;
  /** PDF and Word readers, loaded only when such a file comes (pdf.js is large). */
  pdfText?: (bytes: Uint8Array) => Promise<string>;
  docxText?: (bytes: Uint8Array) => string;
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // Word 97-2003, Excel 97-2003

/** The format by the file's own bytes first (a .doc renamed .docx is still a .doc), then by its name. */
export function formatOf(name: string, bytes: Uint8Array): FileFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (startsWith(bytes, OLE2) || ext === 'doc')
    throw new ShapeError('legacy-doc', 'a Word 97-2003 .doc file: save it as .docx (or PDF) and read that');
  if (startsWith(bytes, PDF) || ext === 'pdf') return 'pdf';
  if (ext === 'docx' || (startsWith(bytes, ZIP) && ext !== 'txt')) return 'docx';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml' || ext === 'shtml') return 'html';
  return 'text';
}

export async function readFileText(name: string, bytes: Uint8Array, readers: FileReaders): Promise<FileText> {
  const format = formatOf(name, bytes);
  const plain = { title: null, site: null, tableRows: [], pager: null, links: [], encoding: null };
  if (format === 'pdf') {
    if (!readers.pdfText) throw new ShapeError('unsupported-format', 'no PDF reader here');
    return { ...plain, format, text: await readers.pdfText(bytes) };
  }
  if (format === 'docx') {
    if (!readers.docxText) throw new ShapeError('unsupported-format', 'no Word reader here');
    return { ...plain, format, text: readers.docxText(bytes) };
  }
  const decoded = decodeBytes(bytes, { html: format === 'html' });
  const encoding = { name: decoded.encoding, via: decoded.via };
  if (format === 'text') return { ...plain, format, text: decoded.text, encoding };
  if (tooDeepHtml(decoded.text)) {
    const { text, title } = htmlToText(decoded.text);
    return { ...plain, format, text, title: title || null, encoding };
  }
  const doc = readers.parseHtml(decoded.text);
  const { text, title, site, tableRows, pager } = readDocument(doc);
  const links = pageLinks(doc);
  return { format, text, title: title || null, site: site || null, tableRows, pager, links, encoding };
}
