// A fresh library from documents (core/shapes/library.ts), as the extension saves them.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { Library, type LibraryDocument } from '../../core/shapes/library';
import { readFileText } from '../../core/shapes/file';
import { SEED, baseline, brief, corpusText } from './corpus';
import { TRS_BASE, halves, trsPages } from './pages';

const doc = (text: string, file: string, url: string | null = null): LibraryDocument => ({
  file,
  url,
  text,
  title: null,
  site: null,
});

async function build(docs: LibraryDocument[]) {
  const lib = new Library();
  const outcomes = [];
  for (const d of docs) outcomes.push(...(await lib.add(d)));
  return { records: lib.records(), outcomes };
}

const readers = { parseHtml: (html: string) => parseHTML(html).document as unknown as Document };
async function htmlDoc(html: string, url: string): Promise<LibraryDocument> {
  const t = await readFileText('page.html', new TextEncoder().encode(html), readers);
  return { ...t, url };
}

describe('library', () => {
  it('the seed compilation: 16 records, each with its piece as source', async () => {
    const { records } = await build([doc(SEED.map(corpusText).join(''), 'seed.txt')]);
    expect(records.map((r) => r.extraction.region)).toEqual(SEED.map((n) => baseline(n).region));
    records.forEach((r, i) => {
      expect(r.extraction.targets.map(brief)).toEqual(baseline(SEED[i]).targets);
      expect(r.sources).toEqual([{ file: 'seed.txt', url: null, piece: { index: i + 1, count: 16 } }]);
    });
  });

  it.each(['gaoan-2023-gwr', 'handan-2023-gwr'])(
    '%s in two halves, either order: one record, targets of one half and results of the other',
    async (name) => {
      const [a, b] = halves(name);
      for (const order of [
        [doc(a, 'a.txt'), doc(b, 'b.txt')],
        [doc(b, 'b.txt'), doc(a, 'a.txt')],
      ]) {
        const { records, outcomes } = await build(order);
        expect(outcomes.map((o) => o.status)).toEqual(['created', 'merged']);
        expect(records).toHaveLength(1);
        const [r] = records;
        expect(r.extraction.targets.map(brief)).toEqual(baseline(name).targets);
        expect(r.extraction.actuals.map(brief)).toEqual(baseline(name).actuals);
        expect(r.sources.map((s) => s.file)).toEqual(['a.txt', 'b.txt']);
        expect(r.parts).toEqual({ count: 2, present: [1, 2], missing: [] });
      }
    },
  );

  it('three TRS pages with a pager, in any order: one record, with its addresses in page order', async () => {
    const pages = trsPages('ningbo-2023-gwr');
    const urls = [`${TRS_BASE}.html`, `${TRS_BASE}_1.html`, `${TRS_BASE}_2.html`];
    const docs = await Promise.all(pages.map((p, i) => htmlDoc(p, urls[i])));
    const { records } = await build([docs[1], docs[2], docs[0]]);
    expect(records).toHaveLength(1);
    const [r] = records;
    expect(r.sources.map((s) => s.url)).toEqual(urls);
    expect(r.parts).toEqual({ count: 3, present: [1, 2, 3], missing: [] });
    expect(r.extraction.region).toBe('宁波市');
    expect(r.extraction.targets.map(brief)).toEqual(baseline('ningbo-2023-gwr').targets);
    const partial = await build([docs[0], docs[2]]);
    expect(partial.records[0].parts).toEqual({ count: 3, present: [1, 3], missing: [2] });
  });

  it('the same report again: by address or content it updates, from another site it is a duplicate', async () => {
    const gaoan = corpusText('gaoan-2023-gwr');
    const mirror = `本文转载自某新闻网\n${gaoan}\n责任编辑：张三`;
    const { records, outcomes } = await build([
      doc(gaoan, 'a.txt', 'http://a.gov.cn/1.html'),
      doc(gaoan, 'a.txt', 'http://a.gov.cn/1.html#top'),
      doc(` ${gaoan.replace(/\n/g, '\n\n')}`, 'b.txt', 'http://b.gov.cn/2.html'),
      doc(mirror, 'c.txt', 'http://c.com/3.html'),
    ]);
    expect(outcomes.map((o) => [o.status, 'via' in o ? o.via : null])).toEqual([
      ['created', null],
      ['updated', 'url'],
      ['updated', 'content'],
      ['duplicate', 'same-report'],
    ]);
    expect(records).toHaveLength(1);
    expect(records[0].sources.map((s) => s.url)).toEqual(['http://a.gov.cn/1.html', 'http://b.gov.cn/2.html']);
    expect(records[0].duplicates.map((s) => s.url)).toEqual(['http://c.com/3.html']);
  });

  it('counter-examples: the same region in another year is another record; a news page is not a report', async () => {
    const gaoan = corpusText('gaoan-2023-gwr');
    const next = gaoan.replace(/20(2[0-9])年/g, (_, y: string) => `20${Number(y) + 1}年`);
    const news = '市十七届人大二次会议开幕\n本报讯 市长作政府工作报告。报告回顾了2022年工作。';
    const { records, outcomes } = await build([doc(gaoan, 'a.txt'), doc(next, 'b.txt'), doc(news, 'n.txt')]);
    expect(records.map((r) => r.extraction.report_year)).toEqual([2023, 2024]);
    expect(outcomes[2]).toEqual({ status: 'not-a-report', source: { file: 'n.txt', url: null } });
  });

  it('counter-example: two halves of different reports do not merge', async () => {
    const [a] = halves('gaoan-2023-gwr');
    const [, b] = halves('handan-2023-gwr');
    const { records } = await build([doc(a, 'a.txt'), doc(b, 'b.txt')]);
    expect(records.map((r) => r.extraction.region)).toEqual(['高安市', '邯郸市']);
  });

  it('parts that turn out to be a report already saved whole are a duplicate of it, whatever their order', async () => {
    const [a, b] = halves('gaoan-2023-gwr');
    const whole = corpusText('gaoan-2023-gwr');
    const { records, outcomes } = await build([doc(b, 'b.txt'), doc(whole, 'w.txt'), doc(a, 'a.txt')]);
    expect(records).toHaveLength(1);
    expect(records[0].sources.map((s) => s.file)).toEqual(['w.txt']);
    expect(records[0].duplicates.map((s) => s.file).sort()).toEqual(['a.txt', 'b.txt']);
    expect(outcomes[2]).toMatchObject({ status: 'duplicate', record: 2 });
  });
});
