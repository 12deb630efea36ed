// Deep HTML is measured before any parser sees it (core/shapes/html-scan.ts).
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToText, tooDeepHtml, MAX_HTML_DEPTH } from '../../core/shapes/html-scan';
import { readFileText } from '../../core/shapes/file';

const nested = (n: number, inner = '各位代表') =>
  `<html><body>${'<div>'.repeat(n)}${inner}${'</div>'.repeat(n)}</body></html>`;

describe('tooDeepHtml', () => {
  it('finds 200,000 nested divs too deep, and the file is read without a DOM parser', async () => {
    const html = nested(200_000, '<p>2023年某市政府工作报告</p><p>各位代表:</p>');
    expect(tooDeepHtml(html)).toBe(true);
    const parseHtml = () => {
      throw new Error('the parser must not see this page');
    };
    const read = await readFileText('deep.html', new TextEncoder().encode(html), { parseHtml });
    expect(read.text).toBe('2023年某市政府工作报告\n各位代表:');
  });

  it('counter-examples: real pages, wide pages, and markup inside scripts are not deep', () => {
    const pages = join(__dirname, '../fixtures/pages');
    for (const f of readdirSync(pages).filter((f) => f.endsWith('.html')))
      expect(tooDeepHtml(readFileSync(join(pages, f), 'utf8')), f).toBe(false);
    expect(tooDeepHtml(nested(MAX_HTML_DEPTH - 5))).toBe(false);
    expect(tooDeepHtml(`<body>${'<div></div>'.repeat(50_000)}</body>`)).toBe(false);
    expect(tooDeepHtml(`<body><script>${'<div>'.repeat(5_000)}</script><p>x</p>`)).toBe(false);
    // Unclosed paragraphs and list items are closed by the parser, not nested.
    expect(tooDeepHtml(`<body>${'<p>段落'.repeat(5_000)}</body>`)).toBe(false);
    expect(tooDeepHtml(nested(MAX_HTML_DEPTH + 5))).toBe(true);
  });
});

describe('htmlToText', () => {
  it('one block per line, scripts and styles dropped, entities decoded, the title kept', () => {
    const html =
      '<html><head><title>标题 &amp; 副题</title><style>p{}</style></head><body><div>第一段&nbsp;文字</div><script>var a="<p>";</script><p>第二段&#65292;&#x4e09;</p></body></html>';
    expect(htmlToText(html)).toEqual({ text: '第一段 文字\n第二段，三', title: '标题 & 副题' });
  });
});
