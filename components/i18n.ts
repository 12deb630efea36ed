// User-facing text comes from public/_locales (zh_CN first, en second); keys are typed by `wxt prepare`.
import { browser } from 'wxt/browser';

export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

export function t(key: MessageKey, ...subs: Array<string | number>): string {
  // An empty string means a missing key: show the key rather than nothing.
  return browser.i18n.getMessage(key, subs.map(String)) || key;
}
