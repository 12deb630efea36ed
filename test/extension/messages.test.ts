// The message map end to end under WXT's fake browser: popup/content -> sendMessage -> background service.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { LibraryDB } from '../../storage/db';
import { sendMessage, serveMessages } from '../../storage/messages';
import { createService } from '../../entrypoints/background/service';
import { NoAccessError } from '../../entrypoints/background/read-tab';
import type { BadgeMark } from '../../entrypoints/background/badge';
import type { PageCapture } from '../../storage/record';
import { capture, extraction } from '../storage/make';
import { contentScript, extensionPage, sendAs } from './senders';

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
  sendAs(extensionPage());
});
afterEach(async () => {
  stop();
  vi.restoreAllMocks();
  await db.delete();
});

describe('message map', () => {
  it('answers the content script with a cheap detection', async () => {
    sendAs(contentScript(5, 'http://www.tianmen.gov.cn/a.html'));
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
    // Another site's copy is saved from another address: the badge says so, as the popup does.
    expect(dup.state).toMatchObject({ saved: 'elsewhere' });
    expect(badges.filter(([tab]) => tab === 3)).toEqual([[3, 'saved-elsewhere']]);
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
    const sender = (id: number, url = 'http://www.tianmen.gov.cn/a.html') => contentScript(id, url);
    const signals = (title: string, url = 'http://www.tianmen.gov.cn/a.html') => ({
      url,
      title,
      headings: [],
      text: '',
    });
    await service.handlers.pageSignals(signals('2023年天门市政府工作报告'), sender(1));
    await service.handlers.pageSignals(
      signals('市政府召开防汛会议', 'http://www.tianmen.gov.cn/news.html'),
      sender(2, 'http://www.tianmen.gov.cn/news.html'),
    );
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

describe('senders', () => {
  const page = 'http://www.tianmen.gov.cn/a.html';

  it("refuses a content script anything but its own page's signals, and does nothing for it", async () => {
    await sendMessage('saveTab', { tabId: 1 }); // from the popup: one saved record
    sendAs(contentScript(2, 'http://evil.gov.cn/'));
    const asks: Array<() => Promise<unknown>> = [
      () => sendMessage('inspectTab', { tabId: 1 }),
      () => sendMessage('getComparison', { tabId: 1 }),
      () => sendMessage('saveTab', { tabId: 1 }),
      () => sendMessage('correctReport', { id: 1, patch: { region: '别处' }, tabId: 1 }),
    ];
    for (const ask of asks) await expect(ask()).rejects.toThrow(/refused: not an extension page/);
    expect(await db.reports.count()).toBe(1);
    expect((await db.reports.get(1))!.corrections).toEqual({});
  });

  it('refuses another extension, a sub-frame, and page signals from an extension page', async () => {
    sendAs({ ...extensionPage(), id: 'another-extension' });
    await expect(sendMessage('inspectTab', { tabId: 1 })).rejects.toThrow(/another extension/);
    const signals = { url: page, title: '2023年天门市政府工作报告', headings: [], text: '' };
    sendAs(contentScript(2, page, 3));
    await expect(sendMessage('pageSignals', signals)).rejects.toThrow(/not the top frame/);
    sendAs(extensionPage());
    await expect(sendMessage('pageSignals', signals)).rejects.toThrow(/not a content script/);
    sendAs({ id: fakeBrowser.runtime.id, url: page }); // no tab
    await expect(sendMessage('pageSignals', signals)).rejects.toThrow(/no tab/);
    expect(badges).toEqual([]);
  });

  it('takes the address from the sender and bounds what a page sends', async () => {
    await sendMessage('saveTab', { tabId: 1 }); // saves capture(), at `page`
    badges.length = 0;
    sendAs(contentScript(2, 'http://www.tianmen.gov.cn/other.html'));
    // The page claims to be the saved page: its own address is what counts.
    await sendMessage('pageSignals', { url: page, title: '市政府召开防汛会议', headings: [], text: '' });
    const huge = 'x'.repeat(5_000_000);
    const d = await sendMessage('pageSignals', {
      url: page,
      title: huge,
      headings: [huge, 7, null] as never,
      text: huge,
    } as never);
    expect(d.kind).toBe('other');
    expect(badges).toEqual([
      [2, null],
      [2, null],
    ]);
  });
});

describe('badge and popup agree', () => {
  const page = 'http://www.tianmen.gov.cn/zwgk/a.html';

  async function badgeAt(url: string, tabId: number, title = '2023年天门市政府工作报告') {
    badges.length = 0;
    sendAs(contentScript(tabId, url));
    await sendMessage('pageSignals', { url, title, headings: [], text: '' });
    sendAs(extensionPage());
    return badges.find(([t]) => t === tabId)?.[1];
  }

  it('marks a saved page at every variant of its address, and says the popup the same', async () => {
    pages.set(1, capture({ url: page }));
    await sendMessage('saveTab', { tabId: 1 });
    const variants = [
      `${page}?from=singlemessage&isappinstalled=0`,
      `${page}?utm_source=wechat&spm=a1.b2`,
      `${page}#top`,
      'https://tianmen.gov.cn/zwgk/a.html',
      'http://www.tianmen.gov.cn:8080/zwgk/a.html',
    ];
    for (const [i, url] of variants.entries()) {
      expect(await badgeAt(url, 10 + i), url).toBe('saved');
      pages.set(10 + i, capture({ url, text: `${capture().text}\n${i}` }));
      expect(await sendMessage('inspectTab', { tabId: 10 + i }), url).toMatchObject({ saved: 'here' });
    }
    // A real parameter is another page.
    expect(await badgeAt(`${page}?id=2`, 20, '市政府召开防汛会议')).toBe(null);
  });

  it('marks a report saved from another address: a mirror by its region, year and kind, as the popup does', async () => {
    pages.set(1, capture({ url: page }));
    await sendMessage('saveTab', { tabId: 1 });
    const mirror = 'http://zwgk.hubei.gov.cn/tianmen/2023.html';
    expect(await badgeAt(mirror, 30)).toBe('saved-elsewhere');
    pages.set(30, capture({ url: mirror }));
    expect(await sendMessage('inspectTab', { tabId: 30 })).toMatchObject({
      saved: 'elsewhere',
      match: { via: 'content' },
    });
    // Another year of the region is not saved.
    expect(await badgeAt('http://zwgk.hubei.gov.cn/tianmen/2024.html', 31, '2024年天门市政府工作报告')).toBe('report');
  });
});
