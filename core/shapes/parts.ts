// One report over several pages: a newspaper prints it over two or more 版 ((上接第一版), (下转第三版)), a
// government CMS splits a long article into t20230105_123.html, t20230105_123_1.html, … with a pager.
// partOf reads what a page says about being a part; mergeParts puts the parts, in whatever order they came,
// back into one text (extraction then reads it as one report) and says which parts are there and which missing.

export interface PartSignals {
  /** The page's number in its article (1 for the first), when its address or pager says it. */
  index: number | null;
  /** How many pages the article has, when a pager says it. */
  count: number | null;
  /** The article's address without the page number, when the address carries one. */
  article: string | null;
  /** (上接第一版): the text goes on from an earlier part. */
  continuesFrom: boolean;
  /** (下转第三版): the text goes on in a later part. */
  continuesTo: boolean;
  /** The rules that said so: 'mark', 'url', 'pager'. */
  via: string[];
}

// (上接第一版) (下转第3版) 上接第1版 【接上版】 (转第二版): a newspaper's continuation marks, in brackets or on their own line.
const MARK =
  /[(（【[]\s*(上接|接上|续上|下转|转下|转)第?\s*([一二三四五六七八九十\d]{0,3})\s*版\s*[)）】\]]|^\s*(上接|下转)第\s*([一二三四五六七八九十\d]{1,3})\s*版\s*$/gm;
/** A continuation from an earlier page stands near the top; a continuation to a later one near the bottom. */
const MARK_REACH = 1500;

// TRS: t20230105_123.html is page 1, t20230105_123_1.html page 2. Others: index.html, index_1.html; ?page=2.
const TRS = /^(.*\/t\d{8}_\d+)(?:_(\d{1,2}))?(\.s?html?)$/i;
const INDEX = /^(.*\/index)(?:_(\d{1,2}))?(\.s?html?)$/i;
const PAGE_PARAM = /([?&])(?:page|pageNo|pageno|p|curpage)=(\d{1,3})(?=&|$)/;

/** The article and page number an address names, or null when it names no page of a paged article. */
export function pagingOf(url: string): { article: string; index: number } | null {
  const clean = url.split('#')[0];
  const [path, query = ''] = clean.split('?', 2) as [string, string?];
  const q = query ? `?${query}` : '';
  for (const re of [TRS, INDEX]) {
    const m = re.exec(path);
    if (m) return { article: `${m[1]}${m[3]}${q}`, index: m[2] ? Number(m[2]) + 1 : 1 };
  }
  const p = PAGE_PARAM.exec(q);
  if (p) {
    const rest = q
      .replace(PAGE_PARAM, (_, sep: string) => sep)
      .replace(/[?&]$/, '')
      .replace('?&', '?');
    return { article: `${path}${rest}`, index: Math.max(1, Number(p[2])) };
  }
  return null;
}

export interface Pager {
  count: number;
  /** The current page (from 1) when the pager marks it. */
  current: number | null;
}

// 共3页 上一页 1 2 3 下一页 (written by a script after load); TRS's createPageHTML(3, 0, "t…_123", "html").
const PAGER_TEXT = /共\s*(\d{1,2})\s*页[^\n]{0,80}?(?:上一页|下一页|首页|尾页)/;
const TRS_SCRIPT = /createPageHTML\(\s*(\d{1,2})\s*,\s*(\d{1,2})\s*,/;

/** A pager in page text or in the script that writes it; null when there is none (or one page only). */
export function pagerOf(text: string): Pager | null {
  const s = TRS_SCRIPT.exec(text);
  if (s && Number(s[1]) > 1) return { count: Number(s[1]), current: Number(s[2]) + 1 };
  const m = PAGER_TEXT.exec(text);
  return m && Number(m[1]) > 1 ? { count: Number(m[1]), current: null } : null;
}

/** What a page says about being part of a longer article; null when nothing does (a whole report). */
export function partOf(text: string, url: string | null, pager: Pager | null = null): PartSignals | null {
  const via: string[] = [];
  let continuesFrom = false;
  let continuesTo = false;
  for (const m of text.matchAll(MARK)) {
    const word = m[1] ?? m[3];
    const from = word === '上接' || word === '接上' || word === '续上';
    if (from && m.index < MARK_REACH) continuesFrom = true;
    if (!from && text.length - m.index < MARK_REACH) continuesTo = true;
  }
  if (continuesFrom || continuesTo) via.push('mark');
  const paging = url ? pagingOf(url) : null;
  const pagerCount = pager?.count ?? null;
  // An address like index.html or t…_123.html is a part only when a pager or another page number says so.
  const pagedUrl = paging && (paging.index > 1 || pagerCount !== null);
  if (pagedUrl) via.push('url');
  if (pagerCount !== null) via.push('pager');
  if (!via.length) return null;
  return {
    index: (pagedUrl ? paging.index : null) ?? pager?.current ?? null,
    count: pagerCount,
    article: pagedUrl ? paging.article : null,
    continuesFrom,
    continuesTo,
    via,
  };
}

/** Which parts of a report are there: "第2部分，共3部分；缺第3部分" as data. */
export interface PartStatus {
  count: number | null; // null when no page says how many there are
  present: number[];
  missing: number[];
}

export interface PartText {
  text: string;
  url: string | null;
  signals: PartSignals | null;
}

/**
 * The parts in reading order, joined into one text, with their addresses in that order and which parts are
 * present or missing. Order: page numbers first; then a part continued from another comes after it.
 */
export function mergeParts<T extends PartText>(
  parts: readonly T[],
): { text: string; ordered: T[]; urls: string[]; status: PartStatus } {
  const ordered = [...parts].sort((a, b) => rank(a) - rank(b));
  let text = '';
  for (const p of ordered) {
    const body = bodyOf(p.text);
    // A newspaper breaks its columns mid-sentence (社会消费品零售总额增长 | 3.5%): no line break is added there.
    text = !text ? body : SENTENCE_END.test(text[text.length - 1]) ? `${text}\n${body}` : text + body;
  }
  const urls = ordered.flatMap((p) => (p.url ? [p.url] : []));
  return { text, ordered, urls, status: statusOf(ordered) };
}

const SENTENCE_END = /[。!?！？;；:：”」）)]/;

/**
 * A part's own text: what stands before its (上接…) is the page's header (政府工作报告 again), what stands
 * after its (下转…) another article of the page; the marks themselves are the newspaper's, not the report's.
 */
function bodyOf(text: string): string {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(MARK)) {
    const word = m[1] ?? m[3];
    const from = word === '上接' || word === '接上' || word === '续上';
    if (from && m.index < MARK_REACH) start = Math.max(start, m.index + m[0].length);
    else if (!from && text.length - m.index < MARK_REACH) end = Math.min(end, m.index);
  }
  return text.slice(start, Math.max(start, end)).trim();
}

function rank(p: PartText): number {
  const s = p.signals;
  if (s?.index) return s.index * 10;
  // A part continued from an earlier one and going on to a later one stands between them.
  if (!s) return 0;
  return s.continuesFrom ? (s.continuesTo ? 15 : 25) : 5;
}

function statusOf(ordered: PartText[]): PartStatus {
  const count = ordered.reduce<number | null>((n, p) => Math.max(n ?? 0, p.signals?.count ?? 0) || n, null);
  const numbered = ordered.every((p) => p.signals?.index);
  if (numbered) {
    const present = [...new Set(ordered.map((p) => p.signals!.index!))].sort((a, b) => a - b);
    const last = Math.max(count ?? 0, present[present.length - 1]);
    const missing = range(last).filter((i) => !present.includes(i));
    return { count: count ?? (ordered[ordered.length - 1].signals?.continuesTo ? null : last), present, missing };
  }
  // Newspaper parts: one before the first if it is continued from elsewhere, one after the last if it goes on.
  const before = ordered[0].signals?.continuesFrom ? 1 : 0;
  const after = ordered[ordered.length - 1].signals?.continuesTo ? 1 : 0;
  const total = before + ordered.length + after;
  const present = ordered.map((_, i) => i + 1 + before);
  return { count: count ?? total, present, missing: range(total).filter((i) => !present.includes(i)) };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/** At most this many pages are fetched for one article, on the user's click. */
export const MAX_NEXT_PAGES = 20;

export interface Link {
  href: string;
  text: string;
}

// The links of a pager: page numbers, 下一页, 尾页.
const PAGER_LINK = /^\s*(?:\d{1,2}|下一?页|尾页|末页|\[\d{1,2}\])\s*$/;

/**
 * The addresses a page links as the other pages of its own article: same origin only, the same article by
 * its address pattern (or a pager link in the same folder), never the page itself, at most MAX_NEXT_PAGES,
 * in page order. The extension fetches only these, and only on the user's click.
 * @internal The popup's "fetch the other pages" (the next phase) is its caller; until then its tests are.
 */
export function nextPages(pageUrl: string, links: readonly Link[]): string[] {
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return [];
  }
  const own = pagingOf(page.href);
  const folder = new URL('.', page).href;
  const found = new Map<string, number>();
  for (const link of links) {
    let target: URL;
    try {
      target = new URL(link.href, page);
    } catch {
      continue;
    }
    if (target.origin !== page.origin || !/^https?:$/.test(target.protocol)) continue;
    target.hash = '';
    if (target.href === page.href.split('#')[0]) continue;
    const paging = pagingOf(target.href);
    const sameArticle = own && paging && paging.article === own.article;
    const pagerLink = paging && PAGER_LINK.test(link.text) && target.href.startsWith(folder);
    if (!sameArticle && !pagerLink) continue;
    if (own && paging && paging.index === own.index && paging.article === own.article) continue;
    if (!found.has(target.href)) found.set(target.href, paging?.index ?? 0);
  }
  return [...found]
    .sort((a, b) => a[1] - b[1])
    .slice(0, MAX_NEXT_PAGES)
    .map(([href]) => href);
}
