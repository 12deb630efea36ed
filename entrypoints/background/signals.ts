// A content script's page signals as the background takes them: whatever a compromised page sends, the
// address is the sender's own (its tab's page, not one it names) and every field is a string of the size the
// content script reads (entrypoints/content/signals.ts), so detection never works on more.
import type { PageSignals } from '../../core/types';
import { MAX_HEADING_CHARS, MAX_HEADINGS, MAX_TEXT } from '../content/signals';

/** Characters of a page title kept: titles longer than this name nothing detection reads. */
const MAX_TITLE = 500;

const text = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');

export function boundSignals(payload: unknown, senderUrl: string): PageSignals {
  const p = (typeof payload === 'object' && payload !== null ? payload : {}) as Partial<
    Record<keyof PageSignals, unknown>
  >;
  const headings = Array.isArray(p.headings) ? p.headings.slice(0, MAX_HEADINGS) : [];
  return {
    url: senderUrl,
    title: text(p.title, MAX_TITLE),
    headings: headings.map((h) => text(h, MAX_HEADING_CHARS)).filter(Boolean),
    text: text(p.text, MAX_TEXT),
  };
}
