// Why a file gives no text: one typed error, so the CLI and the dashboard's import can say which cause it was
// (not "cannot read" for everything) and a file never becomes an empty record.

export type ShapeReason =
  | 'unreadable-encoding' // no text encoding reads the bytes as text
  | 'legacy-doc' // a Word 97-2003 .doc (an OLE2 container), not a .docx
  | 'corrupt-docx' // not a zip, or no word/document.xml in it
  | 'corrupt-pdf' // the bytes are not a PDF pdf.js can open
  | 'encrypted-pdf' // a PDF that needs a password
  | 'no-text' // a PDF of scanned pages (images only) or an empty document
  | 'unsupported-format'; // a file type none of the readers takes

export class ShapeError extends Error {
  readonly reason: ShapeReason;
  constructor(reason: ShapeReason, message: string) {
    super(message);
    this.name = 'ShapeError';
    this.reason = reason;
  }
}
