import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { blockText, dataTables, extractPage, readDocument } from '../../core/shapes/page';

const pages = join(import.meta.dirname, '../fixtures/pages');
const load = (html: string) => parseHTML(html).document as unknown as Document;
const fixture = (name: string) => load(readFileSync(join(pages, `${name}.html`), 'utf8'));

describe('core/shapes/page', () => {
  it('never mutates the live document', () => {
    for (const name of ['tianmen-2023-gwr', 'tianmen-2023-h1-progress', 'tianmen-news-flood-meeting']) {
      const doc = fixture(name);
      const before = doc.documentElement.outerHTML;
      extractPage(doc, `http://www.tianmen.gov.cn/${name}.html`);
      expect(doc.documentElement.outerHTML).toBe(before);
      expect(doc.querySelectorAll('table').length).toBe(name.includes('progress') ? 1 : 0);
    }
  });

  it('keeps the article and drops the site chrome', () => {
    const { text, title } = readDocument(fixture('hubei-2026-gwr'));
    expect(title).toContain('2026年湖北省政府工作报告');
    expect(text.split('\n')[0]).toBe('2026年湖北省政府工作报告');
    expect(text).toContain('各位代表：');
    expect(text).not.toContain('网站标识码');
    expect(text).not.toContain('政府信息公开年报');
  });

  it("takes the issuer from the site's own name only when the text names nobody", () => {
    const notice = (meta: string, line = '') =>
      load(`<html><head><title>市政府督查室关于2023年上半年全市重点工作落实情况的通报</title>${meta}</head>
<body><div class="nav">首页</div><div class="article"><h1>市政府督查室关于2023年上半年全市重点工作落实情况的通报</h1>
<p>${line}按照市政府工作安排，市政府督查室对2023年《政府工作报告》确定的重点工作上半年落实情况进行了专项督查。现将督查情况通报如下。</p>
<table><tr><td>序号</td><td>工作任务</td><td>责任领导</td><td>完成情况</td><td>状态</td></tr>
<tr><td>1</td><td>新建改扩建幼儿园10所</td><td>赵副市长</td><td>10所幼儿园已全部开工。</td><td>正常推进</td></tr>
<tr><td>2</td><td>改造提升农村公路300公里</td><td>刘副市长</td><td>已完成121公里。</td><td>滞后</td></tr>
<tr><td>3</td><td>城镇新增就业1.2万人</td><td>赵副市长</td><td>城镇新增就业6820人。</td><td>正常推进</td></tr></table>
<p>请进度滞后的责任单位认真分析原因，制定整改措施，于8月10日前将整改情况报市政府督查室。全市各级各部门要对标年度目标任务，加快推进。</p>
</div></body></html>`);
    const url = 'http://www.shangluo.gov.cn/zwgk/dctb/202307/t20230728_640001.html';
    expect(extractPage(notice(''), url).extraction).toMatchObject({
      kind: 'progress',
      region: null,
      report_year: 2023,
    });
    const named = extractPage(notice('<meta name="SiteName" content="商洛市人民政府">'), url);
    expect(named.site).toBe('商洛市人民政府');
    expect(named.extraction).toMatchObject({ region: '商洛市', level: 'prefecture', province: '陕西省' });
    expect(
      extractPage(notice('<meta property="og:site_name" content="商洛市人民政府网">'), url).extraction.region,
    ).toBe('商洛市');
    // A provincial site reposting a county's notice: the county the text names wins over the site.
    const repost = extractPage(
      notice('<meta name="sitename" content="陕西省人民政府">', '商南县人民政府办公室：'),
      url,
    );
    expect(repost.extraction.region).toBe('商南县');
    // A site name that is no government's says nothing.
    expect(extractPage(notice('<meta name="SiteName" content="新建设网">'), url).extraction.region).toBeNull();
  });

  it('keeps the prose around a big task table, one cell per line', () => {
    const { text } = readDocument(fixture('tianmen-2023-h1-progress'));
    expect(text.split('\n')[0]).toBe('2023年市政府工作报告重点工作任务上半年进展情况通报');
    expect(text).toContain('按照《市人民政府办公室关于印发');
    expect(text).toContain('\n市发改委\n市水利和湖泊局\n');
    expect(text).not.toContain('gwrlens-table');
  });

  it('reads merged table cells into every slot they cover', () => {
    const doc = load(`<html><body><table>
      <tr><th>序号</th><th>任务</th><th>牵头单位</th></tr>
      <tr><td>1</td><td>甲</td><td rowspan="2">市发改委</td></tr>
      <tr><td>2</td><td>乙</td></tr>
      <tr><td colspan="2">合计</td><td>两项</td></tr></table></body></html>`);
    expect(dataTables(doc).map((t) => t.cells)[0]).toEqual([
      ['序号', '任务', '牵头单位'],
      ['1', '甲', '市发改委'],
      ['2', '乙', '市发改委'],
      ['合计', '合计', '两项'],
    ]);
  });

  it('leaves layout tables alone', () => {
    const doc = load(
      '<html><body><table><tr><td><table><tr><td>a</td><td>b</td></tr></table></td></tr></table></body></html>',
    );
    expect(dataTables(doc).map((t) => t.cells)).toEqual([]);
  });

  it('puts blocks and line breaks on their own lines and skips scripts', () => {
    const doc = load('<html><body><div>一<br>二<script>var x = 1;</script></div><p>三  <b>四</b></p></body></html>');
    expect(blockText(doc.body)).toBe('一\n二\n三 四');
  });

  it('falls back to the whole body when Readability finds no article', () => {
    const doc = load('<html><head><title>短</title></head><body><p>天门市人民政府</p></body></html>');
    const page = extractPage(doc, 'http://www.tianmen.gov.cn/');
    expect(page.text).toBe('天门市人民政府');
    expect(page.extraction.url).toBe('http://www.tianmen.gov.cn/');
    expect(page.extraction.text_length).toBe(page.text.length);
  });
});
