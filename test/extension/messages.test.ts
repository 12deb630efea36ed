// The message map end to end under WXT's fake browser: popup/content -> sendMessage -> background service.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { LibraryDB } from '../../storage/db';
import { sendMessage, serveMessages } from '../../storage/messages';
import { createService } from '../../entrypoints/background/service';
import { NoAccessError } from '../../entrypoints/background/read-tab';
import type { BadgeMark } from '../../entrypoints/background/badge';
import type { PageCapture } from '../../storage/record';
import { capture, extraction } from '../storage/make';

let db: LibraryDB;
let stop: () => void;
let badges: Array<[number, BadgeMark]>;
let pages: Map<number, PageCapture | Error>;
let n = 0;

beforeEach(() => {
  fakeBrowser.reset();
  db = new LibraryDB(`messages-test-${++n}`);
  badges = [];
  pages = new Map([[1, capture()]]);
  const service = createService({
    db,
    readTab: async (tabId) => {
      const p = pages.get(tabId);
      if (!p) throw new NoAccessError('Cannot access contents of the page');
      if (p instanceof Error) throw p;
      return p;
    },
    setBadge: async (tabId, mark) => void badges.push([tabId, mark]),
    tabUrl: async (tabId) => `http://tab${tabId}.example.org/`,
  });
  stop = serveMessages(service.handlers);
});
afterEach(async () => {
  stop();
  await db.delete();
});

describe('message map', () => {
  it('answers the content script with a cheap detection', async () => {
    const d = await sendMessage('pageSignals', {
      url: 'http://www.tianmen.gov.cn/a.html',
      title: '2023年天门市政府工作报告',
      headings: ['政府工作报告'],
      text: '各位代表',
    });
    expect(d.kind).toBe('gwr');
  });

  it('inspects, saves once, and knows the page afterwards', async () => {
    const before = await sendMessage('inspectTab', { tabId: 1 });
    expect(before).toMatchObject({ status: 'ready', match: null, url: capture().url });

    const first = await sendMessage('saveTab', { tabId: 1 });
    expect(first.result.status).toBe('created');
    expect(first.state).toMatchObject({ status: 'ready', match: { via: 'url' } });
    expect(badges).toContainEqual([1, 'saved']);

    const second = await sendMessage('saveTab', { tabId: 1 });
    expect(second.result).toEqual({ status: 'updated', id: first.result.id });
    expect(await db.reports.count()).toBe(1);
  });

  it("tells a mirror and another site's copy apart", async () => {
    const { result } = await sendMessage('saveTab', { tabId: 1 });
    pages.set(2, capture({ url: 'http://mirror.gov.cn/x.html' }));
    pages.set(3, capture({ url: 'http://other.gov.cn/y.html', text: '另一网站的转载' }));
    expect(await sendMessage('inspectTab', { tabId: 2 })).toMatchObject({
      match: { via: 'content', report: { id: result.id } },
    });
    const dup = await sendMessage('saveTab', { tabId: 3 });
    expect(dup.result).toEqual({ status: 'duplicate-of', id: result.id });
    expect(dup.state).toMatchObject({ match: { via: 'same-report' } });
    expect(badges.filter(([tab]) => tab === 3)).toEqual([]); // a duplicate is not marked as saved
  });

  it('applies a correction and shows the corrected extraction', async () => {
    pages.set(1, capture({ extraction: extraction({ region: null }) }));
    const { result } = await sendMessage('saveTab', { tabId: 1 });
    const state = await sendMessage('correctReport', { id: result.id, patch: { region: '天门市' }, tabId: 1 });
    expect(state).toMatchObject({
      status: 'ready',
      extraction: { region: '天门市' },
      match: { report: { corrections: { region: '天门市' } } },
    });
  });

  it('reports pages it may not read, and carries errors back to the sender', async () => {
    expect(await sendMessage('inspectTab', { tabId: 9 })).toEqual({
      status: 'no-access',
      url: 'http://tab9.example.org/',
    });
    pages.set(4, new Error('extractor crashed'));
    expect(await sendMessage('inspectTab', { tabId: 4 })).toMatchObject({
      status: 'error',
      message: 'extractor crashed',
    });
    await expect(sendMessage('saveTab', { tabId: 4 })).rejects.toThrow('extractor crashed');
    await expect(sendMessage('correctReport', { id: 77, patch: { region: 'x' }, tabId: 1 })).rejects.toThrow(/77/);
  });

  it('ignores messages that are not in the map', async () => {
    expect(await browser.runtime.sendMessage({ type: 'saveTab', payload: { tabId: 1 } })).toBeUndefined();
    expect(await browser.runtime.sendMessage({ gwrLens: 'toString', payload: {} })).toBeUndefined();
  });
});

describe('badge from page signals', () => {
  it('marks reports, saved pages, and nothing else', async () => {
    const service = createService({
      db,
      readTab: async () => capture(),
      setBadge: async (t, m) => void badges.push([t, m]),
      tabUrl: async () => null,
    });
    const sender = (id: number) => ({ tab: { id } }) as never;
    const signals = (title: string, url = 'http://www.tianmen.gov.cn/a.html') => ({
      url,
      title,
      headings: [],
      text: '',
    });
    await service.handlers.pageSignals(signals('2023年天门市政府工作报告'), sender(1));
    await service.handlers.pageSignals(signals('市政府召开防汛会议', 'http://www.tianmen.gov.cn/news.html'), sender(2));
    await service.saveTab(3);
    await service.handlers.pageSignals(signals('2023年天门市政府工作报告'), sender(4));
    expect(badges).toEqual([
      [1, 'report'],
      [2, null],
      [3, 'saved'],
      [4, 'saved'],
    ]);
  });
});
