// When two saves are the same report: one rule, pure, for the extension's storage (storage/library.ts) and the
// CLI's `library` command alike. In order, the first that holds decides and is named:
//   url          - the same address after canonicalisation (a re-save, a reload);
//   content      - the same text, whitespace aside (a mirror or repost at another address);
//   same-report  - the same region, year and kind, and for progress notices the same period (another site's
//                  copy); 'other' pages and pages without region or year never match this way.
// Each report of a compilation has its own address: the page's, with the report's number.
import type { Extraction } from '../types';

export type MatchVia = 'url' | 'content' | 'same-report';

/** The fragment never changes the document a server sends. */
export function canonicalUrl(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** The address of one report of a page: the page's own, or `page#report-N` for the Nth of a compilation. */
export function addressOf(url: string, piece: { index: number; count: number } | null = null): string {
  const base = canonicalUrl(url);
  return piece && piece.count > 1 ? `${base}#report-${piece.index}` : base;
}

/** SHA-256 of the text without whitespace (sites re-wrap the same text differently), as hex. */
export async function contentHash(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text.replace(/\s+/g, ''));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

type Meta = Pick<Extraction, 'kind' | 'region' | 'report_year' | 'period'>;

/** The key of the same-report rule, or null for pages it cannot apply to. */
export function reportKey(e: Meta): string | null {
  if (e.kind === 'other' || !e.region || e.report_year === null) return null;
  const period = e.kind === 'progress' ? `|${e.period ?? ''}` : '';
  return `${e.kind}|${e.region}|${e.report_year}${period}`;
}

/** How a library finds its records by each key (Maps in the CLI, Dexie indexes in the extension). */
export interface Lookup<T> {
  byAddress(address: string): T | undefined | Promise<T | undefined>;
  byHash(hash: string): T | undefined | Promise<T | undefined>;
  /** Records of this region, year and kind (several progress notices differ by period). */
  byReport(key: string): T | undefined | Promise<T | undefined>;
}

/** The first record the page matches, and by which rule; null when it is new to the library. */
export async function matchRecord<T>(
  page: { address: string; hash: string; extraction: Meta },
  lookup: Lookup<T>,
): Promise<{ via: MatchVia; record: T } | null> {
  const byUrl = await lookup.byAddress(page.address);
  if (byUrl) return { via: 'url', record: byUrl };
  const byContent = await lookup.byHash(page.hash);
  if (byContent) return { via: 'content', record: byContent };
  const key = reportKey(page.extraction);
  const same = key === null ? undefined : await lookup.byReport(key);
  return same ? { via: 'same-report', record: same } : null;
}
