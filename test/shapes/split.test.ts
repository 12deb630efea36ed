// Several reports in one text (core/shapes/split.ts): the seed compilation, compilations with other separators
// built from corpus texts, and the texts that must stay whole.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitReports } from '../../core/shapes/split';
import { extractReports } from '../../core/shapes/reports';
import { extractReport } from '../../core/extract';
import { SEED, baseline, brief, corpusText } from './corpus';

const texts = SEED.map(corpusText);

describe('the seed compilation (16 pieces joined)', () => {
  const joined = texts.join('');
  const found = extractReports({ text: joined, url: null, title: null });

  it('splits into the 16 pieces exactly as they were cut', () => {
    expectCutsAt(joined, texts, 'address');
    expect(splitReports(joined).every((p) => joined.slice(p.start, p.end) === p.text)).toBe(true);
  });

  it("gives each report its own region and year, and its piece's golden targets and results", () => {
    expect(found).toHaveLength(16);
    found.forEach((f, i) => {
      const want = baseline(SEED[i]);
      expect(f.extraction.region, SEED[i]).toBe(want.region);
      expect(f.extraction.report_year, SEED[i]).toBe(want.report_year);
      expect(f.extraction.targets.map(brief), SEED[i]).toEqual(want.targets);
      expect(f.extraction.actuals.map(brief), SEED[i]).toEqual(want.actuals);
      expect(f.part_of).toMatchObject({ index: i + 1, count: 16 });
    });
  });

  it('keeps every task inside its own report', () => {
    found.forEach((f, i) => {
      const alone = extractReport({ text: texts[i], url: null, title: null });
      expect(f.extraction.tasks).toEqual(alone.tasks);
      for (const t of f.extraction.tasks) expect(f.text.slice(t.start, t.end)).toBe(t.text);
    });
  });
});

const offsetOf = (parts: string[], i: number) => parts.slice(0, i).reduce((n, t) => n + t.length, 0);

/** The pieces' texts come back exactly: every cut is where the separator says. */
function expectCutsAt(joined: string, parts: string[], rule?: string) {
  const pieces = splitReports(joined);
  // Starts and lengths first: a wrong cut then shows as two numbers, not two reports' texts.
  expect(pieces.map((p) => [p.start, p.text.length])).toEqual(parts.map((t, i) => [offsetOf(parts, i), t.length]));
  expect(pieces.map((p) => p.text)).toEqual(parts);
  if (rule) expect(pieces.slice(1).every((p) => p.rule === rule)).toBe(true);
}

// Four reports of different shapes: 沁阳 opens with a numbered review heading, 邯郸 with 回顾2022年工作,
// 天门 in traditional characters with a two-line title and a meeting line.
const FOUR = ['gaoan-2023-gwr', 'handan-2023-gwr', 'tianmen-2023-gwr', 'qinyang-2023-gwr'];
const four = FOUR.map(corpusText);
const firstLine = (t: string) => t.slice(0, t.indexOf('\n'));
const ensureNewline = (t: string) => (t.endsWith('\n') ? t : `${t}\n`);

describe('compilations with other separators', () => {
  it('a table of contents before the reports: the contents stay out of every report', () => {
    const toc = `2023年市级政府工作报告汇编\n目录\n${four.map((t, i) => `${i + 1}. ${firstLine(t)}……${i * 12 + 1}`).join('\n')}\n`;
    const parts = four.map(ensureNewline);
    const pieces = splitReports(toc + parts.join(''));
    expect(pieces.map((p) => p.text)).toEqual(parts);
    expect(pieces[0].start).toBe(toc.length);
  });

  it('page headers and page numbers between pages do not cut a report', () => {
    // Every 40 lines a running head (the compilation's name) and a page number, as a PDF's text gives them.
    let page = 0;
    const paged = four.map((t) =>
      ensureNewline(t)
        .split('\n')
        .map((line, i) => (i > 0 && i % 40 === 0 ? `2023年政府工作报告汇编\n- ${++page} -\n${line}` : line))
        .join('\n'),
    );
    expectCutsAt(paged.join(''), paged);
  });

  it('running heads that repeat the report title do not cut it', () => {
    const headed = four.map((t) => {
      const title = firstLine(t);
      return ensureNewline(t)
        .split('\n')
        .map((line, i) => (i > 0 && i % 30 === 0 ? `${title}\n${line}` : line))
        .join('\n');
    });
    expectCutsAt(headed.join(''), headed);
  });

  it('numbered titles, without the address to the deputies (cut by title and review heading)', () => {
    const numbered = four.map((t, i) => {
      const review = /^(?:一、)?(?:2022年工作回[顾顧]|回顾2022年工作)$/m.exec(t)!;
      return ensureNewline(`${'一二三四'[i]}、${firstLine(t)}\n${t.slice(review.index)}`);
    });
    expectCutsAt(numbered.join(''), numbered, 'title');
  });

  it('no line break between reports: the next title follows the last sentence on its line', () => {
    const run = four.map((t) => t.replace(/\s+$/, ''));
    expectCutsAt(run.join(''), run);
  });

  it('title-less texts that start at the review heading (cut by the sequence review -> targets -> tasks)', () => {
    const bare = ['gaoan-2023-gwr', 'qinyang-2023-gwr', 'weinan-2023-gwr'].map((n) => {
      const t = corpusText(n);
      return ensureNewline(t.slice(t.indexOf('一、2022年工作回顾')));
    });
    expectCutsAt(bare.join(''), bare, 'sequence');
  });

  it('texts that start at 各位代表 (a dataset without titles): cut by the address', () => {
    const untitled = four.map((t) => ensureNewline(t.slice(t.search(/各位代表|各位代表/))));
    expectCutsAt(untitled.join(''), untitled, 'address');
  });

  it('texts that start at the meeting line', () => {
    const ids = ['gaoan', 'qinyang', 'weinan'];
    const dated = ids.map((n, i) => {
      const t = corpusText(`${n}-2023-gwr`);
      const body = t.slice(t.indexOf('一、2022年工作回顾'));
      return `2023年1月${10 + i}日在${n}市第十七届人民代表大会第二次会议上\n${ensureNewline(body)}`;
    });
    expectCutsAt(dated.join(''), dated, 'meeting');
  });

  it('two reports of the same region and different years are two reports', () => {
    const gaoan = corpusText('gaoan-2023-gwr');
    // The same region a year on: every year moved forward by one.
    const next = gaoan.replace(/20(2[0-9])年/g, (_, y: string) => `20${Number(y) + 1}年`);
    const found = extractReports({ text: ensureNewline(gaoan) + next, url: null, title: null });
    expect(found.map((f) => [f.extraction.region, f.extraction.report_year])).toEqual([
      ['高安市', 2023],
      ['高安市', 2024],
    ]);
  });
});

describe('texts that stay whole', () => {
  const root = join(__dirname, '../fixtures');
  const files = [
    ...readdirSync(join(root, 'corpus/reports')).map((f) => join(root, 'corpus/reports', f)),
    ...readdirSync(join(root, 'detect')).map((f) => join(root, 'detect', f)),
  ].filter((f) => f.endsWith('.txt'));

  it.each(files.map((f) => [f.split('/').slice(-2).join('/'), f]))('%s is one text', (_, file) => {
    const text = readFileSync(file, 'utf8');
    const pieces = splitReports(text);
    expect(pieces).toEqual([{ start: 0, end: text.length, text, rule: 'whole' }]);
  });

  it('a report that quotes last year’s report and the national one', () => {
    const t = corpusText('shangluo-2023-gwr');
    const quote =
      '2022年政府工作报告\n去年，市政府工作报告确定的主要目标任务全面完成。李强总理在2023年国务院政府工作报告中指出，要把恢复和扩大消费摆在优先位置。一年前，我在这里代表市人民政府向大会报告工作时说，要把发展的基点放在创新上。\n国务院政府工作报告\n';
    const at = t.indexOf('二、2023年');
    const quoted = t.slice(0, at) + quote + t.slice(at) + quote;
    expect(splitReports(quoted)).toHaveLength(1);
  });

  it("a news page that quotes a report's opening", () => {
    const news =
      '市十七届人大二次会议开幕 市长作政府工作报告\n2023年01月10日 来源：某市日报\n本报讯 1月9日上午，市第十七届人民代表大会第二次会议开幕。市长作政府工作报告。\n' +
      '报告开篇说：“各位代表：现在，我代表市人民政府向大会报告工作，请予审议。”\n报告回顾了2022年工作。过去一年，全市地区生产总值增长4.8%。\n' +
      '报告提出，2023年全市经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n'.repeat(3) +
      corpusText('gaoan-2023-gwr').slice(0, 3000);
    expect(splitReports(news)).toHaveLength(1);
  });

  it('a report with a table of its own contents', () => {
    const t = corpusText('qinyang-2023-gwr');
    const contents = '目录\n一、2022年工作回顾\n二、2023年工作安排\n三、加强政府自身建设\n';
    const withContents = t.replace('\n', `\n${contents}`);
    expect(splitReports(withContents)).toHaveLength(1);
  });
});

describe('work stays linear', () => {
  it('reads each signal a bounded number of times: 100 copies of a report split into 100 pieces', () => {
    const one = ensureNewline(corpusText('gaoan-2023-gwr'));
    const pieces = splitReports(one.repeat(100));
    expect(pieces).toHaveLength(100);
    expect(pieces.every((p) => p.text === one)).toBe(true);
  });

  it('a text of one endless line (datasets store reports so) is cut as one with line breaks', () => {
    const unit =
      '2023年某市政府工作报告各位代表:现在,我代表市人民政府向大会报告工作。一、2022年工作回顾主要预期目标是增长5%。';
    const filler = '全市上下团结一心、攻坚克难,各项事业取得新进展。'.repeat(40);
    const one = (unit + filler).repeat(2000);
    const lined = (unit + filler + '\n').repeat(2000);
    expect(splitReports(one)).toHaveLength(2000);
    expect(splitReports(lined)).toHaveLength(2000);
  });
});
