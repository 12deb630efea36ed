// Export (CSV, JSON backup) and import, as the dashboard's buttons run them. The storage calls come in
// as functions, so the page wires Dexie and tests wire fakes.
import { libraryCsv, type CsvReport } from '../../core/exchange/csv';
import type { Lookup } from '../../core/exchange/columns';
import type * as XlsxWriter from '../../core/exchange/xlsx';
import { createStore, type Store } from './store';
import type { LibrarySource } from './source';
import { failureText } from './failure';

/** What an import answers (storage/backup.ts ImportResult, narrowed to what the page shows). */
export type ImportOutcome =
  | { ok: true; added: number; merged: number; unchanged: number }
  | { ok: false; error: { code: string; message: string; record?: number; field?: string } };

export interface BackupDeps {
  source: LibrarySource;
  exportJson(): Promise<string>;
  importJson(text: string): Promise<ImportOutcome>;
  download(name: string, mime: string, content: string | Uint8Array): void;
  now(): Date;
  /** Headers and words of the exports, in the UI's language (the page's `t`). */
  lookup?: Lookup;
  /** The workbook writer; loaded only when an export asks for it (exceljs is large). */
  xlsx?: () => Promise<typeof XlsxWriter>;
}

export interface BackupState {
  busy: boolean;
  result: ImportOutcome | null; // the last import's answer
  error: string | null; // an export that failed
}

export interface BackupStore {
  store: Store<BackupState>;
  exportCsv(ids: number[]): Promise<void>;
  /** The panel workbook of these reports (core/exchange/xlsx.ts). */
  exportXlsx(ids: number[]): Promise<void>;
  /** A table as a view shows it (the matrix), as a one-sheet workbook. */
  exportTable(name: string, head: string[], rows: (string | number | null)[][]): Promise<void>;
  exportJson(): Promise<void>;
  importJson(text: string): Promise<boolean>;
}

const CHUNK = 200; // records read at once: a large export never holds every text in memory

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const stamp = (d: Date) => d.toISOString().slice(0, 10);

export function createBackupStore(deps: BackupDeps): BackupStore {
  const store = createStore<BackupState>({ busy: false, result: null, error: null });
  async function busy<T>(work: () => Promise<T>): Promise<T | undefined> {
    store.set({ busy: true, error: null });
    try {
      return await work();
    } catch (e) {
      store.set({ error: failureText(e) });
      return undefined;
    } finally {
      store.set({ busy: false });
    }
  }
  async function loadAll(ids: number[]): Promise<CsvReport[]> {
    const reports: CsvReport[] = [];
    for (let i = 0; i < ids.length; i += CHUNK) {
      for (const r of await deps.source.load(ids.slice(i, i + CHUNK)))
        reports.push({ title: r.title, url: r.url, extraction: r.extraction });
    }
    return reports;
  }
  const writer = () => (deps.xlsx ?? (() => import('../../core/exchange/xlsx')))();
  const lookup: Lookup = deps.lookup ?? ((k) => k);
  return {
    store,
    exportCsv: (ids) =>
      busy(async () => {
        const csv = libraryCsv(await loadAll(ids), deps.lookup);
        deps.download(`gwr-lens-${stamp(deps.now())}.csv`, 'text/csv;charset=utf-8', csv);
      }).then(() => undefined),
    exportXlsx: (ids) =>
      busy(async () => {
        const [reports, { panelXlsx }] = await Promise.all([loadAll(ids), writer()]);
        deps.download(`gwr-lens-panel-${stamp(deps.now())}.xlsx`, XLSX_MIME, await panelXlsx(reports, lookup));
      }).then(() => undefined),
    exportTable: (name, head, rows) =>
      busy(async () => {
        const { tableXlsx } = await writer();
        deps.download(`gwr-lens-${name}-${stamp(deps.now())}.xlsx`, XLSX_MIME, await tableXlsx(name, head, rows));
      }).then(() => undefined),
    exportJson: () =>
      busy(async () =>
        deps.download(`gwr-lens-backup-${stamp(deps.now())}.json`, 'application/json', await deps.exportJson()),
      ).then(() => undefined),
    async importJson(text) {
      store.set({ result: null });
      const result = await busy(() => deps.importJson(text));
      if (result) store.set({ result });
      return !!result?.ok;
    },
  };
}
