// The panel as an Excel workbook (exceljs): the wide sheet (region × year × indicator), the task targets and
// the progress tasks, headers and codes in the UI's language, numbers as numbers, the header row frozen and
// filterable. Runs in Node (the CLI) and in the browser (the dashboard loads it only when asked).
import ExcelJS from 'exceljs';
import { cells, header, PANEL_COLUMNS, PROGRESS_COLUMNS, TASK_COLUMNS, type Column, type Lookup } from './columns';
import { panelRows, progressRows, taskRows, type ExportReport } from './panel';

function addSheet<R>(
  book: ExcelJS.Workbook,
  name: string,
  columns: readonly Column<R>[],
  rows: readonly R[],
  t: Lookup,
) {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({ header: header(columns, t)[i], key: c.name, width: c.width ?? 10 }));
  sheet.getRow(1).font = { bold: true };
  // Page text is untrusted: a cell is a string or our own number, never a formula.
  for (const row of cells(columns, rows, t)) sheet.addRow(row.map((v) => (v === null ? undefined : v)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

/** The workbook's sheets as rows, before writing (what a test or a preview reads). */
export function panelTables(reports: readonly ExportReport[]) {
  return { panel: panelRows(reports), tasks: taskRows(reports), progress: progressRows(reports) };
}

/** The whole workbook, as the bytes of an .xlsx file. `t` gives headers and words in the UI's language. */
export async function panelXlsx(reports: readonly ExportReport[], t: Lookup): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = t('extName');
  const tables = panelTables(reports);
  addSheet(book, t('xsheet_panel'), PANEL_COLUMNS, tables.panel, t);
  addSheet(book, t('xsheet_tasks'), TASK_COLUMNS, tables.tasks, t);
  addSheet(book, t('xsheet_progress'), PROGRESS_COLUMNS, tables.progress, t);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** A table as shown (the matrix view): a header row and rows of cells, one sheet. */
export async function tableXlsx(
  sheetName: string,
  head: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  sheet.addRow([...head]).font = { bold: true };
  for (const r of rows) sheet.addRow(r.map((v) => (v === null ? undefined : v)));
  sheet.getColumn(1).width = 24;
  return new Uint8Array(await book.xlsx.writeBuffer());
}
