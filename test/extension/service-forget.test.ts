// Page signals drop the tab's cached read: a popup opened on a script-rendered page's empty shell must
// not keep showing that shell once the article has arrived.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryDB } from '../../storage/db';
import { createService } from '../../entrypoints/background/service';
import { capture } from '../storage/make';
import { contentScript } from './senders';

const db = new LibraryDB('service-forget-test');
afterEach(async () => {
  await db.delete();
});

describe('pageSignals and the read cache', () => {
  it('forgets the tab that sent signals, and only that tab', async () => {
    const forgotten: number[] = [];
    const service = createService({
      db,
      readTab: async () => capture(),
      setBadge: async () => {},
      tabUrl: async () => null,
      forgetTab: (tabId) => void forgotten.push(tabId),
    });
    const signals = { url: 'http://www.yuanan.gov.cn/a.html', title: '远安县人民政府', headings: [], text: '' };
    await service.handlers.pageSignals(signals, contentScript(7, signals.url));
    // Not from a tab: refused, nothing to forget.
    await expect(service.handlers.pageSignals(signals, {})).rejects.toThrow(/tab/);
    expect(forgotten).toEqual([7]);
  });
});
