// PDF and Word files (core/shapes/pdf.ts, pdf-lines.ts, docx.ts): a corpus report printed to PDF by Chromium
// and converted to .docx by pandoc (test/fixtures/shapes/make-fixtures.sh) gives its text file's targets and results.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { pdfText, type PdfJs } from '../../core/shapes/pdf';
import { joinLines, linesOfPage, type PdfRun } from '../../core/shapes/pdf-lines';
import { docxText } from '../../core/shapes/docx';
import { extractReport } from '../../core/extract';
import { ShapeError } from '../../core/shapes/errors';
import { baseline, brief, corpusText } from './corpus';

const dir = join(__dirname, '../fixtures/shapes');
const bytes = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
const pdfjs = async () => (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
const report = corpusText('gaoan-2023-gwr');

describe('PDF', () => {
  it('a report printed by Chromium reads back as its text, lines broken by the page joined', async () => {
    const text = await pdfText(bytes('gaoan-2023-gwr.pdf'), await pdfjs());
    expect(text).toBe(report.trim());
    const out = extractReport({ text, url: null, title: null });
    expect(out.targets.map(brief)).toEqual(baseline('gaoan-2023-gwr').targets);
    expect(out.actuals.map(brief)).toEqual(baseline('gaoan-2023-gwr').actuals);
  });

  it('a scanned PDF (no text layer) is a typed error, never an empty record', async () => {
    await expect(pdfText(bytes('scanned.pdf'), await pdfjs())).rejects.toMatchObject({ reason: 'no-text' });
  });

  it('bytes that are no PDF are a typed error', async () => {
    const junk = new TextEncoder().encode('%PDF-1.7\nthis is not a PDF at all');
    await expect(pdfText(junk, await pdfjs())).rejects.toBeInstanceOf(ShapeError);
    await expect(pdfText(junk, await pdfjs())).rejects.toMatchObject({ reason: 'corrupt-pdf' });
  });
});

describe('joinLines', () => {
  // A page of 10-point type, text block from x=30 to x=230 (20 characters), lines 14 points apart.
  const run = (text: string, row: number, x = 30, y0 = 700): PdfRun => ({
    text,
    x,
    y: y0 - row * 14,
    width: text.length * 10,
    size: 10,
  });
  const page = (runs: PdfRun[], n = 1) => linesOfPage(runs, n);

  it('joins a word and a number broken by the line end; keeps headings and paragraph ends', () => {
    const lines = page([
      run('一、2022年工作回顾', 0, 50),
      run('全年地区生产总值增长4.5%,社会消', 1, 50),
      run('费品零售总额增长5.1%,固定资产投资增长', 2),
      run('3.5%。', 3),
      run('过去一年,我们坚持稳中求进工作总基调。', 4, 50),
    ]);
    expect(joinLines(lines)).toBe(
      '一、2022年工作回顾\n全年地区生产总值增长4.5%,社会消费品零售总额增长5.1%,固定资产投资增长3.5%。\n过去一年,我们坚持稳中求进工作总基调。',
    );
  });

  it('counter-example: flush-left paragraphs with space between them are not joined', () => {
    const lines = page([
      run('这是第一段的第一行文字写满了整整一行的', 0),
      run('宽度然后在这里结束了这一段的全部文字了', 1),
      { ...run('这是第二段的第一行文字也写满了整整一行', 2), y: 700 - 2 * 14 - 8 },
    ]);
    expect(joinLines(lines)).toBe(
      '这是第一段的第一行文字写满了整整一行的宽度然后在这里结束了这一段的全部文字了\n这是第二段的第一行文字也写满了整整一行',
    );
  });

  it('drops page numbers and running heads, and goes on across the page break', () => {
    const pages = [1, 2, 3].flatMap((n) =>
      page(
        [
          run('2023年政府工作报告汇编', 0, 80),
          run(
            n === 1 ? '全市规模以上工业增加值增长百分之七点五' : '全年粮食产量稳定在十五亿斤以上的水平线',
            1,
            n === 1 ? 50 : 30,
          ),
          run(n === 3 ? '结束。' : '以上内容在下一页继续写满整行的内容还有', 2),
          run(`- ${n} -`, 3, 120),
        ],
        n,
      ),
    );
    const text = joinLines(pages);
    expect(text).not.toMatch(/汇编|- \d -/);
    expect(text.split('\n')).toHaveLength(1);
  });
});

describe('Word', () => {
  it('a report converted to .docx reads back as its text', () => {
    const text = docxText(bytes('gaoan-2023-gwr.docx'));
    // pandoc writes the page's title as the document's title paragraph, before the text.
    expect(text).toBe(`2023年高安市政府工作报告\n${report.trim()}`);
    const out = extractReport({ text, url: null, title: null });
    expect(out.targets.map(brief)).toEqual(baseline('gaoan-2023-gwr').targets);
    expect(out.actuals.map(brief)).toEqual(baseline('gaoan-2023-gwr').actuals);
  });

  it('tabs, breaks, entities and table cells', () => {
    const xml =
      '<w:document><w:body><w:p><w:r><w:t>增长</w:t></w:r><w:r><w:t xml:space="preserve">5%&amp;以上</w:t></w:r></w:p>' +
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>序号</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>任务</w:t><w:tab/><w:t>A</w:t><w:br/><w:t>B</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>';
    const docx = zipSync({ 'word/document.xml': new TextEncoder().encode(xml) });
    expect(docxText(docx)).toBe('增长5%&以上\n序号\n任务\tA\nB');
  });

  it('counter-examples: not a zip, a zip without a document, an empty document', () => {
    expect(() => docxText(new TextEncoder().encode('not a zip'))).toThrow(
      expect.objectContaining({ reason: 'corrupt-docx' }),
    );
    expect(() => docxText(zipSync({ 'a.txt': new Uint8Array([65]) }))).toThrow(
      expect.objectContaining({ reason: 'corrupt-docx' }),
    );
    const empty = zipSync({ 'word/document.xml': new TextEncoder().encode('<w:document><w:body/></w:document>') });
    expect(() => docxText(empty)).toThrow(expect.objectContaining({ reason: 'no-text' }));
  });
});
