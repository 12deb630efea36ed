import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { blockText, extractPage, readDocument, readTables } from '../../core/page';

const pages = join(import.meta.dirname, '../fixtures/pages');
const load = (html: string) => parseHTML(html).document as unknown as Document;
const fixture = (name: string) => load(readFileSync(join(pages, `${name}.html`), 'utf8'));

describe('core/page', () => {
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
    expect(readTables(doc)[0]).toEqual([
      ['序号', '任务', '牵头单位'],
      ['1', '甲', '市发改委'],
      ['2', '乙', '市发改委'],
      ['合计', '合计', '两项'],
    ]);
  });

  it('leaves layout tables alone', () => {
    const doc = load('<html><body><table><tr><td><table><tr><td>a</td><td>b</td></tr></table></td></tr></table></body></html>');
    expect(readTables(doc)).toEqual([]);
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
