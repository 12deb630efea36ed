// One report over several pages (core/shapes/parts.ts): what says a page is a part, how parts are put back
// together, and which addresses a page links as its own next pages.
import { describe, expect, it } from 'vitest';
import { mergeParts, nextPages, pagerOf, pagingOf, partOf, MAX_NEXT_PAGES } from '../../core/shapes/parts';
import { parseHTML } from 'linkedom';
import { pageLinks } from '../../core/shapes/page';
import { corpusText } from './corpus';

describe('pagingOf', () => {
  it.each([
    ['http://www.x.gov.cn/zwgk/202301/t20230105_123.html', 'http://www.x.gov.cn/zwgk/202301/t20230105_123.html', 1],
    ['http://www.x.gov.cn/zwgk/202301/t20230105_123_1.html', 'http://www.x.gov.cn/zwgk/202301/t20230105_123.html', 2],
    ['http://www.x.gov.cn/zwgk/202301/t20230105_123_2.shtml', 'http://www.x.gov.cn/zwgk/202301/t20230105_123.shtml', 3],
    ['http://www.x.gov.cn/art/2023/1/5/index_1.html', 'http://www.x.gov.cn/art/2023/1/5/index.html', 2],
    ['http://www.x.gov.cn/content.jsp?id=88&page=2', 'http://www.x.gov.cn/content.jsp?id=88', 2],
    ['http://www.x.gov.cn/content.jsp?page=3&id=88#top', 'http://www.x.gov.cn/content.jsp?id=88', 3],
  ])('%s is page %#', (url, article, index) => {
    expect(pagingOf(url)).toEqual({ article, index });
  });

  it('counter-examples: an ordinary article address names no page', () => {
    expect(pagingOf('http://www.x.gov.cn/zwgk/content_4851130.html')).toBeNull();
    expect(pagingOf('http://www.x.gov.cn/news.jsp?id=2')).toBeNull();
  });
});

describe('pagerOf', () => {
  it('reads the pager a script wrote, or the script that writes it', () => {
    expect(pagerOf('正文……\n共3页 上一页 1 2 3 下一页')).toEqual({ count: 3, current: null });
    expect(pagerOf('createPageHTML(3, 1, "t20230105_123", "html");')).toEqual({ count: 3, current: 2 });
  });
  it('counter-examples: 共3页 in a sentence, or a one-page pager, is no pager', () => {
    expect(pagerOf('本书共3页。')).toBeNull();
    expect(pagerOf('共1页 上一页 1 下一页')).toBeNull();
  });
});

describe('partOf', () => {
  const report = corpusText('gaoan-2023-gwr');

  it('continuation marks of a newspaper', () => {
    expect(partOf(`${report.slice(0, 4000)}\n(下转第二版)`, null)).toMatchObject({
      continuesTo: true,
      continuesFrom: false,
      via: ['mark'],
    });
    expect(partOf(`政府工作报告\n（上接第1版）\n${report.slice(4000)}`, null)).toMatchObject({
      continuesFrom: true,
      continuesTo: false,
    });
    expect(partOf(`【上接第一版】${report.slice(4000, 8000)}（下转第三版）`, null)).toMatchObject({
      continuesFrom: true,
      continuesTo: true,
    });
  });

  it('page numbers in the address, with or without a pager', () => {
    expect(partOf(report, 'http://x.gov.cn/a/t20230105_123_1.html')).toMatchObject({
      index: 2,
      count: null,
      article: 'http://x.gov.cn/a/t20230105_123.html',
    });
    expect(partOf(report, 'http://x.gov.cn/a/t20230105_123.html', { count: 3, current: 1 })).toMatchObject({
      index: 1,
      count: 3,
      via: ['url', 'pager'],
    });
  });

  it('counter-examples: a whole report, one that mentions 第二版, a first page without a pager', () => {
    expect(partOf(report, null)).toBeNull();
    const mentions = report.replace(
      '各位代表',
      '本报第二版刊发了去年的政府工作报告全文。上接第一版的报道,下转第二版刊登。各位代表',
    );
    expect(partOf(mentions, null)).toBeNull();
    expect(partOf(report, 'http://x.gov.cn/a/t20230105_123.html')).toBeNull();
    expect(partOf(report, 'http://x.gov.cn/a/index.html')).toBeNull();
  });
});

describe('mergeParts', () => {
  const report = corpusText('gaoan-2023-gwr');
  const cut = report.indexOf('二、2023年工作安排');
  const first = {
    text: `${report.slice(0, cut)}(下转第二版)\n`,
    url: 'http://np/1',
    signals: partOf(`${report.slice(0, cut)}(下转第二版)`, null),
  };
  const secondText = `政府工作报告\n(上接第一版)\n${report.slice(cut)}`;
  const second = { text: secondText, url: 'http://np/2', signals: partOf(secondText, null) };

  it('puts two halves back in reading order, whatever order they came in, without the marks', () => {
    for (const parts of [
      [first, second],
      [second, first],
    ]) {
      const m = mergeParts(parts);
      expect(m.urls).toEqual(['http://np/1', 'http://np/2']);
      expect(m.text).toBe(report.trim());
      expect(m.status).toEqual({ count: 2, present: [1, 2], missing: [] });
    }
  });

  it('joins a sentence broken between pages without a line break', () => {
    const a = {
      text: '社会消费品零售总额增长\n(下转第二版)',
      url: null,
      signals: partOf('社会消费品零售总额增长\n(下转第二版)', null),
    };
    const b = { text: '(上接第一版)\n3.5%。', url: null, signals: partOf('(上接第一版)\n3.5%。', null) };
    expect(mergeParts([b, a]).text).toBe('社会消费品零售总额增长3.5%。');
  });

  it('says which parts are missing: "第2部分，共3部分；缺第3部分" and the like', () => {
    const page = (i: number) => ({
      text: `第${i}页`,
      url: `http://x/t20230105_1${i > 1 ? `_${i - 1}` : ''}.html`,
      signals: partOf('', `http://x/t20230105_1${i > 1 ? `_${i - 1}` : ''}.html`, { count: 3, current: i }),
    });
    expect(mergeParts([page(3), page(1)]).status).toEqual({ count: 3, present: [1, 3], missing: [2] });
    expect(mergeParts([page(2)]).status).toEqual({ count: 3, present: [2], missing: [1, 3] });
    expect(mergeParts([second]).status).toEqual({ count: 2, present: [2], missing: [1] });
  });
});

describe('nextPages', () => {
  const page = 'http://www.x.gov.cn/zwgk/202301/t20230105_123.html';

  it("returns the article's own other pages, same origin only, in page order", () => {
    const links = [
      { href: 't20230105_123_2.html', text: '3' },
      { href: 't20230105_123_1.html', text: '2' },
      { href: 't20230105_123_1.html', text: '下一页' },
      { href: 't20230105_123.html', text: '1' },
      { href: 'http://evil.example.com/zwgk/202301/t20230105_123_1.html', text: '2' },
      { href: 'https://www.x.gov.cn/zwgk/202301/t20230105_123_2.html', text: '3' },
      { href: 't20230105_999.html', text: '相关新闻' },
      { href: '../index.html', text: '首页' },
      { href: 'javascript:void(0)', text: '打印' },
      { href: 'mailto:a@x.gov.cn', text: '2' },
    ];
    expect(nextPages(page, links)).toEqual([
      'http://www.x.gov.cn/zwgk/202301/t20230105_123_1.html',
      'http://www.x.gov.cn/zwgk/202301/t20230105_123_2.html',
    ]);
  });

  it(`never more than ${MAX_NEXT_PAGES}`, () => {
    const links = Array.from({ length: 60 }, (_, i) => ({ href: `t20230105_123_${i + 1}.html`, text: String(i + 2) }));
    const next = nextPages(page, links);
    expect(next).toHaveLength(MAX_NEXT_PAGES);
    expect(next[0]).toBe('http://www.x.gov.cn/zwgk/202301/t20230105_123_1.html');
  });

  it('counter-example: a page that is no paged article links no next pages, and a bad address none', () => {
    expect(nextPages('http://www.x.gov.cn/zwgk/content_1.html', [{ href: 'content_2.html', text: '下一篇' }])).toEqual(
      [],
    );
    expect(nextPages('not a url', [{ href: 't20230105_123_1.html', text: '2' }])).toEqual([]);
  });

  it("reads a page's own pager links (as the extension will, from the live page)", () => {
    const html =
      '<body><div class="article">正文</div><div id="pager">共3页 <a href="javascript:;">上一页</a> 1 ' +
      '<a href="t20230105_123_1.html">2</a> <a href="t20230105_123_2.html">3</a> <a href="t20230105_123_1.html">下一页</a></div>' +
      '<a href="../../index.html">首页</a></body>';
    const doc = parseHTML(html).document as unknown as Document;
    expect(nextPages(page, pageLinks(doc))).toEqual([
      'http://www.x.gov.cn/zwgk/202301/t20230105_123_1.html',
      'http://www.x.gov.cn/zwgk/202301/t20230105_123_2.html',
    ]);
  });
});
