// CSV that Excel opens correctly: Excel reads a file without a byte-order mark in the system code
// page (GBK on Chinese Windows), so Chinese turns to mojibake unless the file starts with a UTF-8
// BOM. Rows end in CRLF (RFC 4180), and cells that hold a separator, quote or line break are quoted.

import type { Lookup } from './columns';
import { exportOrder, isRestatement, taskLabel, type ExportReport } from './panel';

export type CsvValue = string | number | boolean | null | undefined;

const BOM = '\uFEFF';

// A cell starting with one of these is read by Excel/LibreOffice as a formula (CSV injection);
// page text is untrusted, so such strings get a leading apostrophe, which shows them as text.
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

/** One cell, quoted when needed. Numbers and booleans are ours and never guarded. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let s = value;
  if (s.length > 0 && FORMULA_START.has(s[0])) s = "'" + s;
  const needsQuotes = /[",\r\n]/.test(s) || s !== s.trim();
  return needsQuotes ? '"' + s.replace(/"/g, '""') + '"' : s;
}

/** A whole file: BOM, header, rows, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return BOM + lines.map((line) => line + '\r\n').join('');
}

/** What the library export needs of a saved report (storage's record has more). */
export type CsvReport = ExportReport;

export const LIBRARY_CSV_HEADER = [
  'region',
  'level',
  'province',
  'report_year',
  'kind',
  'row_type',
  'indicator',
  'label',
  'measure',
  'value',
  'value_max',
  'unit',
  'qualifier',
  'estimated',
  'relative_to',
  'status',
  'text',
  'title',
  'url',
] as const;

/**
 * One row per target, actual, task target and progress row, with its source sentence. Work reports come
 * first and progress notices last; a task that restates a main target or result is left out (it would be
 * counted twice), and a task label cut mid-phrase is given as its whole clause.
 */
export function libraryRows(reports: Iterable<CsvReport>): CsvValue[][] {
  const out: CsvValue[][] = [];
  for (const r of exportOrder([...reports])) {
    const e = r.extraction;
    const head = [e.region, e.level, e.province, e.report_year, e.kind];
    const tail = [r.title ?? e.title, r.url ?? e.url];
    for (const [type, items] of [
      ['target', e.targets],
      ['actual', e.actuals],
    ] as const) {
      for (const i of items) {
        out.push([
          ...head,
          type,
          i.indicator,
          i.label,
          i.measure,
          i.value,
          i.value_max,
          i.unit,
          i.qualifier,
          i.estimated ?? null,
          i.relative_to ?? null,
          null,
          i.text,
          ...tail,
        ]);
      }
    }
    for (const t of e.tasks) {
      if (isRestatement(t, e)) continue;
      out.push([
        ...head,
        'task',
        null,
        taskLabel(t),
        null,
        t.value,
        t.value_max,
        t.unit,
        t.qualifier,
        null,
        null,
        null,
        t.sentence,
        ...tail,
      ]);
    }
    for (const p of e.rows) {
      out.push([
        ...head,
        'progress',
        String(p.no),
        p.task,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        p.status,
        p.progress,
        ...tail,
      ]);
    }
  }
  return out;
}

/** The library CSV; with `t`, the headers in the UI's language (the cells keep their codes). */
export function libraryCsv(reports: Iterable<CsvReport>, t?: Lookup): string {
  const head = t ? LIBRARY_CSV_HEADER.map((h) => t('xcol_' + (h === 'report_year' ? 'year' : h))) : LIBRARY_CSV_HEADER;
  return toCsv(head, libraryRows(reports));
}
