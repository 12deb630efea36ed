// STUB: Document -> text (Readability on a clone) -> extractReport.
import { extractReport } from './extract';
import type { Extraction } from './types';

export function extractFromDocument(doc: Document, url: string): Extraction {
  return extractReport({ text: doc.body?.textContent ?? '', url, title: doc.title });
}
