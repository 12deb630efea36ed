// Export (CSV, JSON backup) and import, as the dashboard's buttons run them. The storage calls come in
// as functions, so the page wires Dexie and tests wire fakes.
import { libraryCsv, type CsvReport } from '../../core/exchange/csv';
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
  download(name: string, mime: string, content: string): void;
  now(): Date;
}

export interface BackupState {
  busy: boolean;
  result: ImportOutcome | null; // the last import's answer
  error: string | null; // an export that failed
}

export interface BackupStore {
  store: Store<BackupState>;
  exportCsv(ids: number[]): Promise<void>;
  exportJson(): Promise<void>;
  importJson(text: string): Promise<boolean>;
}

const CHUNK = 200; // records read at once: a large export never holds every text in memory

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
  return {
    store,
    exportCsv: (ids) =>
      busy(async () => {
        const reports: CsvReport[] = [];
        for (let i = 0; i < ids.length; i += CHUNK) {
          for (const r of await deps.source.load(ids.slice(i, i + CHUNK)))
            reports.push({ title: r.title, url: r.url, extraction: r.extraction });
        }
        deps.download(`gwr-lens-${stamp(deps.now())}.csv`, 'text/csv;charset=utf-8', libraryCsv(reports));
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
