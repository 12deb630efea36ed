// Wiring only: the database, the three stores, the page. An extension page may open Dexie itself
// (same origin as the background); the list is read from indexes (storage/summaries.ts).
import { render } from 'preact';
import { DB_NAME, LibraryDB } from '../../storage/db';
import { exportBackup, importBackup } from '../../storage/backup';
import { createBackupStore } from '../../components/dashboard/backup-store';
import { DashboardContext } from '../../components/dashboard/context';
import { Dashboard } from '../../components/dashboard/Dashboard';
import { dexieSource } from '../../storage/summaries';
import { downloadText } from '../../components/dashboard/download';
import { createLibraryStore } from '../../components/dashboard/library-store';
import { createViewsStore } from '../../components/dashboard/views-store';
import { initI18n, t, type MessageKey } from '../../components/i18n';

// An upgrade waiting for an older page of the extension to close: the list says so (and which to close).
const db = new LibraryDB(DB_NAME, { onBlocked: (e) => library.failed(e) });
const source = dexieSource(db);
const library = createLibraryStore(source);
const views = createViewsStore(source, () => library.store.get().summaries);
const backup = createBackupStore({
  source,
  exportJson: () => exportBackup(db),
  importJson: (text) => importBackup(db, text),
  download: downloadText,
  now: () => new Date(),
  lookup: (key) => t(key as MessageKey),
});

void initI18n().then((lang) => {
  document.documentElement.lang = lang === 'zh_CN' ? 'zh-CN' : 'en';
  document.title = `${t('extName')} · ${t('dashTitlePage')}`;
  render(
    <DashboardContext.Provider value={{ library, views, backup }}>
      <Dashboard />
    </DashboardContext.Provider>,
    document.getElementById('app')!,
  );
  void library.load();
});
