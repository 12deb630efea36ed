// HTML read as a string, before any parser sees it. A DOM parser's cost grows much faster than the input on
// deeply nested markup (200,000 nested divs: 33-45 s in linkedom), so the nesting is measured first, in one
// pass over the tags, and a page nested deeper than any real one is read by a plain tag stripper instead.

/** Deeper than any real report page (core/shapes/page.ts reads pages up to the same depth with Readability). */
export const MAX_HTML_DEPTH = 200;
export const MAX_HTML_ELEMENTS = 100_000;

// Elements that never have children (no closing tag), and those whose content is not markup.
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template']);

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*?(\/?)>|<!--[\s\S]*?-->|<![^>]*>/g;

/**
 * Whether a page nests deeper than MAX_HTML_DEPTH or holds more than MAX_HTML_ELEMENTS elements. Stops at the
 * first excess, so it reads at most the part of the page it needs. Unclosed <p> and <li> (which a parser closes
 * implicitly) only make the count deeper than the real tree, never shallower: a hostile page cannot slip past.
 */
export function tooDeepHtml(html: string): boolean {
  let depth = 0;
  let elements = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (!name) continue; // a comment or a doctype
    if (m[1]) {
      if (depth > 0) depth--;
      continue;
    }
    if (++elements > MAX_HTML_ELEMENTS) return true;
    if (RAW.has(name)) {
      TAG.lastIndex = closingOf(html, name, TAG.lastIndex);
      continue;
    }
    if (m[3] || VOID.has(name) || name === 'p' || name === 'li') continue;
    if (++depth > MAX_HTML_DEPTH) return true;
  }
  return false;
}

const CLOSERS = new Map<string, RegExp>();

/** Where the closing tag of a raw-text element starts (the text's end when there is none). */
function closingOf(html: string, name: string, from: number): number {
  let re = CLOSERS.get(name);
  if (!re) CLOSERS.set(name, (re = new RegExp(`</${name}`, 'gi')));
  re.lastIndex = from;
  return re.exec(html)?.index ?? html.length;
}

const BLOCK =
  /^(?:address|article|aside|blockquote|br|caption|dd|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|tr|ul)$/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** A page's text without a DOM: one block per line, scripts and styles skipped, common entities decoded. */
export function htmlToText(html: string): { text: string; title: string } {
  const parts: string[] = [];
  let title = '';
  let at = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    parts.push(html.slice(at, m.index));
    at = TAG.lastIndex;
    const name = m[2]?.toLowerCase();
    if (!name) continue;
    if (!m[1] && RAW.has(name)) {
      const end = closingOf(html, name, TAG.lastIndex);
      if (name === 'title') title = decodeEntities(html.slice(TAG.lastIndex, end)).trim();
      TAG.lastIndex = at = end;
      continue;
    }
    if (BLOCK.test(name)) parts.push('\n');
  }
  parts.push(html.slice(at));
  const text = decodeEntities(parts.join(''))
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  return { text, title };
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (all, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? all;
    const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}
