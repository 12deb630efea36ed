// The panel export: rows built from real corpus reports, checked against core/compare's own judgement, and
// the workbook read back with a real reader (exceljs) and as raw sheet XML (fflate).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractReport } from '../../../core/extract';
import { compareReport } from '../../../core/compare';
import { itemKey } from '../../../core/compare/items';
import { panelRows, progressRows, taskRows, type ExportReport } from '../../../core/exchange/panel';
import { panelXlsx } from '../../../core/exchange/xlsx';
import { libraryCsv } from '../../../core/exchange/csv';
import { catalogLookup } from '../../../core/exchange/catalog';

const DIR = join(__dirname, '../../fixtures/corpus/reports');
const NAMES = ['tianmen-2023-h1-progress', 'hailaer-2018-gwr', 'hailaer-2017-gwr', 'tianmen-2023-gwr'];

let reports: ExportReport[] = [];
const texts = new Map<ExportReport, string>();

beforeAll(() => {
  reports = NAMES.map((n) => {
    const text = readFileSync(join(DIR, n + '.txt'), 'utf8');
    const r = { title: n, url: `https://example.gov.cn/${n}.html`, extraction: extractReport({ text, url: '' }) };
    texts.set(r, text);
    return r;
  });
});

const zh = catalogLookup('zh');
const en = catalogLookup('en');

describe('panelRows', () => {
  it('has one row per region × year × indicator', () => {
    const rows = panelRows(reports);
    expect(rows.length).toBeGreaterThan(20);
    const keys = rows.map((r) => [r.region, r.year, itemKey(r), r.relative_to].join('|'));
    expect(new Set(keys).size).toBe(keys.length);
    // Every work report's numeric targets are in it, under the report's own year.
    for (const r of reports.filter((x) => x.extraction.kind === 'gwr')) {
      for (const t of r.extraction.targets) {
        const row = rows.find(
          (x) =>
            x.region === r.extraction.region &&
            x.year === r.extraction.report_year &&
            itemKey(x) === itemKey(t) &&
            x.relative_to === (t.relative_to ?? null),
        );
        expect(row, t.text).toBeDefined();
      }
    }
  });

  it("judges a year's target by the next year's report, as the comparison does", () => {
    const rows = panelRows(reports);
    const [y2018, y2017] = [reports[1], reports[2]];
    const { outcomes } = compareReport(
      { ...y2018.extraction, text: texts.get(y2018) },
      reports.map((r) => ({ ...r.extraction, text: texts.get(r) })),
    );
    expect(outcomes.length).toBeGreaterThan(3);
    let judged = 0;
    for (const o of outcomes) {
      const row = rows.find(
        (x) => x.year === 2017 && x.region === y2017.extraction.region && x.target_text === o.target.text,
      );
      if (!row) continue; // a second statement of the same indicator in one report is not a row of its own
      expect(row.verdict).toBe(o.status);
      expect(row.gap).toBe(o.gap);
      expect(row.result).toBe(o.actual.value);
      if (o.status !== 'unknown') judged++;
    }
    expect(judged).toBeGreaterThan(2);
    // 2018's targets have no 2019 report to judge them: no verdict.
    expect(rows.filter((x) => x.year === 2018 && x.target !== null).every((x) => x.verdict === null)).toBe(true);
  });

  it('keeps task targets that are not restatements, labels whole; progress rows of the notice', () => {
    const tasks = taskRows(reports);
    const all = reports.flatMap((r) => (r.extraction.kind === 'gwr' ? r.extraction.tasks : []));
    expect(tasks.length).toBeGreaterThan(0);
    expect(tasks.length).toBeLessThan(all.length);
    for (const t of tasks) expect(t.label).not.toMatch(/[和与及、,，]$/);
    const restating = all.filter((t) =>
      reports.some((r) =>
        r.extraction.targets.some((i) => t.start < i.end && i.start < t.end && r.extraction.tasks.includes(t)),
      ),
    );
    expect(restating.length).toBeGreaterThan(0);
    for (const t of restating)
      expect(tasks.some((x) => x.sentence === t.sentence && x.value === t.value && x.label === t.label)).toBe(false);
    expect(progressRows(reports)).toHaveLength(reports[0].extraction.rows.length);
  });
});

describe('panelXlsx', () => {
  it('writes a workbook that exceljs reads back: sheets, headers in the language asked, numbers as numbers', async () => {
    const bytes = await panelXlsx(reports, en);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Panel', 'Task targets', 'Progress tasks']);
    const sheet = book.getWorksheet('Panel')!;
    const rows = panelRows(reports);
    expect(sheet.rowCount).toBe(rows.length + 1);
    const head = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(head).toContain('Target');
    expect(head).toContain('Verdict');
    const col = (name: string) => head.indexOf(name) + 1;
    rows.forEach((r, i) => {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(col('Region')).value).toBe(r.region);
      expect(row.getCell(col('Year')).value).toBe(r.year);
      expect(row.getCell(col('Target')).value ?? null).toBe(r.target);
      expect(row.getCell(col('Result')).value ?? null).toBe(r.result);
      if (r.verdict) expect(row.getCell(col('Verdict')).value).toBe(en('xverdict_' + r.verdict));
    });
    expect(book.getWorksheet('Task targets')!.rowCount).toBe(taskRows(reports).length + 1);
    expect(book.getWorksheet('Progress tasks')!.rowCount).toBe(progressRows(reports).length + 1);
  });

  it('holds numbers as numeric cells and text as shared strings in the sheet XML', async () => {
    const files = unzipSync(await panelXlsx(reports, zh));
    const workbook = strFromU8(files['xl/workbook.xml']);
    expect(workbook).toContain('name="地区年度指标"');
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
    const shared = strFromU8(files['xl/sharedStrings.xml']);
    expect(shared).toContain('<t>目标</t>');
    // Row 2's year (column D) is a number cell: no t="s", its value in <v>.
    const year = panelRows(reports)[0].year;
    expect(sheet).toMatch(new RegExp(`<c r="D2"(?: s="\\d+")?><v>${year}</v></c>`));
    expect(sheet).not.toContain('<f>');
  });
});

describe('libraryCsv', () => {
  it('headers in the language asked, codes kept, progress rows last, no restated tasks', () => {
    const csv = libraryCsv(reports, en);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0].startsWith('Region,Level,Province,Year,Kind,Row type')).toBe(true);
    const types = lines.slice(1, -1).map((l) => l.split(',')[5]);
    const firstProgress = types.indexOf('progress');
    expect(firstProgress).toBeGreaterThan(0);
    expect(
      types
        .slice(firstProgress)
        .every((t) => t === 'progress' || t === undefined || !['target', 'actual', 'task'].includes(t)),
    ).toBe(true);
    expect(lines[1].split(',')[4]).toBe('gwr');
    expect(types.filter((t) => t === 'task').length).toBe(taskRows(reports).length);
  });
});
