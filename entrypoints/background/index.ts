// Wiring only: the message map, the badge, the keyboard command and the context menu.
import './no-bfcache-listeners'; // first: before Dexie loads (see the file)
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { DB_NAME, LibraryDB } from '../../storage/db';
import { countReports } from '../../storage/library';
import { serveMessages } from '../../storage/messages';
import { setBadge } from './badge';
import { forgetTab, readTab } from './read-tab';
import { createService } from './service';
import { initI18n, t } from '../../components/i18n';

const SAVE = 'save-report'; // the command name (wxt.config.ts) and the context-menu id

export default defineBackground(() => {
  // The background has no page to speak on: the extension pages tell the user (entrypoints/dashboard).
  const db = new LibraryDB(DB_NAME, { onBlocked: (e) => console.warn(e.message) });
  const ready = initI18n();
  const tabUrl = async (tabId: number) => (await browser.tabs.get(tabId)).url ?? null;
  const service = createService({ db, readTab, setBadge, tabUrl, forgetTab });
  serveMessages(service.handlers);

  async function saveFrom(tab: { id?: number } | undefined) {
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return null;
    return service.saveTab(tabId);
  }

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === SAVE) void saveFrom(tab).catch(console.error);
  });

  // Chrome keeps menu items across restarts, Firefox does not: (re)create them on install and on startup.
  const installMenu = async () => {
    await Promise.all([browser.contextMenus.removeAll(), ready]);
    browser.contextMenus.create({ id: SAVE, title: t('menuSave'), contexts: ['page'] });
  };
  browser.runtime.onInstalled.addListener(() => void installMenu());
  browser.runtime.onStartup.addListener(() => void installMenu());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE) void saveFrom(tab).catch(console.error);
  });

  // A page that changes is read again.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' || change.url) forgetTab(tabId);
  });
  browser.tabs.onRemoved.addListener(forgetTab);

  // For the browser tests and the service-worker console: the same paths the command and the menu take.
  Object.assign(globalThis, {
    gwrLens: {
      command: (name: string, tab?: { id?: number }) => (name === SAVE ? saveFrom(tab) : null),
      count: () => countReports(db),
    },
  });
});
