// Rendering Preact into a linkedom document, with the extension's Chinese messages behind browser.i18n.
import { parseHTML } from 'linkedom';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { browser } from 'wxt/browser';
import zh from '../../public/_locales/zh_CN/messages.json';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** browser.i18n.getMessage as Chrome does it: $NAME$ -> the placeholder's $n -> the n-th substitution. */
export function useChineseMessages(): void {
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) => {
    const m = (zh as Messages)[key];
    if (!m) return '';
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return m.message.replace(/\$([A-Za-z_]+)\$/g, (_, name: string) => {
      const content = m.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (_x, n: string) => list[Number(n) - 1] ?? '');
    });
  }) as typeof browser.i18n.getMessage);
}

export function mount(vnode: ComponentChild): HTMLElement {
  const { document, window } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  Object.assign(globalThis, { document, window, HTMLElement: window.HTMLElement });
  const root = document.getElementById('app') as unknown as HTMLElement;
  void act(() => render(vnode, root));
  return root;
}

/** Lets pending promises and effects settle. */
export async function settle(): Promise<void> {
  await act(async () => {
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
  });
}

export const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
