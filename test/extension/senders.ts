// Who sends a message in the tests. WXT's fake browser hands listeners an empty sender, which the background
// refuses for every message (storage/messages.ts senderProblem); these give the real senders' shapes.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';

type Sender = Browser.runtime.MessageSender;

/** The popup (or the dashboard): a page of this extension. */
export const extensionPage = (path = '/popup.html'): Sender => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL(path),
});

/** This extension's content script in the top frame of tab `tabId`, showing `url`. */
export const contentScript = (tabId: number, url: string, frameId = 0): Sender => ({
  id: fakeBrowser.runtime.id,
  url,
  frameId,
  tab: { id: tabId, url } as Browser.tabs.Tab,
});

/** From now on, `browser.runtime.sendMessage` arrives as sent by `sender` (undone by vi.restoreAllMocks). */
export function sendAs(sender: Sender): void {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) =>
    (await fakeBrowser.runtime.onMessage.trigger(message, sender)).find((r: unknown) => !!r),
  );
}
