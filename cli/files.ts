// Reading a saved page from disk: .html/.htm through Readability (linkedom), anything else as text.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { extractReport } from '../core/extract';
import { extractFromHtml } from './html';
import type { Extraction } from '../core/types';

export async function extractFile(file: string): Promise<Extraction> {
  const raw = await readFile(file);
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm') return extractFromHtml(raw.toString('utf8'), `file://${file}`);
  // A text file has no URL or title worth reading: its name is ours, not the publisher's.
  return extractReport({ text: raw.toString('utf8'), url: null, title: null });
}
