// Storage failures reach the user in the page's language: the code survives the message to the popup, the
// popup's save and correction show it, the dashboard's delete, undo, import and a blocked open say it.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { h } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extensionPage, sendAs } from './senders';
import { Dexie } from 'dexie';
import { STORAGE_ERROR_KEYS, StorageError, describeFailure, storageErrorCode } from '../../storage/errors';
import { sendMessage, serveMessages, type Handlers } from '../../storage/messages';
import { LibraryDB } from '../../storage/db';
import { dexieSource } from '../../storage/summaries';
import { saveReport } from '../../storage/library';
import { defineSchema } from '../../storage/schema';
import { createPopupStore } from '../../components/popup/store';
import { createLibraryStore } from '../../components/dashboard/library-store';
import { importMessage } from '../../components/dashboard/BackupPanel';
import { LibraryView } from '../../components/dashboard/LibraryView';
import { DashboardContext } from '../../components/dashboard/context';
import { createViewsStore } from '../../components/dashboard/views-store';
import { createBackupStore } from '../../components/dashboard/backup-store';
import { setLanguage, t } from '../../components/i18n';
import { memorySource, summaries } from '../dashboard/fixtures';
import { mount, settle, textOf } from '../dashboard/dom';
import { capture } from '../storage/make';

type Messages = Record<string, { message: string }>;
const load = (loc: string): Messages =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../public/_locales', loc, 'messages.json'), 'utf8'));
const zh = load('zh_CN');
const en = load('en');

beforeEach(() => setLanguage('zh_CN'));
afterEach(() => setLanguage('zh_CN'));

describe('storage error codes to messages', () => {
  it('has a Chinese and an English message for every code', () => {
    for (const key of Object.values(STORAGE_ERROR_KEYS)) {
      expect(zh[key]?.message, key).toMatch(/[\u4e00-\u9fff]/);
      expect(en[key]?.message, key).toMatch(/^[\x20-\x7e]+$/);
    }
    expect(zh[STORAGE_ERROR_KEYS.blocked].message).toContain('关闭其他');
    expect(zh[STORAGE_ERROR_KEYS.quota].message).toContain('存储空间');
  });

  it('finds the code on a StorageError, and on an error that crossed a message', () => {
    expect(storageErrorCode(new StorageError('quota'))).toBe('quota');
    expect(storageErrorCode(Object.assign(new Error('x'), { code: 'blocked' }))).toBe('blocked');
    expect(storageErrorCode(new Error('disk full'))).toBeNull();
    expect(storageErrorCode({ code: 'ENOENT' })).toBeNull();
    expect(storageErrorCode(null)).toBeNull();
  });

  it('says a storage error in the page language, anything else with its own message', () => {
    expect(describeFailure(new StorageError('quota'), t)).toBe(zh.storageErrQuota.message);
    expect(describeFailure(new StorageError('write_failed', new Error('boom')), t)).toBe(zh.storageErrWrite.message);
    setLanguage('en');
    expect(describeFailure(new StorageError('blocked'), t)).toBe(en.storageErrBlocked.message);
    expect(describeFailure(new Error('no tab'), t)).toBe('no tab');
    expect(describeFailure(new StorageError('empty_page'), t)).toBe(en.storageErrEmptyPage.message);
  });
});

describe('popup', () => {
  let stop: (() => void) | null = null;
  beforeEach(() => {
    fakeBrowser.reset();
    sendAs(extensionPage());
  });
  afterEach(() => {
    stop?.();
    vi.restoreAllMocks();
  });

  const serve = (handlers: Partial<Handlers>) => {
    stop = serveMessages(handlers as Handlers);
  };
  const popup = () =>
    createPopupStore({
      send: sendMessage,
      tabId: Promise.resolve(1),
      requestAllSites: async () => true,
      openDashboard: () => {},
    });

  it('carries the code of a failed save from the background and shows it localised', async () => {
    serve({
      saveTab: async () => {
        throw new StorageError('quota', new DOMException('full', 'QuotaExceededError'));
      },
    });
    await expect(sendMessage('saveTab', { tabId: 1 })).rejects.toMatchObject({ code: 'quota' });
    const store = popup();
    await store.actions.save();
    expect(store.getState()).toMatchObject({ saving: false, error: zh.storageErrQuota.message });
  });

  it('shows a failed correction localised, and other failures as they are', async () => {
    const tab = {
      status: 'ready' as const,
      url: 'http://a.gov.cn/',
      title: 'A',
      extraction: capture().extraction,
      match: {
        via: 'url' as const,
        report: { id: 1, title: 'A', url: 'http://a.gov.cn/', urls: [], savedAt: 1, corrections: {} },
      },
      saved: 'here' as const,
    };
    serve({
      inspectTab: async () => tab,
      correctReport: async () => {
        throw new StorageError('write_failed', new Error('aborted'));
      },
      saveTab: async () => {
        throw new Error('the extractor returned nothing');
      },
    });
    const store = popup();
    await store.actions.reload();
    await store.actions.correct({ region: '天门市' });
    expect(store.getState().error).toBe(zh.storageErrWrite.message);
    await store.actions.save();
    expect(store.getState().error).toBe('the extractor returned nothing');
  });
});

describe('dashboard', () => {
  it('keeps the row and says why when a delete or an undo cannot be written', async () => {
    const { source } = memorySource(summaries(3));
    const failing = {
      ...source,
      remove: async () => {
        throw new StorageError('quota');
      },
    };
    const lib = createLibraryStore(failing);
    await lib.load();
    await lib.remove(2);
    expect(lib.store.get().error).toBe(zh.storageErrQuota.message);
    expect(lib.store.get().summaries.map((s) => s.id)).toContain(2);

    const undoFails = createLibraryStore({
      ...source,
      restore: async () => {
        throw new StorageError('write_failed');
      },
    });
    await undoFails.load();
    await undoFails.remove(2);
    await undoFails.undo();
    expect(undoFails.store.get().error).toBe(zh.storageErrWrite.message);
    expect(undoFails.store.get().undo).not.toBeNull(); // still offered
  });

  it('turns Dexie failures of a delete into storage errors', async () => {
    const db = new LibraryDB(`storage-errors-${Date.now()}`);
    const { id } = await saveReport(db, capture());
    db.texts.hook('deleting', () => {
      throw new Error('disk gone');
    });
    await expect(dexieSource(db).remove(id)).rejects.toMatchObject({ name: 'StorageError', code: 'write_failed' });
    expect(await db.reports.count()).toBe(1);
    await db.delete();
  });

  it('says a full disk during an import in the page language', () => {
    expect(importMessage({ ok: false, error: { code: 'quota', message: 'The browser has no storage left' } })).toBe(
      zh.storageErrQuota.message,
    );
    expect(importMessage({ ok: false, error: { code: 'write_failed', message: 'disk full' } })).toBe(
      `${zh.bakErrWrite.message} ${zh.bakNothingChanged.message}`,
    );
  });

  it('tells the user to close other pages while an upgrade waits, and clears it once the list loads', async () => {
    const name = `storage-errors-blocked-${Date.now()}`;
    const old = new Dexie(name);
    defineSchema(old, 3);
    await old.open();
    old.close();
    // An older page still open that ignores version changes.
    const stale = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    // The wiring of entrypoints/dashboard/main.tsx.
    const db = new LibraryDB(name, { onBlocked: (e) => library.failed(e) });
    const source = dexieSource(db);
    const library = createLibraryStore(source);
    const views = createViewsStore(source, () => library.store.get().summaries);
    const backup = createBackupStore({
      source,
      exportJson: async () => '',
      importJson: async () => ({ ok: true, added: 0, merged: 0, unchanged: 0 }),
      download: () => {},
      now: () => new Date(0),
    });
    const root = mount(h(DashboardContext.Provider, { value: { library, views, backup } }, h(LibraryView, {})));
    const loading = library.load();
    await vi.waitFor(
      async () => {
        await settle();
        expect(textOf(root.querySelector('[role=alert]')!)).toBe(zh.storageErrBlocked.message);
      },
      { timeout: 60_000 },
    );
    stale.close();
    await loading;
    await settle();
    expect(library.store.get()).toMatchObject({ status: 'ready', error: null });
    expect(root.querySelector('[role=alert]')).toBeNull();
    await db.delete();
  });
});
