// HTML generators for fuzzing core/shapes/page.ts through linkedom: tag soup with broken nesting, odd
// table spans, script/style/template content, entities (including invalid code points), and the
// large pages from the brief (10 MB, thousands of nested elements).
import { int, pick, type Rng } from './prng';
import { randomUnits, tokenSoup } from './gen';

const TAGS = [
  'div',
  'p',
  'span',
  'section',
  'article',
  'h1',
  'h2',
  'h3',
  'ul',
  'li',
  'table',
  'tbody',
  'tr',
  'td',
  'th',
  'br',
  'hr',
  'b',
  'i',
  'a',
  'font',
  'center',
  'pre',
  'blockquote',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'img',
  'form',
  'input',
  'select',
  'option',
  'textarea',
  'title',
  'meta',
  'main',
  'nav',
  'footer',
];
const ATTRS = [
  'rowspan="0"',
  'rowspan="-1"',
  'rowspan="99999"',
  'colspan="100000"',
  'colspan="abc"',
  'rowspan="1e9"',
  'colspan="2"',
  'class="content"',
  'id="zoom"',
  'class="TRS_Editor"',
  'style="display:none"',
  'hidden',
  'onerror="alert(1)"',
  'href="javascript:alert(1)"',
  'src="x"',
  'lang="zh"',
  'dir="rtl"',
  'class="comment footer"',
];
const ENTITIES = [
  '&amp;',
  '&lt;',
  '&gt;',
  '&quot;',
  '&nbsp;',
  '&#0;',
  '&#xD800;',
  '&#x10FFFF;',
  '&#99999999;',
  '&ensp;',
  '&#12288;',
  '&bogus;',
  '&',
  '&#x;',
];
const RAW = [
  '<!-- comment -->',
  '<!--',
  '-->',
  '<![CDATA[ x ]]>',
  '</div>',
  '</table>',
  '</p>',
  '<',
  '>',
  '<!doctype html>',
  '</body>',
  '<html>',
];

function text(rng: Rng): string {
  const r = rng();
  if (r < 0.6) return tokenSoup(rng, 1 + int(rng, 12)).replace(/</g, '&lt;');
  if (r < 0.75) return pick(rng, ENTITIES);
  if (r < 0.85) return pick(rng, RAW);
  return randomUnits(rng, int(rng, 20));
}

/** Random tag soup of about `count` pieces, with real nesting up to `maxDepth`. */
export function htmlSoup(rng: Rng, count: number, maxDepth = 30): string {
  const open: string[] = [];
  let s = `<html><head><title>${text(rng)}政府工作报告</title></head><body>`;
  for (let i = 0; i < count; i++) {
    const r = rng();
    if (r < 0.35 && open.length < maxDepth) {
      const tag = pick(rng, TAGS);
      const attrs = Array.from({ length: int(rng, 3) }, () => pick(rng, ATTRS)).join(' ');
      s += `<${tag}${attrs ? ' ' + attrs : ''}>`;
      open.push(tag);
    } else if (r < 0.55 && open.length) {
      s += `</${rng() < 0.9 ? open.pop() : pick(rng, TAGS)}>`;
    } else s += text(rng);
  }
  return (
    s +
    (rng() < 0.5
      ? open
          .reverse()
          .map((t) => `</${t}>`)
          .join('') + '</body></html>'
      : '')
  );
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paras = (text: string) =>
  text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => `<p>${esc(l)}</p>`)
    .join('\n');

/** A report inside `depth` nested elements of the given tags (cycled). */
export function nestedPage(report: string, depth: number, tags = ['div']): string {
  let open = '',
    close = '';
  for (let i = 0; i < depth; i++) {
    const t = tags[i % tags.length];
    open += `<${t}>`;
    close = `</${t}>` + close;
  }
  return `<!doctype html><html><head><title>政府工作报告</title></head><body>${open}${paras(report)}${close}</body></html>`;
}

/** A page of at least `bytes` UTF-8 bytes: the report's paragraphs repeated. */
export function bigPage(report: string, bytes: number): string {
  const body = paras(report);
  const copies = Math.ceil(bytes / Buffer.byteLength(body));
  return `<!doctype html><html><head><title>政府工作报告</title></head><body><div class="content">${body.repeat(copies)}</div></body></html>`;
}

/** `n` tables nested inside each other, each with a task-table header row. */
export function nestedTables(n: number): string {
  const row =
    '<tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>进展情况</td></tr><tr><td>1</td><td>新建高标准农田10万亩</td><td>农业农村局</td><td>有序推进</td></tr>';
  return `<html><body>${'<table><tr><td>'.repeat(n)}${'<table>' + row + '</table>'}${'</td></tr></table>'.repeat(n)}</body></html>`;
}

/** `n` small task tables side by side. */
export function manyTables(n: number): string {
  const t = (i: number) =>
    `<table><tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>进展情况</th></tr><tr><td>${i}</td><td>新建农田${i}万亩</td><td>农业农村局</td><td>有序推进</td></tr></table>`;
  return `<html><head><title>重点工作任务进展情况</title></head><body>${Array.from({ length: n }, (_, i) => t(i + 1)).join('')}</body></html>`;
}

/** One table whose cells claim huge spans. */
export function hugeSpans(rows: number): string {
  const r = (i: number) =>
    `<tr><td rowspan="65534" colspan="65534">${i}</td><td colspan="1000000">任务${i}</td><td rowspan="2147483647">局</td></tr>`;
  return `<html><body><table>${Array.from({ length: rows }, (_, i) => r(i)).join('')}</table></body></html>`;
}
