// The exported tables' columns: each names its header (a locale key, `xcol_<name>`, so headers follow the
// UI's language) and how a row gives its cell. `words` turns codes into the UI's words (verdicts, levels,
// measures) for the workbook; the CSV keeps the codes (words = null) for scripts that read it.
import type { PanelRow, ProgressTaskRow, TaskRow } from './panel';

/** Looks up a locale message by key (the dashboard's `t`, or the CLI's reader of the same catalogues). */
export type Lookup = (key: string) => string;

export type Cell = string | number | boolean | null;

export interface Column<R> {
  name: string; // header key: xcol_<name>
  cell(row: R, words: Lookup | null): Cell;
  width?: number; // in characters, for the workbook
}

const word = (words: Lookup | null, prefix: string, code: string | null) =>
  code === null ? null : words ? words(prefix + code) : code;

const plain = <R>(name: keyof R & string, width?: number): Column<R> => ({
  name,
  cell: (r) => (r[name] ?? null) as Cell,
  width,
});

export const PANEL_COLUMNS: Column<PanelRow>[] = [
  plain('region', 12),
  { name: 'level', cell: (r, w) => word(w, 'xlevel_', r.level), width: 6 },
  plain('province', 10),
  plain('year', 6),
  plain('indicator', 14),
  plain('label', 20),
  { name: 'measure', cell: (r, w) => word(w, 'xmeasure_', r.measure), width: 8 },
  plain('relative_to', 8),
  plain('unit', 8),
  plain('target', 8),
  plain('target_max', 8),
  plain('qualifier', 8),
  plain('result', 8),
  {
    name: 'estimated',
    cell: (r, w) => (r.estimated === null ? null : w ? (r.estimated ? w('xyes') : '') : r.estimated),
  },
  plain('gap', 8),
  { name: 'verdict', cell: (r, w) => word(w, 'xverdict_', r.verdict), width: 10 },
  plain('target_text', 40),
  plain('result_text', 40),
  plain('title', 30),
  plain('url', 30),
];

export const TASK_COLUMNS: Column<TaskRow>[] = [
  plain('region', 12),
  plain('year', 6),
  plain('section', 24),
  plain('label', 30),
  plain('value', 8),
  plain('value_max', 8),
  plain('unit', 8),
  plain('qualifier', 8),
  plain('sentence', 60),
  plain('title', 30),
  plain('url', 30),
];

export const PROGRESS_COLUMNS: Column<ProgressTaskRow>[] = [
  plain('region', 12),
  plain('year', 6),
  plain('no', 6),
  plain('task', 50),
  plain('lead', 20),
  plain('partners', 20),
  plain('status', 12),
  plain('progress', 60),
  plain('title', 30),
  plain('url', 30),
];

export const header = <R>(columns: readonly Column<R>[], lookup: Lookup) =>
  columns.map((c) => lookup('xcol_' + c.name));

export const cells = <R>(columns: readonly Column<R>[], rows: readonly R[], words: Lookup | null): Cell[][] =>
  rows.map((r) => columns.map((c) => c.cell(r, words)));
